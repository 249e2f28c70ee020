import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeBackup } from '@mps/api-core';
import { exitWith, log, withProductDatabase } from './database-target';

/**
 * `npm run backup [-- file]`: a consistent backup of the product's database
 * (DATABASE_URL or the embedded one in DATA_DIR), by default into
 * ./backups/studio-<UTC time>.backup.gz. See docs/operations.md.
 */
async function main(): Promise<void> {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const file = resolve(process.argv[2] ?? `backups/studio-${stamp}.backup.gz`);
  mkdirSync(dirname(file), { recursive: true });
  const summary = await withProductDatabase('backup', (url) => writeBackup(url, file));
  const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
  log('info', `Backup written to ${file}`, { rows, tables: Object.keys(summary.rows).length, migration: summary.migrations.at(-1) });
}

main().catch(exitWith);
