import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PERMISSIONS_DOC_PATH, renderPermissionsDoc } from './permissions-doc';

/**
 * Writes docs/permissions.md from libs/shared/domain.
 * Run: npx tsx --tsconfig tsconfig.base.json scripts/generate-permissions-doc.ts
 * (`npm run docs:permissions`). scripts/permissions-doc.spec.ts fails when the
 * committed file is out of date.
 */
const file = join(__dirname, '..', PERMISSIONS_DOC_PATH);
writeFileSync(file, renderPermissionsDoc());
console.log(`Wrote ${PERMISSIONS_DOC_PATH}`);
