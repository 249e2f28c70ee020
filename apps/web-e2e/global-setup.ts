import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

const repoRoot = join(__dirname, '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Starts the built product exactly as `npm start` runs it (dist/api + dist/web),
 * on a fresh database with the demo seed, and points the journeys at it.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'mps-e2e-'));
  // Embedded PostgreSQL runs as its own OS user when we are root: it must reach DATA_DIR.
  chmodSync(dataDir, 0o755);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    WEB_DIST_DIR: join(repoRoot, 'dist', 'web'),
  };
  const serverUrl = process.env['TEST_DATABASE_URL'];
  let database: string | null = null;
  if (serverUrl) {
    database = `mps_e2e_${Date.now()}`;
    await admin(serverUrl, `CREATE DATABASE "${database}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    env['DATABASE_URL'] = url.toString();
  } else {
    delete env['DATABASE_URL'];
    env['EMBEDDED_PG_PORT'] = String(await freePort());
  }

  const server: ChildProcess = spawn(process.execPath, [join(repoRoot, 'dist', 'api', 'apps', 'api', 'src', 'main.js')], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The server exited with code ${server.exitCode} before it was ready`);
    const ok = await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error('The server did not become healthy within 60 s');
    await new Promise((r) => setTimeout(r, 300));
  }
  process.env['E2E_BASE_URL'] = baseUrl;

  return async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => {
      if (server.exitCode !== null) return resolve(undefined);
      server.once('exit', resolve);
      setTimeout(() => server.kill('SIGKILL'), 15_000).unref();
    });
    if (serverUrl && database) await admin(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
