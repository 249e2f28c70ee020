import { ChildProcess, execSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** The database the product uses in the embedded cluster. */
export const EMBEDDED_DATABASE = 'studio';
const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Where a root start keeps what the `postgres` OS user must reach when the checkout or DATA_DIR are out of its reach
 * (a 0700 directory such as `mktemp -d` or /root): a copy of the PostgreSQL binaries and the cluster, which
 * DATA_DIR/pg then links to. See docs/adr/0010-embedded-postgres-as-root.md.
 */
export const ROOT_RUNTIME_DIR = '/var/lib/migration-profile-studio';

/** DATA_DIR belongs to another running process (whose embedded PostgreSQL is then up). */
export class DataDirInUseError extends Error {}

/** The embedded PostgreSQL cannot run here; the message is one sentence saying what to do. */
export class EmbeddedPostgresError extends Error {}

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

interface OsUser {
  uid: number;
  gid: number;
}

/** What to run and where: the PostgreSQL installation (bin, lib, share), the cluster, and as whom. */
interface Placement {
  installDir: string;
  clusterDir: string;
  runAs: OsUser | null;
}

const WHAT_ELSE = 'run it as a normal user, or set DATABASE_URL to a PostgreSQL server';

/** The PostgreSQL installation of the `@embedded-postgres/<platform>-<arch>` package (bin, lib, share). */
function packagedInstallation(): { dir: string; version: string } {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new EmbeddedPostgresError(
      `There is no embedded PostgreSQL for ${platform()}-${arch()} (${name} is not installed): set DATABASE_URL to a PostgreSQL 16+ database.`,
    );
  }
  const packageDir = resolve(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { dir: join(packageDir, 'native'), version };
}

const idOf = (flag: '-u' | '-g', name: string) => spawnSync('id', [flag, name], { encoding: 'utf8' });

/** The OS user PostgreSQL runs as when we are root (PostgreSQL refuses root); created when missing. */
function postgresOsUser(): OsUser {
  if (idOf('-u', USER).status !== 0) {
    spawnSync('groupadd', ['--system', USER], { encoding: 'utf8' });
    const added = spawnSync('useradd', ['--system', '--gid', USER, '--no-create-home', '--shell', '/usr/sbin/nologin', USER], {
      encoding: 'utf8',
    });
    // Another process may have created it in between: only the lookup decides.
    if (added.status !== 0 && idOf('-u', USER).status !== 0) {
      throw new EmbeddedPostgresError(
        `As root, the embedded PostgreSQL must run as an OS user "${USER}" (PostgreSQL refuses root), and it could not be created (${(added.stderr || String(added.error?.message ?? '')).trim()}): create it with \`useradd --system ${USER}\`, ${WHAT_ELSE}.`,
      );
    }
  }
  return { uid: Number(idOf('-u', USER).stdout), gid: Number(idOf('-g', USER).stdout) };
}

/** Whether `user` can run the installation's postgres (it must reach the binary and its libraries). */
function canRun(user: OsUser, installDir: string): boolean {
  return spawnSync(join(installDir, 'bin', 'postgres'), ['--version'], { ...user, stdio: 'ignore' }).status === 0;
}

/** Whether `user` can enter `dir` (search permission on it and every directory above it). */
function canEnter(user: OsUser, dir: string): boolean {
  return spawnSync('test', ['-x', dir], { ...user, stdio: 'ignore' }).status === 0;
}

function ensureRuntimeDir(reason: string): void {
  try {
    mkdirSync(ROOT_RUNTIME_DIR, { recursive: true, mode: 0o755 });
    chmodSync(ROOT_RUNTIME_DIR, 0o755);
  } catch (error) {
    throw new EmbeddedPostgresError(
      `As root, the embedded PostgreSQL runs as the OS user "${USER}", which cannot reach ${reason}, and ${ROOT_RUNTIME_DIR} could not be created for it (${(error as NodeJS.ErrnoException).code ?? String(error)}): ${WHAT_ELSE}.`,
    );
  }
}

/**
 * A copy of the installation under ROOT_RUNTIME_DIR, made once per package version. It is copied into a
 * temporary directory and renamed into place, so two starts at the same moment never see half a copy.
 */
function reachableInstallation(installation: { dir: string; version: string }, user: OsUser): string {
  ensureRuntimeDir(installation.dir);
  const target = join(ROOT_RUNTIME_DIR, `postgresql-${installation.version}`);
  if (existsSync(join(target, 'bin', 'postgres'))) return target;
  const partial = `${target}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
  cpSync(installation.dir, partial, { recursive: true, verbatimSymlinks: true });
  chmodSync(partial, 0o755);
  try {
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(join(target, 'bin', 'postgres'))) throw error;
  }
  if (!canRun(user, target)) {
    throw new EmbeddedPostgresError(`The OS user "${USER}" cannot run the embedded PostgreSQL copied to ${target}: ${WHAT_ELSE}.`);
  }
  return target;
}

/**
 * Where the cluster lives. Normally DATA_DIR/pg. As root, when the `postgres` user cannot enter DATA_DIR (it sits
 * in a 0700 directory), the cluster goes to ROOT_RUNTIME_DIR/clusters/<id> and DATA_DIR/pg becomes a symbolic link
 * to it, so every later start (and backup, restore) finds the same cluster whatever the permissions are then.
 */
function clusterDirectory(dataDir: string, user: OsUser | null): string {
  // DATA_DIR may not exist yet (the first `npm test` on a machine without PostgreSQL): whether the postgres user can
  // enter it, and where the link goes, both need it.
  mkdirSync(dataDir, { recursive: true });
  const link = join(dataDir, 'pg');
  const existing = lstatSync(link, { throwIfNoEntry: false });
  if (existing?.isSymbolicLink()) return resolve(dataDir, readlinkSync(link));
  if (!user || existsSync(join(link, 'PG_VERSION')) || canEnter(user, dataDir)) {
    mkdirSync(link, { recursive: true });
    if (user) chownSync(link, user.uid, user.gid);
    return link;
  }
  ensureRuntimeDir(dataDir);
  const clustersDir = join(ROOT_RUNTIME_DIR, 'clusters');
  mkdirSync(clustersDir, { recursive: true, mode: 0o755 });
  const clusterDir = join(clustersDir, randomBytes(8).toString('hex'));
  mkdirSync(clusterDir, { mode: 0o700 });
  chownSync(clusterDir, user.uid, user.gid);
  // An empty DATA_DIR/pg left by an earlier start that failed here gives way to the link.
  if (existing?.isDirectory() && readdirSync(link).length === 0) rmSync(link, { recursive: true });
  symlinkSync(clusterDir, link);
  return clusterDir;
}

function place(dataDir: string): Placement {
  const installation = packagedInstallation();
  if (process.getuid?.() !== 0) return { installDir: installation.dir, clusterDir: clusterDirectory(dataDir, null), runAs: null };
  const runAs = postgresOsUser();
  const installDir = canRun(runAs, installation.dir) ? installation.dir : reachableInstallation(installation, runAs);
  return { installDir, clusterDir: clusterDirectory(dataDir, runAs), runAs };
}

/** PostgreSQL's own messages in a locale we can read (as the embedded-postgres package did). */
function messagesLocale(): string {
  try {
    const available = new Set(execSync('locale -a', { encoding: 'utf8' }).split(/\r?\n/).map((l) => l.trim()));
    return ['en_US.UTF-8', 'C.UTF-8', 'en_US.utf8', 'C.utf8'].find((l) => available.has(l)) ?? 'C';
  } catch {
    return 'C';
  }
}

/** Runs a PostgreSQL program to its end; resolves with its output, rejects with its last error line. */
function runToEnd(program: string, args: string[], placement: Placement, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(program, args, { ...(placement.runAs ?? {}), env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', (error) => reject(error));
    child.once('close', (code) => (code === 0 ? resolvePromise(output) : reject(new Error(lastErrorLine(output) ?? `exit code ${code}`))));
  });
}

/** PostgreSQL's reason for failing: the text of its last FATAL/PANIC/ERROR line (they start with a timestamp). */
function lastErrorLine(output: string): string | undefined {
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  for (const line of [...lines].reverse()) {
    const reason = /\b(?:FATAL|PANIC|ERROR):\s+(.*)$/.exec(line)?.[1] ?? /^initdb: error: (.*)$/.exec(line)?.[1];
    if (reason) return reason;
  }
  return lines.at(-1);
}

async function initialise(placement: Placement, env: NodeJS.ProcessEnv, locale: string): Promise<void> {
  // The password file must be readable by the user initdb runs as: beside the cluster, never world-readable.
  const passwordFile = join(dirname(placement.clusterDir), `.pg-password-${randomBytes(6).toString('hex')}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (placement.runAs) chownSync(passwordFile, placement.runAs.uid, placement.runAs.gid);
  try {
    await runToEnd(
      join(placement.installDir, 'bin', 'initdb'),
      [`--pgdata=${placement.clusterDir}`, '--auth=password', `--username=${USER}`, `--pwfile=${passwordFile}`, `--lc-messages=${locale}`],
      placement,
      env,
    );
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL could not create its cluster in ${placement.clusterDir} (${(error as Error).message}): check that the directory is writable and empty, ${WHAT_ELSE}.`,
    );
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** What an operator does about PostgreSQL's last words at start-up. */
function startHint(output: string, port: number): string {
  if (/address already in use/i.test(output)) return `another program uses port ${port}: stop it or set EMBEDDED_PG_PORT to a free port`;
  if (/postmaster\.pid/.test(output)) return 'another PostgreSQL runs on this cluster: stop it first';
  return WHAT_ELSE;
}

function startServer(placement: Placement, port: number, env: NodeJS.ProcessEnv, log: (message: string) => void): Promise<ChildProcess> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(join(placement.installDir, 'bin', 'postgres'), ['-D', placement.clusterDir, '-p', String(port)], {
      ...(placement.runAs ?? {}),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let ready = false;
    const onOutput = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log(text.trim());
      if (ready) return;
      output += text;
      if (output.includes('database system is ready to accept connections')) {
        ready = true;
        output = '';
        resolvePromise(child);
      }
    };
    child.stdout!.on('data', onOutput);
    child.stderr!.on('data', onOutput);
    child.once('error', (error) =>
      reject(new EmbeddedPostgresError(`The embedded PostgreSQL could not be started (${error.message}): ${WHAT_ELSE}.`)),
    );
    child.once('exit', () => {
      if (ready) return;
      const reason = lastErrorLine(output) ?? 'it stopped without a message';
      reject(new EmbeddedPostgresError(`The embedded PostgreSQL did not start (${reason}): ${startHint(output, port)}.`));
    });
  });
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new Client({ connectionString: embeddedDatabaseUrl(port, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts the PostgreSQL of the `@embedded-postgres/*` package with its cluster in `<dataDir>/pg`, creating the
 * cluster on first run and reusing it afterwards. As root it runs as the OS user `postgres` and keeps what that
 * user must reach where it can (see ROOT_RUNTIME_DIR). Problems an operator must solve are EmbeddedPostgresErrors.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  onLog?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const log = options.onLog ?? (() => undefined);
  const placement = place(options.dataDir);
  const locale = messagesLocale();
  const env = { ...process.env, LC_MESSAGES: locale };
  if (!existsSync(join(placement.clusterDir, 'PG_VERSION'))) await initialise(placement, env, locale);
  // A cluster left by a killed process keeps a stale postmaster.pid; PostgreSQL
  // itself checks whether that pid is alive, so it is safe to just start.
  const server = await startServer(placement, options.port, env, log);
  // If this process dies without stopping it (an uncaught error), PostgreSQL still shuts down.
  const stopOnExit = () => server.kill('SIGINT');
  process.once('exit', stopOnExit);
  const stop = async () => {
    process.off('exit', stopOnExit);
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((done) => server.once('exit', done));
    server.kill('SIGINT');
    await exited;
  };
  try {
    await ensureDatabase(options.port, options.database);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: embeddedDatabaseUrl(options.port, options.database), stop };
}
