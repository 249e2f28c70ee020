import { DataSource } from 'typeorm';
import { dataSourceOptions, EntityList } from './data-source-options';

/** Any constant works; all instances of the product must agree on it. */
const MIGRATION_LOCK_KEY = 727_001;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so replicas that
 * start together migrate once and the others wait, then find nothing to do.
 */
export async function runMigrations(url: string, entities: EntityList): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url, entities));
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
