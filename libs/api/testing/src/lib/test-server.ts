import { Client } from 'pg';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@mps/api-core';

export interface TestServer {
  /** Maintenance URL with rights to CREATE DATABASE. */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL server tests use: TEST_DATABASE_URL (or DATABASE_URL) when
 * set, else an embedded one in `.data/test-pg`, so tests run on a laptop
 * without PostgreSQL installed.
 */
export async function acquireTestServer(root: string): Promise<TestServer> {
  const given = process.env['TEST_DATABASE_URL'] || process.env['DATABASE_URL'];
  if (given) {
    const client = new Client({ connectionString: given });
    await client.connect();
    await client.end();
    return { adminUrl: given, stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: join(root, '.data', 'test-pg'),
    port: Number(process.env['TEST_EMBEDDED_PG_PORT'] ?? 54339),
    database: 'postgres',
  });
  return { adminUrl: embedded.url, stop: () => embedded.stop() };
}
