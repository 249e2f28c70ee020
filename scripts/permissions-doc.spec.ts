import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { OPERATIONS, ROLES } from '@mps/shared-domain';
import { PERMISSIONS_DOC_PATH, renderPermissionsDoc } from './permissions-doc';

describe('docs/permissions.md', () => {
  it('is exactly what the permission table renders (run `npm run docs:permissions` to update it)', () => {
    const committed = readFileSync(join(__dirname, '..', PERMISSIONS_DOC_PATH), 'utf8');
    expect(committed).toBe(renderPermissionsDoc());
  });

  it('has a row for every operation and a column for every role', () => {
    const doc = renderPermissionsDoc();
    for (const name of Object.keys(OPERATIONS)) expect(doc).toContain(`| \`${name}\` (`);
    const header = doc.split('\n').find((line) => line.startsWith('| Operation |'))!;
    expect(header).toBeDefined();
    for (const label of ['Coordinator', 'Focal point', 'Contributor', 'Observer', 'Platform admin', 'Anonymous']) {
      expect(header).toContain(label);
    }
    expect(ROLES).toHaveLength(4);
  });

  it('marks public operations open to anonymous callers and workspace ones closed to them', () => {
    const row = (name: string) => renderPermissionsDoc().split('\n').find((line) => line.startsWith(`| \`${name}\` (`))!;
    // Columns: operation, 4 roles, platform admin, other signed-in user, anonymous, rule, description.
    const cells = (name: string) => row(name).split(' | ').map((c) => c.replace(/^\| /, ''));
    expect(cells('login').slice(1, 8)).toEqual(['✓', '✓', '✓', '✓', '✓', '✓', '✓']);
    expect(cells('createWorkspace').slice(1, 8)).toEqual(['–', '–', '–', '–', '✓', '–', '–']);
    expect(cells('auditLog').slice(1, 8)).toEqual(['✓', '–', '–', '–', '✓', '–', '–']);
    expect(cells('me').slice(1, 8)).toEqual(['✓', '✓', '✓', '✓', '✓', '✓', '–']);
  });
});
