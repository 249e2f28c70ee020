import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { createProjectGraphAsync } from 'nx/src/devkit-exports.js';
import mps from './scripts/eslint/no-jsx-literals.mjs';

// The boundary rule reads Nx's cached project graph and, without one, skips itself with a mere notice; a stale cache
// misses projects added since. Building the graph here makes a bare `npx eslint .` (and editors) enforce the same
// boundaries as `npm run lint`. It reuses Nx's file hashes, so an unchanged workspace costs little.
await createProjectGraphAsync({ exitOnError: true });

/** Frameworks the shared domain must never need: it runs unchanged in the browser and in the API. */
const FRAMEWORK_PACKAGES = ['@nestjs/*', 'typeorm', 'pg', 'react', 'react-dom', '@apollo/*', 'urql', '@urql/*', '@mantine/*', 'ioredis', 'express'];

/** Who may import whom (docs/architecture.md lists the tags); a deep or relative path into another project is refused too. */
const MODULE_BOUNDARIES = [
  // The browser never reaches into the server and the reverse; both share only the pure domain.
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  // Layers. Apps compose everything but other apps and e2e suites.
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: [
      'type:shared-domain', 'type:core', 'type:api-domain', 'type:data', 'type:testing',
      'type:shell', 'type:feature', 'type:ui', 'type:util', 'type:data-access',
    ],
  },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:shared-domain'] },
  // Web: the shell frames features without knowing them; a feature never imports another feature, the shell or the app.
  { sourceTag: 'type:shell', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:data-access', 'type:shared-domain'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:data-access', 'type:shared-domain'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:ui', 'type:data-access', 'type:shared-domain'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:shared-domain'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:shared-domain'] },
  // API: domain libraries build on core; core never imports a domain library.
  { sourceTag: 'type:api-domain', onlyDependOnLibsWithTags: ['type:api-domain', 'type:core', 'type:shared-domain'] },
  { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:api-domain', 'type:core', 'type:shared-domain'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:api-domain', 'type:core', 'type:shared-domain'] },
  { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:shared-domain'] },
  { sourceTag: 'type:shared-domain', onlyDependOnLibsWithTags: ['type:shared-domain'], bannedExternalImports: FRAMEWORK_PACKAGES },
  // Domain direction (reviews -> profiles -> iam, auth -> iam): nothing points back. Same-domain imports stay allowed.
  { sourceTag: 'domain:iam', notDependOnLibsWithTags: ['/^domain:(?!iam$)/'] },
  { sourceTag: 'domain:profiles', notDependOnLibsWithTags: ['/^domain:(?!(iam|profiles)$)/'] },
  { sourceTag: 'domain:reviews', notDependOnLibsWithTags: ['/^domain:(?!(iam|profiles|reviews)$)/'] },
  { sourceTag: 'domain:releases', notDependOnLibsWithTags: ['/^domain:(?!(iam|profiles|reviews|releases)$)/'] },
  { sourceTag: 'domain:audit', notDependOnLibsWithTags: ['/^domain:(?!(iam|audit)$)/'] },
  { sourceTag: 'domain:portal', notDependOnLibsWithTags: ['/^domain:(?!(iam|profiles|reviews|releases|portal)$)/'] },
  { sourceTag: 'domain:exports', notDependOnLibsWithTags: ['/^domain:(?!(iam|profiles|reviews|releases|exports)$)/'] },
  { sourceTag: 'domain:tasks', notDependOnLibsWithTags: ['/^domain:(?!(iam|profiles|reviews|tasks)$)/'] },
  { sourceTag: 'domain:notifications', notDependOnLibsWithTags: ['/^domain:(?!(iam|profiles|reviews|releases|tasks|notifications)$)/'] },
  { sourceTag: 'domain:presence', notDependOnLibsWithTags: ['/^domain:(?!(iam|profiles|presence)$)/'] },
  { sourceTag: 'domain:indicators', notDependOnLibsWithTags: ['/^domain:(?!(iam|profiles|reviews|releases|indicators)$)/'] },
  { sourceTag: 'domain:auth', notDependOnLibsWithTags: ['/^domain:(?!(iam|auth)$)/'] },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'tmp/**',
      '.data/**',
      '.nx/**',
      'libs/web/data-access/src/gql/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@nx': nx },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Module cycles are a design error here, not something to paper over.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@nestjs/common', importNames: ['forwardRef'], message: 'Circular module imports are not allowed: use a domain event or move the shared piece down.' }] },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='forwardRef']", message: 'forwardRef hides a circular dependency: restructure instead.' },
      ],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allowCircularSelfDependency: false,
          banTransitiveDependencies: false,
          depConstraints: MODULE_BOUNDARIES,
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}', 'libs/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Every word a person reads comes from i18n (docs/i18n/README.md); tests may write what they look for.
    files: ['apps/web/src/**/*.tsx', 'libs/web/**/*.tsx'],
    ignores: ['**/*.spec.tsx', '**/test-utils.tsx'],
    plugins: { mps },
    rules: { 'mps/no-jsx-literals': ['error', { allow: ['GMG', 'SDG', 'GCM', 'CSV', 'XLSX', 'PDF', 'DOCX'] }] },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.integration-spec.ts', 'apps/api/test/**/*.ts', 'apps/web-e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
