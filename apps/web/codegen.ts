import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the web app (client preset).
 * Run from the repository root: `graphql-codegen --config apps/web/codegen.ts`.
 * The schema is the one the API commits (code-first, sortSchema).
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.gql',
  documents: [
    'apps/web/src/**/*.tsx',
    'apps/web/src/**/*.ts',
    'libs/web/**/*.ts',
    'libs/web/**/*.tsx',
    '!libs/web/data-access/src/gql/**',
    '!**/*.spec.ts',
    '!**/*.spec.tsx',
  ],
  ignoreNoDocuments: true,
  generates: {
    'libs/web/data-access/src/gql/': {
      preset: 'client',
      presetConfig: {
        gqlTagName: 'graphql',
        // Fragments are colocated with the component that renders them; a parent passes the
        // masked reference and only that component reads the fields (getFragmentData, not a
        // hook, so it may be called in loops and conditions).
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        scalars: { DateTime: 'string', JSON: 'unknown', ID: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        nonOptionalTypename: false,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        defaultScalarType: 'unknown',
        dedupeFragments: true,
      },
    },
  },
};

export default config;
