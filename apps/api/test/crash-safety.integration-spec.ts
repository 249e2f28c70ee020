import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditChainRow, dataSourceOptions, verifyAuditChains } from '@mps/api-core';
import { FIXTURE_PASSWORD, Fixtures } from '@mps/api-testing';
import { ALL_ENTITIES } from '../src/app/entities';
import { SeededRandom, seedFromEnv } from './support/random';
import { testDatabase } from './support/test-app';

/**
 * Crash safety: several clients save sections at once (some of them the same
 * section, so conflicts and retries happen) while the server process, the
 * compiled one that `npm start` runs, is killed with SIGKILL several times and
 * restarted on the same database. Afterwards:
 * - every save the server acknowledged is there, with the text it was sent;
 * - every section points at its newest revision (no dangling current-revision pointer);
 * - every revision has its audit event;
 * - revision numbers run 1..n per section, with no gap and no duplicate;
 * - the audit hash chains are intact: concurrent appends and killed transactions never fork or break them.
 *
 * Needs `npm run build:api` first (npm test builds before the integration tests).
 */

const MAIN = join(__dirname, '..', '..', '..', 'dist', 'api', 'apps', 'api', 'src', 'main.js');
const SEED = seedFromEnv(9);
const KILLS = 3;
const CLIENTS = 4;
const SECTIONS = 3;
const MIN_ACKNOWLEDGED = 20;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

interface Server {
  child: ChildProcess;
  exited: Promise<unknown>;
  output: () => string;
}

