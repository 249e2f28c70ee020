import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchema, lexicographicSortSchema } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { adminQuery } from '@mps/api-testing';
import { dataSourceOptions } from '@mps/api-core';
import { ALL_ENTITIES } from '../src/app/entities';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';
import { SCHEMA_HEADER } from './support/schema-file';
import { testDatabaseSetting } from './support/test-database-env';

describe('foundation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, BOOT_TIMEOUT);
  afterAll(async () => {
    await t?.close();
  });

  it('boots and reports a healthy database', async () => {
    const res = await fetch(`${t.baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('maps malformed GraphQL to BAD_USER_INPUT without internals', async () => {
    const res = await t.gql('{ notAField }');
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.js/);
  });

  it('refuses anonymous access to protected operations with UNAUTHENTICATED', async () => {
    const res = await t.gql('{ me { id } }');
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('has migrations that match the entities exactly (no drift)', async () => {
    const dataSource = await new DataSource(dataSourceOptions(t.databaseUrl, ALL_ENTITIES)).initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('serves exactly the committed schema file apps/api/schema.gql (run npm run schema:generate)', () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const served = SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
    const file = join(__dirname, '..', 'schema.gql');
    // `npm run schema:generate` runs this test with UPDATE_SCHEMA=1 to rewrite the file.
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(file, served);
    expect(served).toBe(readFileSync(file, 'utf8'));
  });

  it('keeps the audit log append-only even for the database owner', async () => {
    await t.dataSource.query(
      `INSERT INTO audit_events (action, subject_type, subject_id) VALUES ('test', 'Test', gen_random_uuid())`,
    );
    await expect(t.dataSource.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
  });

  it('answers 503 when the database stops answering, and 200 again when it is back', async () => {
    const adminUrl = testDatabaseSetting('adminUrl');
    await adminQuery(adminUrl, `ALTER DATABASE "${t.databaseName}" ALLOW_CONNECTIONS false`);
    await adminQuery(
      adminUrl,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [t.databaseName],
    );
    try {
      const down = await fetch(`${t.baseUrl}/health`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ status: 'error', database: 'down' });
    } finally {
      await adminQuery(adminUrl, `ALTER DATABASE "${t.databaseName}" ALLOW_CONNECTIONS true`);
    }
    const up = await fetch(`${t.baseUrl}/health`);
    expect(up.status).toBe(200);
  });
});
