/** Header of the committed GraphQL schema file; written by `npm run schema:generate` and checked by the drift test (both in foundation.integration-spec.ts). */
export const SCHEMA_HEADER =
  '# Generated from the code-first resolvers by `npm run schema:generate`. Do not edit:\n' +
  '# a test fails when this file and the served schema differ.\n\n';
