// npm run bench, part 2: writes under contention (issue 13, item 2).
// (a) 32 writers at once, each saving its own section of the same profile again and again (each save on top of its
//     own last one): save latency p50 / p99 (goal p99 <= 3x p50).
// (b) 50 saves of one section racing from the same base revision: exactly one winner, 49 CONFLICT.
// Needs `npm run build:api` and PostgreSQL (TEST_DATABASE_URL, default the local server).
import { benchDatabase, COORDINATOR, fmt, gql, percentile, signIn, startApi, textDoc } from './lib.mjs';

const WRITERS = 32;
const SAVES_EACH = Number(process.env.BENCH_SAVES || 15);
const RACERS = 50;
const SAVE = 'mutation($i: SaveSectionInput!) { saveSection(input: $i) { id } }';

const db = await benchDatabase('write');
const api = await startApi(db.url);
try {
  const token = await signIn(api.base, ...COORDINATOR);
  const profile = (await gql(api.base, '{ workspaces { profiles { id } } }', {}, token)).data.workspaces[0].profiles[0];
  const add = (title) => gql(api.base, 'mutation($i: AddSectionInput!) { addSection(input: $i) { id } }', { i: { profileId: profile.id, title } }, token).then((r) => r.data.addSection.id);
  const sections = [];
  for (let i = 0; i < WRITERS + 1; i += 1) sections.push(await add(`Contention ${i}`));

  const latencies = [];
  let failures = 0;
  const started = performance.now();
  await Promise.all(sections.slice(0, WRITERS).map(async (sectionId, w) => {
    let base = null;
    for (let n = 0; n < SAVES_EACH; n += 1) {
      const t = performance.now();
      const r = await gql(api.base, SAVE, { i: { sectionId, baseRevisionId: base, content: textDoc(1700, `Writer ${w}, save ${n}. `) } }, token);
      latencies.push(performance.now() - t);
      if (r.data) base = r.data.saveSection.id;
      else failures += 1;
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  const p50 = percentile(latencies, 50);
  const p99 = percentile(latencies, 99);
  console.log(`writes under contention: ${WRITERS} writers x ${SAVES_EACH} saves on their own sections, ${(latencies.length / seconds).toFixed(0)} saves/s, ${failures} failed`);
  console.log(`  save p50 ${fmt(p50)}  p95 ${fmt(percentile(latencies, 95))}  p99 ${fmt(p99)}  p99/p50 ${(p99 / p50).toFixed(2)}x (goal <= 3x)`);

  // 50 saves racing from the same base revision.
  const raced = sections[WRITERS];
  const base = (await gql(api.base, SAVE, { i: { sectionId: raced, baseRevisionId: null, content: textDoc(300, 'Base. ') } }, token)).data.saveSection.id;
  const answers = await Promise.all(Array.from({ length: RACERS }, (_, i) =>
    gql(api.base, SAVE, { i: { sectionId: raced, baseRevisionId: base, content: textDoc(300, `Racer ${i}. `) } }, token)));
  const winners = answers.filter((r) => r.data?.saveSection).length;
  const conflicts = answers.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length;
  const revisions = (await gql(api.base, 'query($s: ID!) { section(id: $s) { revisions { id } } }', { s: raced }, token)).data.section.revisions.length;
  console.log(`  ${RACERS} racing saves from one base: ${winners} winner, ${conflicts} CONFLICT, ${RACERS - winners - conflicts} other; ${revisions} revisions stored (goal 1 / ${RACERS - 1} / 0 / 2)`);
  if (winners !== 1 || conflicts !== RACERS - 1 || revisions !== 2) process.exitCode = 1;
} finally {
  await api.stop();
  await db.drop();
}
