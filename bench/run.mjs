// npm run bench: measures what users feel, outside the test suite. The profile read, writes under contention and
// live updates are bench/profile-read.mjs, bench/contention.mjs and bench/live.mjs (docs/performance.md).
// 3. Hostile queries (issue 12, item 1 a-d): time until the server refuses each one
//    (goal < 100 ms), and how long /health takes to answer while they are in flight.
// The import of indicator figures is measured by bench/import.mjs (npm run bench runs both).
// Needs `npm run build:api` and PostgreSQL (TEST_DATABASE_URL, default the local server).
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const root = join(import.meta.dirname, '..');
const adminUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const database = `mps_bench_${Date.now()}`;

const admin = async (sql) => {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try { await c.query(sql); } finally { await c.end(); }
};
const dbUrl = () => { const u = new URL(adminUrl); u.pathname = `/${database}`; return u.toString(); };

await admin(`CREATE DATABASE "${database}"`);
const port = 3900 + Math.floor(Math.random() * 50);
const server = spawn(process.execPath, [join(root, 'dist/api/apps/api/src/main.js')], {
  env: { ...process.env, DATABASE_URL: dbUrl(), PORT: String(port), SEED_DEMO: 'true', LOG_LEVEL: 'error', NODE_ENV: 'production', JWT_SECRET: 'bench-secret-bench-secret-bench-secret-1234', DATA_DIR: join(root, '.data', 'bench') },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  const gql = async (query, variables, token) => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    return res.json();
  };
  const login = await gql('mutation { login(email: "coordinator@demo.example", password: "Coordinator-demo-2024") { accessToken } }');
  const token = login.data.login.accessToken;
  const ws = await gql('{ workspaces { profiles { id sections { id title } } } }', {}, token);
  const profile = ws.data.workspaces[0].profiles[0];
  const section = profile.sections.find((s) => s.title === 'Return migration');

  // 3. Time to refuse. Each probe is sent REPEAT times in a row; the median and worst are reported.
  const REPEAT = 7;
  const observer = (await gql('mutation { login(email: "observer@demo.example", password: "Observer-demo-2024") { accessToken } }')).data.login.accessToken;
  const workspaceId = (await gql('{ workspaces { id } }', {}, observer)).data.workspaces[0].id;
  // Two revisions to diff: the first section of the demo that has them (which sections the demo fills changes with the seed).
  let revisions = [];
  for (const candidate of [section, ...profile.sections].filter(Boolean)) {
    revisions = (await gql('query($id: ID!) { section(id: $id) { revisions { id } } }', { id: candidate.id }, token)).data.section.revisions;
    if (revisions.length >= 2) break;
  }
  if (revisions.length === 0) throw new Error('bench/run.mjs: no section of the demo profile has a revision to diff');
  let nested = 'id';
  for (let i = 0; i < 5; i += 1) nested = `members { user { memberships { workspace { ${nested} } } } }`;
  const chain = Array.from({ length: 500 }, (_, i) => (i === 499 ? `fragment F${i} on User { id }` : `fragment F${i} on User { id memberships { user { ...F${i + 1} } } }`));
  const diff = `diffRevisions(fromId: "${revisions.at(-1).id}", toId: "${revisions[0].id}") { hunks { op text } }`;
  const probes = [
    ['(a) members nested 5 levels (observer)', `query($id: ID!) { workspace(id: $id) { ${nested} } }`, { id: workspaceId }, observer],
    ['(b) chain of 500 fragments', `query { me { ...F0 } } ${chain.join(' ')}`, {}, observer],
    ['(c) 1,000 aliases of diffRevisions', `query { ${Array.from({ length: 1000 }, (_, i) => `a${i}: ${diff}`).join(' ')} }`, {}, observer],
    ['(d) anonymous ~3 MB { me { id id ... } }', `{ me { ${'id '.repeat(1_040_000)}} }`, {}, undefined],
  ];
  const timed = async (send) => { const start = performance.now(); const result = await send(); return [performance.now() - start, result]; };
  const stats = (ms) => { const sorted = [...ms].sort((x, y) => x - y); return { median: sorted[Math.floor(sorted.length / 2)], worst: sorted.at(-1) }; };
  // The body is serialised once, outside the timing: what is measured is the round trip and the server's work.
  const post = (body, bearer) => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) }, body }).then((r) => r.json());
  console.log(`time to refuse (${REPEAT} runs each, goal < 100 ms; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs)`);
  for (const [name, query, variables, bearer] of probes) {
    const runs = [];
    let answer;
    const body = JSON.stringify({ query, variables });
    for (let i = 0; i < REPEAT; i += 1) {
      const [ms, res] = await timed(() => post(body, bearer));
      runs.push(ms);
      answer = res.errors?.[0]?.extensions;
    }
    const { median, worst } = stats(runs);
    console.log(`  ${name.padEnd(46)} median ${median.toFixed(1).padStart(7)} ms, worst ${worst.toFixed(1).padStart(7)} ms  ${answer?.code}/${answer?.limit}`);
  }
  // /health while the four probes are sent 3 times each, all at once.
  const inFlight = Promise.all(probes.flatMap(([, query, variables, bearer]) => [1, 2, 3].map(() => gql(query, variables, bearer))));
  const healthMs = [];
  let settled = false;
  void inFlight.then(() => (settled = true));
  while (!settled) {
    const [ms] = await timed(() => fetch(`${base}/health`).then((r) => r.text()));
    healthMs.push(ms);
  }
  await inFlight;
  const health = stats(healthMs);
  console.log(`/health during 12 hostile requests: ${healthMs.length} answers, median ${health.median.toFixed(1)} ms, worst ${health.worst.toFixed(1)} ms`);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
}
