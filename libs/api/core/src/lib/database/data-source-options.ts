import { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { ALL_MIGRATIONS } from './migrations';

/** Where TypeORM records the migrations applied (not part of a backup's data: a restore runs the migrations). */
export const MIGRATIONS_TABLE = 'schema_migrations';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;

/** One definition of how we talk to PostgreSQL, used by the app, the migration runner and tests. */
export function dataSourceOptions(url: string, entities: EntityList): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: ALL_MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension, no superuser needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    extra: { max: 10, connectionTimeoutMillis: 5000 },
    logging: false,
  };
}
