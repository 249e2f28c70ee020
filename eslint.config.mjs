import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
          allow: ['^\\.\\./\\.\\./\\.\\./scripts/.*$', '^\\.\\./\\.\\./src/.*$', '^\\.\\./src/.*$'],
          depConstraints: [
            // Nothing on the web side may reach into the server, and the reverse.
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            // Layers. Apps compose everything below them; nothing imports an app or the journeys.
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:shared-domain',
                'type:core',
                'type:api-domain',
                'type:data',
                'type:testing',
                'type:shell',
                'type:feature',
                'type:ui',
                'type:util',
                'type:data-access',
              ],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:shared-domain'] },
            // Web: the shell and the features sit side by side; a feature never imports another feature or the shell.
            { sourceTag: 'type:shell', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:data-access', 'type:shared-domain'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:data-access', 'type:shared-domain'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:ui', 'type:data-access', 'type:shared-domain'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:shared-domain'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:shared-domain'] },
            // API: domain libraries on core on the shared domain; core never imports a domain library.
            { sourceTag: 'type:api-domain', onlyDependOnLibsWithTags: ['type:api-domain', 'type:core', 'type:shared-domain'] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:api-domain', 'type:core', 'type:shared-domain'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:api-domain', 'type:core', 'type:shared-domain'] },
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:shared-domain'] },
            {
              sourceTag: 'type:shared-domain',
              onlyDependOnLibsWithTags: ['type:shared-domain'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'react', 'react-dom', '@apollo/*', '@mantine/*', 'ioredis', 'express'],
            },
            // API domains point one way (profiles -> iam, auth -> iam); iam depends on no other domain.
            { sourceTag: 'domain:iam', notDependOnLibsWithTags: ['domain:auth', 'domain:profiles'] },
            { sourceTag: 'domain:profiles', notDependOnLibsWithTags: ['domain:auth'] },
            { sourceTag: 'domain:auth', notDependOnLibsWithTags: ['domain:profiles'] },
          ],
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
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.integration-spec.ts', 'apps/api/test/**/*.ts', 'apps/web-e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
