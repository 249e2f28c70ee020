import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { restoreBackup } from '@mps/api-core';
import { exitWith, log, withProductDatabase } from './database-target';

/**
 * `npm run restore -- file [--wipe]`: brings a backup back into the product's
 * database (DATABASE_URL or the embedded one in DATA_DIR), which must be empty
 * unless --wipe drops everything in it first. See docs/operations.md.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const wipe = args.includes('--wipe');
  const files = args.filter((a) => a !== '--wipe');
  if (files.length !== 1 || files[0]!.startsWith('--')) {
    throw new Error('Usage: npm run restore -- <backup file> [--wipe]');
  }
  const file = resolve(files[0]!);
  if (!existsSync(file)) throw new Error(`No such backup file: ${file}`);
  const summary = await withProductDatabase('restore', (url) => restoreBackup(url, file, { wipe }));
  const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
  log('info', `Restored ${file}`, { rows, tables: Object.keys(summary.rows).length, migration: summary.migrations.at(-1) });
}

main().catch(exitWith);