(existsSync(MAIN) ? describe : describe.skip)(`crash safety: saves while the server is killed (seed ${SEED})`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mps-crash-'));
  let db: Awaited<ReturnType<typeof testDatabase>>;
  let dataSource: DataSource;
  let port: number;
  let server: Server | null = null;
  const env: Record<string, string> = {};

  function start(): Server {
    const base = { ...process.env };
    delete base['DATABASE_URL'];
    const child = spawn(process.execPath, [MAIN], { env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    return { child, exited, output: () => out.slice(-4_000) };
  }

  async function waitHealthy(s: Server): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (s.child.exitCode !== null) throw new Error(`The server exited early:\n${s.output()}`);
      if (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)) return;
      await sleep(100);
    }
    throw new Error(`The server was not healthy in time:\n${s.output()}`);
  }

  /** One GraphQL call; `null` when the server was not there to answer (killed, restarting). */
  async function gql(query: string, variables: Record<string, unknown>, token?: string) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: Record<string, any> | null; errors?: Array<{ extensions: { code: string } }> };
    } catch {
      return null;
    }
  }

  beforeAll(async () => {
    db = await testDatabase();
    dataSource = await new DataSource(dataSourceOptions(db.url, ALL_ENTITIES)).initialize();
    port = await freePort();
    Object.assign(env, {
      NODE_ENV: 'test',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: db.url,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'error',
      // The same secret across restarts, so that signed-in clients stay signed in.
      JWT_SECRET: randomBytes(32).toString('hex'),
    });
  });
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await server?.exited;
    await dataSource?.destroy();
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`keeps every acknowledged save and a consistent history through ${KILLS} SIGKILLs`, async () => {
    const rng = new SeededRandom(SEED);
    const fx = new Fixtures(dataSource);
    const ws = await fx.workspace();
    const ministry = await fx.organization(ws.id);
    const people = await Promise.all(Array.from({ length: CLIENTS }, () => fx.member(ws.id, ministry.id, 'COORDINATOR')));

    server = start();
    await waitHealthy(server);
    const tokens: string[] = [];
    for (const { user } of people) {
      const res = await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: user.email, p: FIXTURE_PASSWORD });
      tokens.push(res!.data!['login'].accessToken as string);
    }
    const profile = await gql(
      `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`,
      { input: { workspaceId: ws.id, title: 'Crash profile', edition: '1' } },
      tokens[0],
    );
    const profileId = profile!.data!['createProfile'].id as string;
    const sectionIds: string[] = [];
    for (let i = 0; i < SECTIONS; i++) {
      const added = await gql(`mutation($i: AddSectionInput!) { addSection(input: $i) { id } }`, { i: { profileId, title: `Section ${i}` } }, tokens[0]);
      sectionIds.push(added!.data!['addSection'].id as string);
    }

    // The clients: save, and on CONFLICT (someone else saved) or no answer (server down), read the current revision and go on.
    const acknowledged: Array<{ revisionId: string; sectionId: string; text: string }> = [];
    const unexpected: string[] = [];
    let stop = false;
    const clientPlans = tokens.map((token, client) => ({ token, client, rng: new SeededRandom(rng.int(1, 2 ** 31)) }));
    const clients = clientPlans.map(async ({ token, client, rng: choices }) => {
      let n = 0;
      while (!stop) {
        const sectionId = choices.pick(sectionIds);
        const current = await gql(`query($id: ID!) { section(id: $id) { currentRevision { id } } }`, { id: sectionId }, token);
        if (!current?.data) {
          if (current?.errors) unexpected.push(`read: ${JSON.stringify(current.errors)}`);
          await sleep(50);
          continue;
        }
        const text = `client ${client} save ${n++}`;
        const saved = await gql(
          `mutation($input: SaveSectionInput!) { saveSection(input: $input) { id } }`,
          { input: { sectionId, baseRevisionId: current.data['section'].currentRevision?.id ?? null, content: doc(text) } },
          token,
        );
        if (saved?.data?.['saveSection']) acknowledged.push({ revisionId: saved.data['saveSection'].id as string, sectionId, text });
        else if (saved?.errors && saved.errors[0]?.extensions.code !== 'CONFLICT') unexpected.push(`save: ${JSON.stringify(saved.errors)}`);
      }
    });

    // The killer: let saves run, kill -9, restart on the same database; several times.
    for (let kill = 0; kill < KILLS; kill++) {
      await sleep(saveWindow(rng));
      server.child.kill('SIGKILL');
      await server.exited;
      server = start();
      await waitHealthy(server);
    }
    // Enough acknowledged saves to judge by, however slow the machine (up to a limit).
    const deadline = Date.now() + 60_000;
    while (acknowledged.length < MIN_ACKNOWLEDGED && Date.now() < deadline) await sleep(100);
    stop = true;
    await Promise.all(clients);

    expect({ seed: SEED, unexpected }).toEqual({ seed: SEED, unexpected: [] });
    expect(acknowledged.length).toBeGreaterThanOrEqual(MIN_ACKNOWLEDGED);

    // Every acknowledged save is there, with its text, in its section.
    const revisions = await dataSource.query<Array<{ id: string; section_id: string; number: number; text: string }>>(
      `SELECT id, section_id, number, text FROM revisions WHERE section_id = ANY($1)`,
      [sectionIds],
    );
    const byId = new Map(revisions.map((r) => [r.id, r]));
    const lost = acknowledged.filter((a) => byId.get(a.revisionId)?.section_id !== a.sectionId || byId.get(a.revisionId)?.text !== a.text);
    expect(lost).toEqual([]);

    // Numbers 1..n per section, no gap, no duplicate; the section points at its newest revision.
    for (const sectionId of sectionIds) {
      const numbers = revisions.filter((r) => r.section_id === sectionId).map((r) => r.number).sort((a, b) => a - b);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      const [section] = await dataSource.query<Array<{ current_revision_id: string | null }>>(
        `SELECT current_revision_id FROM sections WHERE id = $1`,
        [sectionId],
      );
      const newest = revisions.find((r) => r.section_id === sectionId && r.number === numbers.length);
      expect(section!.current_revision_id).toBe(newest?.id ?? null);
    }

    // Every revision has its audit event, written in the same transaction.
    const withoutAudit = await dataSource.query(
      `SELECT r.id FROM revisions r
        WHERE r.section_id = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM audit_events a
                           WHERE a.subject_type = 'Section' AND a.subject_id = r.section_id
                             AND a.action IN ('section.saved', 'section.revision-restored')
                             AND a.data->>'revisionId' = r.id::text)`,
      [sectionIds],
    );
    expect(withoutAudit).toEqual([]);

    // The audit chains hold after concurrent saves and killed transactions (what npm run audit:verify checks).
    const chains = await verifyAuditChains((sql, params) => dataSource.query<AuditChainRow[]>(sql, params));
    expect({ seed: SEED, chains }).toEqual({ seed: SEED, chains: { ok: true, chains: expect.any(Number), rows: expect.any(Number) } });

    // And the restarted server serves that history.
    const history = await gql(`query($id: ID!) { section(id: $id) { revisions { id } } }`, { id: sectionIds[0] }, tokens[0]);
    expect(history!.data!['section'].revisions).toHaveLength(revisions.filter((r) => r.section_id === sectionIds[0]).length);
  }, 240_000);
});

/** How long to let the clients save before the next kill: long enough for saves to land, random so kills fall mid-save. */
function saveWindow(rng: SeededRandom): number {
  return rng.int(400, 1_200);
}
