import 'reflect-metadata';
import { createServer } from 'node:net';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import {
  AppConfig,
  ConfigError,
  EMBEDDED_DATABASE,
  EmbeddedDatabase,
  EmbeddedPostgresError,
  DataDirInUseError,
  loadConfig,
  lockDataDir,
  runMigrations,
  startEmbeddedPostgres,
} from '@mps/api-core';
import { AppModule } from './app/app.module';
import { ALL_ENTITIES } from './app/entities';
import { configureHttp } from './app/http';
import { SectionFirstPaint } from './app/section-first-paint';

/**
 * Start-up lines, written before (and beside) the app's logger: JSON lines in production, so they read like the rest
 * of the log; plain sentences elsewhere, for the person at the terminal.
 */
function log(level: 'info' | 'error', msg: string): void {
  const line =
    process.env['NODE_ENV'] === 'production' ? JSON.stringify({ level, time: Date.now(), context: 'Bootstrap', msg }) : msg;
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
}

/**
 * What the operator reads when start-up fails: one sentence saying what to do for the problems we know (the
 * embedded PostgreSQL, a busy port), the message otherwise; the stack only at LOG_LEVEL=debug or trace, since a
 * stack trace tells a newcomer nothing.
 */
function startFailure(error: unknown, config: AppConfig): string {
  if (error instanceof EmbeddedPostgresError || error instanceof DataDirInUseError) return error.message;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRINUSE') return `Port ${config.port} is in use by another program: stop it, or start with another PORT.`;
  if (code === 'EACCES' && (error as { syscall?: string }).syscall === 'listen')
    return `Port ${config.port} needs privileges this user does not have: start with a PORT above 1023.`;
  const detailed = config.logLevel === 'debug' || config.logLevel === 'trace';
  const text = error instanceof Error ? (detailed ? (error.stack ?? error.message) : error.message) : String(error);
  return `Start-up failed: ${text}${detailed ? '' : ' (LOG_LEVEL=debug shows where)'}`;
}

/** Node 24 is the runtime the project pins (passwords use its built-in crypto.argon2). */
const REQUIRED_NODE_MAJOR = 24;

/** The error listening on `port` would give now, if any (the port is released again at once). */
function listenProblem(port: number): Promise<Error | null> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error) => resolve(error));
    probe.listen(port, () => probe.close(() => resolve(null)));
  });
}

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

  // Before the database starts: a busy port is the commonest first-run problem and should not wait for it.
  const portProblem = await listenProblem(config.port);
  if (portProblem) {
    log('error', startFailure(portProblem, config));
    process.exit(1);
  }

  const cleanups: Array<() => Promise<void> | void> = [];
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    try {
      cleanups.unshift(lockDataDir(config.dataDir));
      log('info', `DATABASE_URL is not set: starting embedded PostgreSQL in ${config.dataDir}/pg on port ${config.embeddedPgPort}`);
      embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, database: EMBEDDED_DATABASE });
    } catch (error) {
      log('error', startFailure(error, config));
      for (const cleanup of cleanups) await cleanup();
      process.exit(1);
    }
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
  // SIGHUP too: a closed terminal would otherwise end Node without its cleanups, and the embedded PostgreSQL (which
  // takes SIGHUP as "reload the configuration") would keep running, holding its port and data directory.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal, app));

  try {
    const applied = await runMigrations(databaseUrl, ALL_ENTITIES);
    if (applied.length) log('info', `Migrations applied: ${applied.join(', ')}`);
    app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ ...config, databaseUrl }), {
      bufferLogs: true,
    });
    app.useLogger(app.get(Logger));
    configureHttp(app, config, app.get(SectionFirstPaint).render);
    await app.listen(config.port);
    log('info', `Migration Profile Studio is ready at http://localhost:${config.port}/ (GraphQL at /graphql)`);
  } catch (error) {
    log('error', startFailure(error, config));
    await app?.close().catch(() => undefined);
    for (const cleanup of cleanups) await cleanup();
    process.exit(1);
  }
}

void main();
