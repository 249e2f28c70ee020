// npm run bench, part 3: live updates at scale (issue 13, item 3).
// Two API instances on one database and one Redis (REDIS_URL, default redis://127.0.0.1:6379, under a fresh
// REDIS_PREFIX), 500 graphql-ws subscribers of one profile's events split across both, then saves one after another
// on instance A: delivered / expected (goal 1.000) and the p95 delivery latency (from sending the mutation to a
// subscriber receiving its event) against the mutation's own p95 (goal <= 2x).
// The first BENCH_WARMUP saves (default 5) are delivered but not measured: the instances' first events run code
// that was never compiled, their first statements open connections, and with 30 saves those few events made up a
// tenth of every figure. BENCH_MUTATIONS (default 100) saves are measured: a p95 of 30 values was their second worst.
// Needs `npm run build:api`, PostgreSQL and Redis.
import { Worker } from 'node:worker_threads';
import { benchDatabase, COORDINATOR, fmt, gql, percentile, signIn, startApi, textDoc } from './lib.mjs';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS || 500);
const MUTATIONS = Number(process.env.BENCH_MUTATIONS || 100);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
/** Worker threads the subscribers are spread over (bench/live-subscribers.mjs). */
const THREADS = Number(process.env.BENCH_SUBSCRIBER_THREADS || 2);
/** apps/web ProfileEvents (libs/web/feature-profiles profile-documents.ts). */
const PROFILE_EVENTS = `subscription ProfileEvents($profileId: ID!) {
  profileEvents(profileId: $profileId) { type profileId sectionId commentId reviewCycleId at actor { id displayName } }
}`;
const redis = { REDIS_URL: process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379', REDIS_PREFIX: `mps-bench-${Date.now()}` };

const db = await benchDatabase('live');
const a = await startApi(db.url, redis);
const b = await startApi(db.url, { ...redis, SEED_DEMO: 'false' });
const workers = [];
try {
  const token = await signIn(a.base, ...COORDINATOR);
  const profile = (await gql(a.base, '{ workspaces { profiles { id } } }', {}, token)).data.workspaces[0].profiles[0];
  const sections = [];
  for (let i = 0; i < WARMUP + MUTATIONS; i += 1) {
    sections.push((await gql(a.base, 'mutation($i: AddSectionInput!) { addSection(input: $i) { id } }', { i: { profileId: profile.id, title: `Live ${i}` } }, token)).data.addSection.id);
  }

  // The subscribers, half on each instance, spread over BENCH_SUBSCRIBER_THREADS worker threads (bench/live-subscribers.mjs).
  const urls = Array.from({ length: SUBSCRIBERS }, (_, i) => `${(i % 2 ? b : a).base.replace('http', 'ws')}/graphql`);
  const threads = Array.from({ length: THREADS }, (_, t) => {
    const worker = new Worker(new URL('./live-subscribers.mjs', import.meta.url), {
      workerData: { urls: urls.filter((_, i) => i % THREADS === t), token, query: PROFILE_EVENTS, profileId: profile.id },
    });
    workers.push(worker);
    return worker;
  });
  // A thread that fails fails every wait on it (one listener per thread, not one per wait).
  const failures = new Map(threads.map((w) => [w, new Promise((_, reject) => w.once('error', reject))]));
  for (const failure of failures.values()) failure.catch(() => {});
  const nextMessage = (worker, type, test = () => true) =>
    Promise.race([
      failures.get(worker),
      new Promise((resolve) => {
        const onMessage = (m) => {
          if (m.type !== type || !test(m)) return;
          worker.off('message', onMessage);
          resolve(m);
        };
        worker.on('message', onMessage);
      }),
    ]);
  const failed = (await Promise.all(threads.map((w) => nextMessage(w, 'subscribed')))).reduce((n, m) => n + m.failed, 0);
  // graphql-ws says `connected` for the socket only: give the server a moment to have every subscription live.
  await new Promise((r) => setTimeout(r, 2000));

  /** sectionId -> absolute time its save was sent. */
  const sentAt = new Map();
  const mutationMs = [];
  for (const [i, sectionId] of sections.entries()) {
    const measured = i >= WARMUP;
    const allReceived = threads.map((w) => nextMessage(w, 'all-received', (m) => m.sectionId === sectionId));
    const t = performance.now();
    if (measured) sentAt.set(sectionId, performance.timeOrigin + t);
    const r = await gql(a.base, 'mutation($i: SaveSectionInput!) { saveSection(input: $i) { id } }', { i: { sectionId, baseRevisionId: null, content: textDoc(600, `Live ${i}. `) } }, token);
    if (measured) mutationMs.push(performance.now() - t);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    // Wait for this event to reach everyone (at most 5 s) before the next save, as saves by people come.
    await Promise.race([Promise.all(allReceived), new Promise((res) => setTimeout(res, 5000))]);
  }
  await new Promise((r) => setTimeout(r, 1000));
  const deliveries = [];
  for (const w of threads) {
    const done = nextMessage(w, 'received');
    w.postMessage({ type: 'finish' });
    for (const [sectionId, times] of Object.entries((await done).received)) {
      if (sentAt.has(sectionId)) for (const at of times) deliveries.push(at - sentAt.get(sectionId));
    }
  }
  const delivered = deliveries.length;
  const expected = MUTATIONS * SUBSCRIBERS;
  const mutationP95 = percentile(mutationMs, 95);
  const deliveryP95 = percentile(deliveries, 95);
  console.log(`live updates: ${SUBSCRIBERS} subscribers over 2 instances on one Redis (${failed} failed to subscribe) in ${THREADS} client threads, ${MUTATIONS} saves one after another after ${WARMUP} unmeasured`);
  console.log(`  delivered / expected: ${delivered} / ${expected} = ${(delivered / expected).toFixed(3)} (goal 1.000)`);
  console.log(`  mutation p50 ${fmt(percentile(mutationMs, 50))}  p95 ${fmt(mutationP95)}`);
  console.log(`  delivery p50 ${fmt(percentile(deliveries, 50))}  p95 ${fmt(deliveryP95)}  = ${(deliveryP95 / mutationP95).toFixed(2)}x the mutation's p95 (goal <= 2x)`);
  if (delivered !== expected) process.exitCode = 1;
} finally {
  await Promise.all(workers.map((w) => w.terminate()));
  await b.stop();
  await a.stop();
  await db.drop();
}
