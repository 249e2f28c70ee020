import { DataSource } from 'typeorm';
import { dataSourceOptions, EntityList } from './data-source-options';
import { ALL_MIGRATIONS } from './migrations';

/** Any constant works; all instances of the product must agree on it. */
const MIGRATION_LOCK_KEY = 727_001;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so replicas that
 * start together migrate once and the others wait, then find nothing to do.
 * `upTo` stops after the migration of that name (a restore rebuilds the schema
 * its backup was written with).
 */
export async function runMigrations(url: string, entities: EntityList, options: { upTo?: string } = {}): Promise<string[]> {
  const last = options.upTo ? ALL_MIGRATIONS.findIndex((m) => m.name === options.upTo) : ALL_MIGRATIONS.length - 1;
  if (last < 0) throw new Error(`Unknown migration ${options.upTo}`);
  const dataSource = new DataSource({ ...dataSourceOptions(url, entities), migrations: ALL_MIGRATIONS.slice(0, last + 1) });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
