// Runs the Playwright journeys against the built app in the machine's Chromium.
// Without Chromium they are skipped with a clear message (never a browser download).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

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
const result = spawnSync(process.execPath, [playwright, 'test', '--config', 'apps/web-e2e/playwright.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
