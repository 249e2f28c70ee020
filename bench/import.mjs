// npm run bench (or on its own: npm run bench:import): importing indicator figures (issue 11, item 4).
// A 10,000-row CSV of figures is checked (the preview: every row, nothing written) and imported (every row in one
// transaction), then imported again (every row replaces the figure it names), against the built server with the demo
// seed. Reports the wall-clock time of each round trip (goal: a few seconds) and the rows it wrote.
// Options: BENCH_IMPORT_ROWS (default 10000), TEST_DATABASE_URL (default the local server).
// Needs `npm run build:api` and PostgreSQL (helpers shared with the other benches: bench/lib.mjs).
import { cpus, loadavg } from 'node:os';
import { COORDINATOR, benchDatabase, gql as post, signIn, startApi } from './lib.mjs';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS || 10_000);

const database = await benchDatabase('import');
const api = await startApi(database.url);
try {
  const gql = (query, variables, token) => post(api.base, query, variables, token);
  const token = await signIn(api.base, ...COORDINATOR);
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
  await api.stop();
  await database.drop();
}
