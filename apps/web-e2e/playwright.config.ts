import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser journeys against the built API serving the web app.
 * global-setup.ts (when present) starts the API on a fresh database with the demo
 * seed and sets E2E_BASE_URL; otherwise point E2E_BASE_URL at a running server.
 */
const globalSetupFile = join(__dirname, 'global-setup.ts');
const repoRoot = join(__dirname, '../..');

export default defineConfig({
  testDir: './src',
  outputDir: join(repoRoot, 'tmp/web-e2e/test-results'),
  globalSetup: existsSync(globalSetupFile) ? globalSetupFile : undefined,
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: join(repoRoot, 'tmp/web-e2e/report') }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: process.env.E2E_BASE_URL,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
});
