import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NotificationSweep } from '@mps/api-notifications';
import { Fixtures } from '@mps/api-testing';
import { SeededRandom, seedFromEnv } from './support/random';
import { signIn } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Pool hygiene: a burst of mutations from several clients at once, about one in
 * ten refused (a stale base is CONFLICT, invalid content BAD_USER_INPUT, an
 * observer FORBIDDEN, an archived section FAILED_PRECONDITION; several of them
 * thrown inside an open transaction). Afterwards every connection the app holds
 * is back in its pool, none is left `idle in transaction`, and the app holds no
 * more connections than its pool allows.
 */

const SEED = seedFromEnv(1_000);
const MUTATIONS = 1_000;
const CLIENTS = 8;
/** The app's pool size (dataSourceOptions in libs/api/core: extra.max). */
const POOL_MAX = 10;

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const SAVE = `mutation($input: SaveSectionInput!) { saveSection(input: $input) { id } }`;
const RENAME_SECTION = `mutation($id: ID!, $title: String!) { renameSection(id: $id, title: $title) { id } }`;
const RENAME_ORGANIZATION = `mutation($id: ID!, $name: String!) { renameOrganization(id: $id, name: $name) { id } }`;

interface Activity {
  pid: number;
  state: string | null;
  xact_start: Date | null;
  query: string;
}

