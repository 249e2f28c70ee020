import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runMigrations } from '@mps/api-core';
import { acquireTestServer, createDatabase, dropDatabase, dropStaleTestDatabases } from '@mps/api-testing';
import { ALL_ENTITIES } from '../../src/app/entities';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
    pgRunId: string;
  }
}

/**
 * Once per run: find PostgreSQL (TEST_DATABASE_URL, DATABASE_URL or embedded),
 * migrate a template database, and let every test file clone its own from it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await acquireTestServer(join(__dirname, '..', '..', '..', '..'));
  await dropStaleTestDatabases(server.adminUrl, 'mps_t_');
  const runId = `${Date.now()}`;
  const template = `mps_t_${runId}_template`;
  const templateUrl = await createDatabase(server.adminUrl, template);
  await runMigrations(templateUrl, ALL_ENTITIES);
  project.provide('pgAdminUrl', server.adminUrl);
  project.provide('pgTemplate', template);
  project.provide('pgRunId', runId);
  return async () => {
    await dropDatabase(server.adminUrl, template).catch(() => undefined);
    await server.stop();
  };
}
