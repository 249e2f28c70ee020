import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import {
  AppConfig,
  ConfigError,
  EMBEDDED_DATABASE,
  EmbeddedDatabase,
  loadConfig,
  lockDataDir,
  runMigrations,
  startEmbeddedPostgres,
} from '@mps/api-core';
import { AppModule } from './app/app.module';
import { ALL_ENTITIES } from './app/entities';
import { configureHttp } from './app/http';

/** Plain JSON lines before the app's logger exists, so start-up problems read like the rest of the log. */
function log(level: 'info' | 'error', msg: string): void {
  const line = JSON.stringify({ level, time: Date.now(), context: 'Bootstrap', msg });
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
}

/** Node 24 is the runtime the project pins (passwords use its built-in crypto.argon2). */
const REQUIRED_NODE_MAJOR = 24;

async function main(): Promise<void> {
  if (Number(process.versions.node.split('.')[0]) < REQUIRED_NODE_MAJOR) {
    log(
      'error',
      `Node ${process.versions.node} cannot run Migration Profile Studio: it needs Node ${REQUIRED_NODE_MAJOR}. ` +
        'Start it with `npm start`, or run it with node_modules/.bin/node (the Node 24 the project installs).',
    );
    process.exit(1);
  }
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      log('error', error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }

  const cleanups: Array<() => Promise<void> | void> = [];
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    cleanups.unshift(lockDataDir(config.dataDir));
    log('info', `DATABASE_URL is not set: starting embedded PostgreSQL in ${config.dataDir}/pg on port ${config.embeddedPgPort}`);
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, database: EMBEDDED_DATABASE });
    cleanups.unshift(() => embedded?.stop());
    databaseUrl = embedded.url;
  }

  let shuttingDown = false;
  const shutdown = async (signal: string, app?: NestExpressApplication) => {
    if (shuttingDown) {
      log('info', `${signal} again: exiting now`);
      process.exit(1);
    }
    shuttingDown = true;
    log('info', `${signal} received: shutting down`);
    try {
      await app?.close();
    } finally {
      for (const cleanup of cleanups) await cleanup();
      log('info', 'Stopped');
      process.exit(0);
    }
  };
  let app: NestExpressApplication | undefined;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(signal, app));

  try {
    const applied = await runMigrations(databaseUrl, ALL_ENTITIES);
    if (applied.length) log('info', `Migrations applied: ${applied.join(', ')}`);
    app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ ...config, databaseUrl }), {
      bufferLogs: true,
    });
    app.useLogger(app.get(Logger));
    configureHttp(app, config);
    await app.listen(config.port);
    log('info', `Migration Profile Studio is ready at http://localhost:${config.port}/ (GraphQL at /graphql)`);
  } catch (error) {
    log('error', `Start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await app?.close().catch(() => undefined);
    for (const cleanup of cleanups) await cleanup();
    process.exit(1);
  }
}

void main();