describe(`pool hygiene under failing mutations (seed ${SEED})`, () => {
  let t: TestApp;
  let monitor: Client;
  let coordinator: string;
  let observer: string;
  let organizationId: string;
  /** One section per client, so that only the planned saves conflict; each with two revisions. */
  const lanes: Array<{ sectionId: string; staleBase: string; base: string }> = [];
  let archivedSectionId: string;

  /** The app's connections to its database, seen from PostgreSQL (the monitor's own left out). */
  const appConnections = async () =>
    (
      await monitor.query<Activity>(
        `SELECT pid, state, xact_start, query FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
        [t.databaseName],
      )
    ).rows;

  beforeAll(async () => {
    t = await startTestApp();
    monitor = new Client({ connectionString: t.databaseUrl });
    await monitor.connect();
    const fx = new Fixtures(t.dataSource);
    const ws = await fx.workspace();
    const ministry = await fx.organization(ws.id);
    organizationId = ministry.id;
    coordinator = (await signIn(t, (await fx.member(ws.id, ministry.id, 'COORDINATOR')).user.email)).accessToken;
    observer = (await signIn(t, (await fx.member(ws.id, ministry.id, 'OBSERVER')).user.email)).accessToken;
    const created = await t.gql(
      `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id sections { id } } }`,
      { input: { workspaceId: ws.id, title: 'Pool profile', edition: '1', templateKey: 'iom-standard' } },
      coordinator,
    );
    const sections = created.data!['createProfile'].sections as Array<{ id: string }>;
    for (const { id } of sections.slice(0, CLIENTS)) {
      const first = await t.gql(SAVE, { input: { sectionId: id, baseRevisionId: null, content: doc('one') } }, coordinator);
      const firstId = first.data!['saveSection'].id as string;
      const second = await t.gql(SAVE, { input: { sectionId: id, baseRevisionId: firstId, content: doc('two') } }, coordinator);
      lanes.push({ sectionId: id, staleBase: firstId, base: second.data!['saveSection'].id as string });
    }
    archivedSectionId = sections[CLIENTS]!.id;
    await t.gql(`mutation($id: ID!) { archiveSection(id: $id) { id } }`, { id: archivedSectionId }, coordinator);
  });
  afterAll(async () => {
    await monitor?.end();
    await t?.close();
  });

  it(`runs ${MUTATIONS} mutations from ${CLIENTS} clients, ~10% refused, and leaves every connection idle in its pool`, async () => {
    const rng = new SeededRandom(SEED);
    const outcomes = new Map<string, number>();
    const mismatches: string[] = [];

    // Each client's plan is drawn up front from the seed, so the same seed gives the same mutations.
    const plans = lanes.map((lane, client) =>
      Array.from({ length: MUTATIONS / CLIENTS }, (_, i) => {
        const roll = rng.next();
        const n = `${client}.${i}`;
        if (roll < 0.04) return { expect: 'CONFLICT', run: () => t.gql(SAVE, { input: { sectionId: lane.sectionId, baseRevisionId: lane.staleBase, content: doc(`stale ${n}`) } }, coordinator) };
        if (roll < 0.06) return { expect: 'BAD_USER_INPUT', run: () => t.gql(SAVE, { input: { sectionId: lane.sectionId, baseRevisionId: lane.base, content: { type: 'doc', content: [{ type: 'nope' }] } } }, coordinator) };
        if (roll < 0.07) return { expect: 'BAD_USER_INPUT', run: () => t.gql(RENAME_SECTION, { id: lane.sectionId, title: '   ' }, coordinator) };
        if (roll < 0.09) return { expect: 'FORBIDDEN', run: () => t.gql(SAVE, { input: { sectionId: lane.sectionId, baseRevisionId: lane.base, content: doc(`observer ${n}`) } }, observer) };
        if (roll < 0.10) return { expect: 'FAILED_PRECONDITION', run: () => t.gql(SAVE, { input: { sectionId: archivedSectionId, baseRevisionId: null, content: doc(`archived ${n}`) } }, coordinator) };
        if (roll < 0.20) return { expect: 'OK', run: () => t.gql(RENAME_SECTION, { id: lane.sectionId, title: `Section ${n}` }, coordinator) };
        if (roll < 0.30) return { expect: 'OK', run: () => t.gql(RENAME_ORGANIZATION, { id: organizationId, name: `Ministry ${n}` }, coordinator) };
        return {
          expect: 'OK',
          run: async () => {
            const res = await t.gql(SAVE, { input: { sectionId: lane.sectionId, baseRevisionId: lane.base, content: doc(`text ${n}`) } }, coordinator);
            if (res.data?.['saveSection']) lane.base = res.data['saveSection'].id as string;
            return res;
          },
        };
      }),
    );

    await Promise.all(
      plans.map(async (plan, client) => {
        for (const [i, step] of plan.entries()) {
          const res = await step.run();
          const got = res.errors?.[0]?.extensions.code ?? 'OK';
          outcomes.set(got, (outcomes.get(got) ?? 0) + 1);
          if (got !== step.expect) mismatches.push(`client ${client} step ${i}: expected ${step.expect}, got ${got} ${JSON.stringify(res.errors)}`);
        }
      }),
    );

    expect({ seed: SEED, mismatches }).toEqual({ seed: SEED, mismatches: [] });
    const refused = MUTATIONS - (outcomes.get('OK') ?? 0);
    expect(refused).toBeGreaterThan(MUTATIONS * 0.07);
    expect(refused).toBeLessThan(MUTATIONS * 0.13);

    // Every connection is back in the pool, and PostgreSQL agrees: idle, outside any transaction. The notifications
    // that the mutations' events started are made in the background: wait for that work to finish first.
    await t.app.get(NotificationSweep).settled();
    const pool = (t.dataSource.driver as unknown as { master: { totalCount: number; idleCount: number; waitingCount: number } }).master;
    expect({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }).toEqual({
      total: pool.totalCount,
      idle: pool.totalCount,
      waiting: 0,
    });
    const connections = await appConnections();
    expect(connections.filter((c) => c.state !== 'idle' || c.xact_start !== null)).toEqual([]);
    expect(connections.length).toBeGreaterThan(0);
    expect(connections.length).toBeLessThanOrEqual(POOL_MAX);
    expect(connections.length).toBe(pool.totalCount);
    // And the app still answers with a connection from that pool.
    expect((await fetch(`${t.baseUrl}/health`)).status).toBe(200);
  }, 300_000);
});
