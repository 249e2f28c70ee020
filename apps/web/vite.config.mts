/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const appRoot = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(appRoot, '../..');
const { compilerOptions } = JSON.parse(readFileSync(resolve(repoRoot, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const pathAliases = compilerOptions.paths;
const apiTarget = process.env.MPS_API_URL ?? 'http://localhost:3000';

/** The API paths the dev and preview servers pass to the API (WebSocket too, for subscriptions). */
const apiProxy = {
  '/graphql': { target: apiTarget, changeOrigin: true, ws: true },
  '/health': { target: apiTarget, changeOrigin: true },
  '/exports': { target: apiTarget, changeOrigin: true },
  '/open-data': { target: apiTarget, changeOrigin: true },
  '/portal': { target: apiTarget, changeOrigin: true },
};

export default defineConfig({
  root: appRoot,
  cacheDir: resolve(repoRoot, 'node_modules/.vite/web'),
  plugins: [react()],
  resolve: {
    // The web and shared libraries by their aliases (tsconfig.base.json is the one list).
    alias: Object.fromEntries(
      Object.entries(pathAliases)
        .filter(([name]) => name.startsWith('@mps/web-') || name === '@mps/shared-domain')
        .map(([name, [target]]) => [name, resolve(repoRoot, target!)]),
    ),
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 4200),
    host: 'localhost',
    proxy: apiProxy,
  },
  preview: {
    port: Number(process.env.WEB_PORT ?? 4300),
    host: 'localhost',
    proxy: apiProxy,
  },
  build: {
    outDir: resolve(repoRoot, 'dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks: they change less often than the app and cache well.
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/, priority: 30 },
            { name: 'vendor-mantine', test: /node_modules[\\/](@mantine|@floating-ui|clsx|react-remove-scroll|react-style-singleton|use-callback-ref|use-sidecar|tslib|get-nonce|detect-node-es|react-number-format|react-textarea-autosize)/, priority: 20 },
            { name: 'vendor-apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|@graphql-typed-document-node|tslib)[\\/]/, priority: 20 },
            { name: 'vendor-i18n', test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/, priority: 20 },
            { name: 'vendor-icons', test: /node_modules[\\/]@tabler[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
  test: {
    name: 'web',
    root: repoRoot,
    environment: 'jsdom',
    globals: true,
    css: false,
    include: ['apps/web/src/**/*.spec.{ts,tsx}', 'libs/web/**/src/**/*.spec.{ts,tsx}'],
    setupFiles: [resolve(appRoot, 'src/test-setup.ts')],
    restoreMocks: true,
    testTimeout: 15000,
  },
});
