import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@mps/api-core';
import { createDatabase, dropDatabase } from '@mps/api-testing';
import { AppModule } from '../../src/app/app.module';
import { configureHttp } from '../../src/app/http';
import { SectionFirstPaint } from '../../src/app/section-first-paint';
import { testDatabaseSetting } from './test-database-env';

export interface GqlResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions: { code: string; [key: string]: unknown } }>;
}

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  databaseUrl: string;
  databaseName: string;
  dataSource: DataSource;
  config: AppConfig;
  /** POSTs a GraphQL operation, with a bearer token and extra headers (e.g. X-Forwarded-For) when given. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
  /** Like gql, but returns the HTTP response too (status, Set-Cookie...). */
  post<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ response: Response; body: GqlResponse<T> }>;
  /** Stops the app and drops its database; `{ keepDatabase: true }` keeps it for another app (a restart). */
  close(options?: { keepDatabase?: boolean }): Promise<void>;
}

/**
 * Time allowed to a hook that boots the app (`beforeAll(async () => { t = await startTestApp(); }, BOOT_TIMEOUT)`):
 * Jest gives hooks the tests' 30 s by default.
 */
export const BOOT_TIMEOUT = 60_000;

/** A fresh database for one test file, cloned from the migrated template. */
export async function testDatabase(): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const adminUrl = testDatabaseSetting('adminUrl');
  const name = `mps_t_${testDatabaseSetting('runId')}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const url = await createDatabase(adminUrl, name, testDatabaseSetting('template'));
  return { url, name, drop: () => dropDatabase(adminUrl, name) };
}

export interface StartOptions {
  /**
   * Boot on this app's database instead of a fresh one (a second instance, or a restart after `other.close()`
   * with `keepDatabase`); closing the new app then leaves the database to its owner, unless `takeOver` says that
   * the new app owns it now (the restart case) and drops it on close.
   */
  sharedWith?: Pick<TestApp, 'databaseUrl' | 'databaseName'>;
  takeOver?: boolean;
}

/** Boots the real AppModule on its own database (or a shared one) and a random port. */
export async function startTestApp(env: Record<string, string> = {}, options: StartOptions = {}): Promise<TestApp> {
  const shared = options.sharedWith;
  const db = shared
    ? {
        url: shared.databaseUrl,
        name: shared.databaseName,
        drop: async () => (options.takeOver ? dropDatabase(testDatabaseSetting('adminUrl'), shared.databaseName) : undefined),
      }
    : await testDatabase();
  const config: AppConfig = {
    ...loadConfig({
      NODE_ENV: 'test',
      // One data directory per database: the mail outbox of one test file is never another's.
      DATA_DIR: `.data/test-app/${db.name}`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      SEED_DEMO: 'false',
      // Apps on one database share Redis events and jobs; apps of other test files never take them.
      REDIS_PREFIX: db.name,
      LOG_LEVEL: 'silent',
      ...env,
    }),
    webDistDir: env['WEB_DIST_DIR'] ?? null,
  };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ ...config, databaseUrl: db.url }), {
    logger: false,
  });
  configureHttp(app, config, app.get(SectionFirstPaint).render);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    baseUrl,
    databaseUrl: db.url,
    databaseName: db.name,
    dataSource: app.get(DataSource),
    config,
    async gql(query, variables, token, headers = {}) {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResponse<any>;
    },
    async post(query, variables, headers = {}) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { response, body: (await response.json()) as GqlResponse<any> };
    },
    async close(options = {}) {
      await app.close();
      if (!options.keepDatabase) await db.drop();
    },
  };
}
