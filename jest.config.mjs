import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

// Jest runs the API's tests (docs/adr/0002-jest-for-the-api-vitest-for-the-web.md); the web's component tests stay
// on Vitest (vitest.config.mts). Run it through the npm scripts (test:unit uses jest.unit.config.mjs, test:integration
// jest.integration.config.mjs): they set NODE_OPTIONS=--experimental-vm-modules, with which Jest on Node 24 can
// require() the ES-module-only NestJS 12 from our CommonJS-compiled tests.

const root = import.meta.dirname;
const { compilerOptions } = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8'));

const moduleNameMapper = {
  // The workspace aliases of tsconfig.base.json (`@mps/api-core` -> libs/api/core/src/index.ts).
  ...Object.fromEntries(
    Object.entries(compilerOptions.paths).map(([name, [target]]) => [`^${name}$`, resolve(root, target)]),
  ),
  // Nest loads graphql's CommonJS build; our sources must use the same copy,
  // or graphql-js refuses types "from another module or realm".
  '^graphql$': createRequire(import.meta.url).resolve('graphql'),
};

// SWC with legacy decorators and their metadata, which Nest's dependency injection and TypeORM read.
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      swcrc: false,
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ],
};

const common = {
  rootDir: root,
  testEnvironment: 'node',
  // Tests import describe/it/expect from '@jest/globals': no ambient globals.
  injectGlobals: false,
  moduleNameMapper,
  transform,
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/'],
};

/** Options of the run as a whole (Jest reads them only at the top level, not per project). */
export const runner = {
  // Each integration file boots the app on its own database; two at a time suit CI's two cores.
  maxWorkers: 2,
  // A worker that loaded Nest's module graph can take longer than Jest's default 500 ms to terminate on a busy
  // machine (seen on two shared cores); without this Jest kills it and reports a leak that is not there.
  workerGracefulExitTimeout: 5_000,
};

/** `*.spec.ts` beside the code: shared domain, API libraries, scripts. */
export const unit = {
  ...common,
  displayName: 'unit',
  testMatch: [
    '<rootDir>/libs/shared/**/src/**/*.spec.ts',
    '<rootDir>/libs/api/**/src/**/*.spec.ts',
    '<rootDir>/apps/api/src/**/*.spec.ts',
    '<rootDir>/scripts/**/*.spec.ts',
  ],
};

/** The real AppModule against real PostgreSQL; each file clones its own database from a migrated template. */
export const integration = {
  ...common,
  displayName: 'integration',
  testMatch: ['<rootDir>/apps/api/test/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.ts',
  // 30 s per test and hook (Jest has one default for both); hooks that boot the app pass BOOT_TIMEOUT.
  setupFilesAfterEnv: ['<rootDir>/apps/api/test/support/timeouts.ts'],
};

/** Both suites, for a bare `npx jest` (with NODE_OPTIONS=--experimental-vm-modules) and editors. */
export default { ...runner, projects: [unit, integration] };
