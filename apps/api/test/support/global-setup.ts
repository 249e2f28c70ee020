// First: makes `@mps/*` resolvable in Jest's own process.
import './workspace-aliases';
import { join } from 'node:path';
import { runMigrations } from '@mps/api-core';
import { acquireTestServer, createDatabase, dropDatabase, dropStaleTestDatabases } from '@mps/api-testing/server';
import { TEST_DATABASE_ENV } from './test-database-env';

/** Handed to global-teardown.ts, which runs in this same process (Jest's own) at the end. */
export const globalState = globalThis as typeof globalThis & { mpsTestTeardown?: () => Promise<void> };

/**
 * Once per run: find PostgreSQL (TEST_DATABASE_URL, DATABASE_URL or embedded),
 * migrate a template database, and let every test file clone its own from it.
 * The workers inherit this process's environment: that is how they learn where.
 */
export default async function setup(): Promise<void> {
  const server = await acquireTestServer(join(__dirname, '..', '..', '..', '..'));
  await dropStaleTestDatabases(server.adminUrl, 'mps_t_');
  const runId = `${Date.now()}`;
  const template = `mps_t_${runId}_template`;
  const templateUrl = await createDatabase(server.adminUrl, template);
  // Migrations are plain SQL: no entities needed (and none loaded here, see @mps/api-testing/server).
  await runMigrations(templateUrl, []);
  process.env[TEST_DATABASE_ENV.adminUrl] = server.adminUrl;
  process.env[TEST_DATABASE_ENV.template] = template;
  process.env[TEST_DATABASE_ENV.runId] = runId;
  globalState.mpsTestTeardown = async () => {
    await dropDatabase(server.adminUrl, template).catch(() => undefined);
    await server.stop();
  };
}
