// What the benches share: a fresh database per run, the built API in its own process, GraphQL over fetch, and
// autocannon in a process of its own (bench/load.mjs), so that neither server shares a CPU scheduler with the load.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';

export const root = join(import.meta.dirname, '..');
/** The built API the benches run (BENCH_DIST: another build, e.g. to measure before and after a change). */
export const dist = process.env.BENCH_DIST || join(root, 'dist');
export const adminUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
export const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-1234';

export async function admin(sql) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A new empty database; returns its URL and a function that drops it. */
export async function benchDatabase(name) {
  const database = `mps_bench_${name}_${Date.now()}`;
  await admin(`CREATE DATABASE "${database}"`);
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return { url: u.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`) };
}

/** The built API (dist) in its own process, seeded with the demo workspace; resolves when /health answers. */
export async function startApi(databaseUrl, env = {}) {
  const port = 3900 + Math.floor(Math.random() * 90);
  const child = spawn(process.execPath, [...(env.NODE_ARGS ?? []), join(dist, 'api/apps/api/src/main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      SEED_DEMO: 'true',
      LOG_LEVEL: 'error',
      NODE_ENV: 'production',
      JWT_SECRET,
      DATA_DIR: join(root, '.data', 'bench'),
      REDIS_URL: '',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
    if (i > 200 || child.exitCode !== null) throw new Error(`the API did not start on ${base}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    base,
    port,
    child,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

export async function gql(base, query, variables, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

export async function signIn(base, email, password) {
  const r = await gql(base, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: email, p: password });
  if (!r.data) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(r.errors)}`);
  return r.data.login.accessToken;
}
export const COORDINATOR = ['coordinator@demo.example', 'Coordinator-demo-2024'];

/**
 * autocannon against `url` in its own process (bench/load.mjs): `rounds` rounds of `seconds`, the better one kept
 * (the machine is shared; the better round is the less disturbed one). Resolves { rps, p50, p99, errors, non2xx }.
 */
export function autocannon({ url, method = 'GET', headers = {}, body, connections = 16, seconds = Number(process.env.BENCH_SECONDS || 5), rounds = 2 }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'load.mjs')], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load.mjs exited with ${code}`))));
    child.stdin.end(JSON.stringify({ url, method, headers, body, connections, seconds, rounds }));
  });
}

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
export const fmt = (ms) => `${ms.toFixed(1).padStart(7)} ms`;

/** ProseMirror JSON of about `bytes` of text in paragraphs of ~340 characters. */
export function textDoc(bytes, seed = '') {
  const sentence = 'Net migration to the capital region rose while rural areas saw return flows of seasonal workers. ';
  const paragraphs = [];
  for (let total = 0; total < bytes; total += 340) {
    paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text: `${seed}${sentence.repeat(4).slice(0, 340 - seed.length)}` }] });
  }
  return { type: 'doc', content: paragraphs };
}
