// npm run bench (or on its own: npm run bench:import): importing indicator figures (issue 11, item 4).
// A 10,000-row CSV of figures is checked (the preview: every row, nothing written) and imported (every row in one
// transaction), then imported again (every row replaces the figure it names), against the built server with the demo
// seed. Reports the wall-clock time of each round trip (goal: a few seconds) and the rows it wrote.
// Options: BENCH_IMPORT_ROWS (default 10000), TEST_DATABASE_URL (default the local server).
// Needs `npm run build:api` and PostgreSQL.
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const root = join(import.meta.dirname, '..');
const adminUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const database = `mps_bench_import_${Date.now()}`;
const ROWS = Number(process.env.BENCH_IMPORT_ROWS || 10_000);

const admin = async (sql) => {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try { await c.query(sql); } finally { await c.end(); }
};
const dbUrl = () => { const u = new URL(adminUrl); u.pathname = `/${database}`; return u.toString(); };

await admin(`CREATE DATABASE "${database}"`);
const port = 3950 + Math.floor(Math.random() * 40);
const server = spawn(process.execPath, [join(root, 'dist/api/apps/api/src/main.js')], {
  env: { ...process.env, DATABASE_URL: dbUrl(), PORT: String(port), SEED_DEMO: 'true', LOG_LEVEL: 'error', NODE_ENV: 'production', JWT_SECRET: 'bench-secret-bench-secret-bench-secret-1234', DATA_DIR: join(root, '.data', 'bench-import') },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  const base = `http://127.0.0.1:${port}`;
  let up = false;
  for (let i = 0; i < 200 && !up; i += 1) {
    up = await fetch(`${base}/health`).then((r) => r.ok, () => false);
    if (!up) await new Promise((r) => setTimeout(r, 300));
  }
  if (!up) throw new Error('The built server did not answer /health: run npm run build:api first.');
  const gql = async (query, variables, token) => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    return res.json();
  };
  const token = (await gql('mutation { login(email: "coordinator@demo.example", password: "Coordinator-demo-2024") { accessToken } }')).data.login.accessToken;
  const workspaces = (await gql('{ workspaces { id kind } }', {}, token)).data.workspaces;
  const workspaceId = workspaces.find((w) => w.kind === 'NATIONAL').id;
  const indicators = (await gql('query($w: ID!) { indicators(workspaceId: $w) { code } }', { w: workspaceId }, token)).data.indicators;

  // Distinct slices: indicator x year x country x sex, all supplied by one organisation of the demo workspace.
  const header = 'indicator_code,period,value,sex,age_group,country,organisation,source_type,source_name,comparability';
  const countries = Array.from({ length: 26 * 26 }, (_, i) => `${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`);
  const lines = [header];
  for (let i = 0; lines.length <= ROWS; i += 1) {
    const code = indicators[i % indicators.length].code;
    const year = 1990 + (Math.floor(i / indicators.length) % 34);
    const country = countries[Math.floor(i / (indicators.length * 34)) % countries.length];
    const sex = ['TOTAL', 'FEMALE', 'MALE'][Math.floor(i / (indicators.length * 34 * countries.length)) % 3];
    lines.push(`${code},${year},${(i * 7) % 100000},${sex},,${country},CMS,survey,Bench survey,comparable`);
  }
  const file = { workspaceId, fileName: `bench-${ROWS}.csv`, contentBase64: Buffer.from(lines.join('\n')).toString('base64') };
  console.log(`import of ${lines.length - 1} rows (${(file.contentBase64.length / 1024 / 1024).toFixed(2)} MB as base64; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs)`);
  const steps = [
    ['preview (check every row, write nothing)', 'query($i: IndicatorDataFileInput!) { indicatorImportPreview(input: $i) { rowCount addCount replaceCount problemCount problems { row column message } } }'],
    ['import (every row in one transaction)', 'mutation($i: IndicatorDataFileInput!) { importIndicatorData(input: $i) { addedCount replacedCount } }'],
    ['import again (every row replaces its figure)', 'mutation($i: IndicatorDataFileInput!) { importIndicatorData(input: $i) { addedCount replacedCount } }'],
  ];
  let failed = false;
  for (const [name, query] of steps) {
    const start = performance.now();
    const res = await gql(query, { i: file }, token);
    const ms = performance.now() - start;
    failed ||= Boolean(res.errors);
    const answer = res.data ? JSON.stringify(Object.values(res.data)[0]).slice(0, 120) : JSON.stringify(res.errors?.[0]?.message);
    console.log(`  ${name.padEnd(46)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${answer}`);
  }
  if (failed) process.exitCode = 1;
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
}
