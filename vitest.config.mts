import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// One runner for the whole repository (docs/adr/0002-vitest-for-every-test.md).
// API code is compiled by SWC so that Nest's decorator metadata is emitted.

const root = import.meta.dirname;
const { compilerOptions } = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const alias = [
  ...Object.entries(compilerOptions.paths).map(([name, [target]]) => ({ find: name, replacement: resolve(root, target!) })),
  // Nest loads graphql's CommonJS build through Node; our sources must use the
  // same copy, or graphql-js refuses types "from another module or realm".
  { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') },
];

const nestCompiler = swc.vite({
  tsconfigFile: false,
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
  module: { type: 'es6' },
});

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [nestCompiler],
        resolve: { alias },
        test: {
          name: 'unit',
          root,
          environment: 'node',
          include: ['libs/shared/**/src/**/*.spec.ts', 'libs/api/**/src/**/*.spec.ts', 'apps/api/src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
        },
      },
      {
        plugins: [nestCompiler],
        resolve: { alias },
        test: {
          name: 'integration',
          root,
          environment: 'node',
          include: ['apps/api/test/**/*.integration-spec.ts'],
          globalSetup: ['apps/api/test/support/global-setup.ts'],
          // Each file boots the app on its own database; two at a time suit CI's two cores.
          pool: 'forks',
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      'apps/web/vite.config.mts',
    ],
  },
});
