import {
  AppConfig,
  ConfigError,
  DataDirInUseError,
  EMBEDDED_DATABASE,
  embeddedDatabaseUrl,
  loadConfig,
  lockDataDir,
  startEmbeddedPostgres,
} from '@mps/api-core';

/** Prints one JSON line, like the server's log. */
export function log(level: 'info' | 'error', msg: string, extra: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ level, time: Date.now(), context: 'DatabaseTool', msg, ...extra });
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
}

/**
 * Runs `work` against the product's database, found as the server finds it:
 * DATABASE_URL, else the embedded PostgreSQL in DATA_DIR. When the server is
 * running on that DATA_DIR, a backup or a verification uses its PostgreSQL; a restore refuses
 * (stop the server first). Otherwise the embedded PostgreSQL is started for
 * the work and stopped afterwards.
 */
export async function withProductDatabase<T>(
  purpose: 'backup' | 'restore' | 'verify',
  work: (databaseUrl: string, config: AppConfig) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  if (config.databaseUrl) return work(config.databaseUrl, config);
  let release: () => void;
  try {
    release = lockDataDir(config.dataDir);
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    if (purpose === 'restore') throw new Error(`${error.message} A restore needs the server stopped.`);
    log('info', `The server is running on ${config.dataDir}: using its embedded PostgreSQL`);
    return work(embeddedDatabaseUrl(config.embeddedPgPort, EMBEDDED_DATABASE), config);
  }
  try {
    log('info', `Starting the embedded PostgreSQL in ${config.dataDir}/pg`);
    const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, database: EMBEDDED_DATABASE });
    try {
      return await work(embedded.url, config);
    } finally {
      await embedded.stop();
    }
  } finally {
    release();
  }
}

/** Ends the process with a message an operator can act on. */
export function exitWith(error: unknown): never {
  log('error', error instanceof Error ? error.message : String(error));
  process.exit(error instanceof ConfigError ? 78 : 1);
}
