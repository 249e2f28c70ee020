import { describe, expect, it } from '@jest/globals';
import { AuditChainRow, auditRowHash, canonicalAuditLine, checkLink } from './audit-chain';

const base = {
  chain: 'platform',
  seq: '1',
  id: '00000000-0000-4000-8000-000000000001',
  at: '2026-01-31T12:00:00.123456Z',
  actorId: null,
  workspaceId: null,
  action: 'workspace.created',
  subjectType: 'Workspace',
  subjectId: '00000000-0000-4000-8000-000000000002',
  data: '{"name": "Café | 1:2"}',
  prevHash: null,
};
const row = (over: Partial<AuditChainRow> = {}): AuditChainRow => {
  const r = { ...base, ...over };
  return { ...r, hash: over.hash ?? auditRowHash(r) };
};

describe('canonicalAuditLine', () => {
  it('length-prefixes each field in UTF-8 bytes and writes null as ~', () => {
    expect(canonicalAuditLine(base)).toBe(
      'mps-audit-v1|8:platform|1:1|36:00000000-0000-4000-8000-000000000001|27:2026-01-31T12:00:00.123456Z|~|~|' +
        '17:workspace.created|9:Workspace|36:00000000-0000-4000-8000-000000000002|23:{"name": "Café | 1:2"}|~',
    );
  });

  it('tells an empty text from a missing one', () => {
    expect(auditRowHash({ ...base, data: '' })).not.toBe(auditRowHash({ ...base, data: null }));
  });
});

describe('checkLink', () => {
  const first = row();
  const second = row({ seq: '2', id: '00000000-0000-4000-8000-000000000003', prevHash: first.hash });

  it('accepts a chain whose rows follow each other', () => {
    expect([checkLink(null, first), checkLink(first, second)]).toEqual([null, null]);
  });

  it('names a row whose fields no longer match its hash', () => {
    const tampered = { ...second, action: 'section.saved' };
    expect(checkLink(first, tampered)).toEqual({
      chain: 'platform',
      seq: '2',
      id: second.id,
      problem: 'hash',
      expected: auditRowHash(tampered),
      found: second.hash,
    });
  });

  it('names a gap in the sequence and a wrong predecessor', () => {
    expect(checkLink(first, { ...second, seq: '3' })).toMatchObject({ problem: 'seq', expected: '2', found: '3' });
    expect(checkLink(first, { ...second, prevHash: 'f'.repeat(64) })).toMatchObject({ problem: 'prev_hash', expected: first.hash });
    expect(checkLink(null, { ...first, seq: '2' })).toMatchObject({ problem: 'seq', expected: '1' });
  });
});
