// npm run bench, part 3: live updates at scale (issue 13, item 3).
// Two API instances on one database and one Redis (REDIS_URL, default redis://127.0.0.1:6379, under a fresh
// REDIS_PREFIX), 500 graphql-ws subscribers of one profile's events split across both, then saves one after another
// on instance A: delivered / expected (goal 1.000) and the p95 delivery latency (from sending the mutation to a
// subscriber receiving its event) against the mutation's own p95 (goal <= 2x).
// Needs `npm run build:api`, PostgreSQL and Redis.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { benchDatabase, COORDINATOR, fmt, gql, percentile, signIn, startApi, textDoc } from './lib.mjs';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS || 500);
const MUTATIONS = Number(process.env.BENCH_MUTATIONS || 30);
/** apps/web ProfileEvents (libs/web/feature-profiles profile-documents.ts). */
const PROFILE_EVENTS = `subscription ProfileEvents($profileId: ID!) {
  profileEvents(profileId: $profileId) { type profileId sectionId commentId reviewCycleId at actor { id displayName } }
}`;
const redis = { REDIS_URL: process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379', REDIS_PREFIX: `mps-bench-${Date.now()}` };

const db = await benchDatabase('live');
const a = await startApi(db.url, redis);
const b = await startApi(db.url, { ...redis, SEED_DEMO: 'false' });
const clients = [];
try {
  const token = await signIn(a.base, ...COORDINATOR);
  const profile = (await gql(a.base, '{ workspaces { profiles { id } } }', {}, token)).data.workspaces[0].profiles[0];
  const sections = [];
  for (let i = 0; i < MUTATIONS; i += 1) {
    sections.push((await gql(a.base, 'mutation($i: AddSectionInput!) { addSection(input: $i) { id } }', { i: { profileId: profile.id, title: `Live ${i}` } }, token)).data.addSection.id);
  }

  // sectionId -> time the save was sent; each subscriber's receipt of SECTION_SAVED of that section is one delivery.
  const sentAt = new Map();
  const deliveries = [];
  let delivered = 0;
  let failed = 0;
  await Promise.all(Array.from({ length: SUBSCRIBERS }, (_, i) => new Promise((resolve) => {
    const client = createClient({
      url: `${(i % 2 ? b : a).base.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    clients.push(client);
    // The subscription is live once the server has answered the subscribe; graphql-ws says so through `connected`
    // only for the socket, so wait for the socket and give the server a moment below.
    client.on('connected', () => resolve());
    client.subscribe(
      { query: PROFILE_EVENTS, variables: { profileId: profile.id } },
      {
        next: ({ data }) => {
          const event = data?.profileEvents;
          if (event?.type !== 'SECTION_SAVED' || !sentAt.has(event.sectionId)) return;
          deliveries.push(performance.now() - sentAt.get(event.sectionId));
          delivered += 1;
        },
        error: () => { failed += 1; resolve(); },
        complete: () => {},
      },
    );
  })));
  await new Promise((r) => setTimeout(r, 2000));

  const mutationMs = [];
  for (const [i, sectionId] of sections.entries()) {
    const expectedSoFar = (i + 1) * SUBSCRIBERS;
    const t = performance.now();
    sentAt.set(sectionId, t);
    const r = await gql(a.base, 'mutation($i: SaveSectionInput!) { saveSection(input: $i) { id } }', { i: { sectionId, baseRevisionId: null, content: textDoc(600, `Live ${i}. `) } }, token);
    mutationMs.push(performance.now() - t);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    // Wait for this event to reach everyone (at most 5 s) before the next save, as saves by people come.
    for (let waited = 0; delivered < expectedSoFar && waited < 5000; waited += 10) await new Promise((res) => setTimeout(res, 10));
  }
  await new Promise((r) => setTimeout(r, 1000));
  const expected = MUTATIONS * SUBSCRIBERS;
  const mutationP95 = percentile(mutationMs, 95);
  const deliveryP95 = percentile(deliveries, 95);
  console.log(`live updates: ${SUBSCRIBERS} subscribers over 2 instances on one Redis (${failed} failed to subscribe), ${MUTATIONS} saves one after another`);
  console.log(`  delivered / expected: ${delivered} / ${expected} = ${(delivered / expected).toFixed(3)} (goal 1.000)`);
  console.log(`  mutation p50 ${fmt(percentile(mutationMs, 50))}  p95 ${fmt(mutationP95)}`);
  console.log(`  delivery p50 ${fmt(percentile(deliveries, 50))}  p95 ${fmt(deliveryP95)}  = ${(deliveryP95 / mutationP95).toFixed(2)}x the mutation's p95 (goal <= 2x)`);
  if (delivered !== expected) process.exitCode = 1;
} finally {
  await Promise.all(clients.map((c) => c.dispose()));
  await b.stop();
  await a.stop();
  await db.drop();
}
