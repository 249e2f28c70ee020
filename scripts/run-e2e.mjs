// Runs the Playwright journeys against the built app in the machine's Chromium.
// Without Chromium they are skipped with a clear message (never a browser download).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.log(`\nBROWSER JOURNEYS SKIPPED: no Chromium at ${chromium}.`);
  console.log('Install it with `apt-get install -y chromium` (or set CHROMIUM_PATH) and run `npm run test:e2e`.\n');
  process.exit(process.env.REQUIRE_E2E === 'true' ? 1 : 0);
}
if (!existsSync('dist/api/apps/api/src/main.js') || !existsSync('dist/web/index.html')) {
  console.error('Build first: npm run build');
  process.exit(1);
}
// Playwright's CLI on this same Node (the project's Node 24), not whatever `node` a PATH lookup finds.
const playwright = createRequire(import.meta.url).resolve('@playwright/test/cli');
const args = process.argv.slice(2);
const env = { ...process.env, CHROMIUM_PATH: chromium };
const command = (extraEnv) => [process.execPath, [playwright, 'test', '--config', 'apps/web-e2e/playwright.config.ts', ...args], { env: { ...env, ...extraEnv } }];

// A run of chosen specs (arguments given), or E2E_SPLIT=false: one Playwright, one server, as before.
if (args.length > 0 || process.env.E2E_SPLIT === 'false') {
  const [cmd, cmdArgs, options] = command({});
  process.exit(spawnSync(cmd, cmdArgs, { ...options, stdio: 'inherit' }).status ?? 1);
}

/**
 * The whole suite in two halves at once: the accessibility checks (read-only, a third of the time) and the journeys.
 * Each half is its own Playwright with its own server and database (global-setup.ts), so nothing one does is seen by
 * the other (presence, notifications, edits); the accessibility half mostly waits on the browser while the journeys
 * mostly wait on the server, so the two share two cores well (docs/testing.md).
 */
const halves = [
  { name: 'journeys', label: 'journeys' },
  { name: 'accessibility', label: 'a11y' },
];
const run = ({ name, label }) =>
  new Promise((resolve) => {
    const [cmd, cmdArgs, options] = command({ E2E_SHARD: name });
    const child = spawn(cmd, cmdArgs, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => console.log(`[${label}] ${line}`));
    }
    child.on('close', (code) => resolve({ name, code: code ?? 1 }));
  });
const results = await Promise.all(halves.map(run));
for (const { name, code } of results) console.log(`e2e ${name}: ${code === 0 ? 'passed' : `failed (exit ${code})`}`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
