/** Header of the committed GraphQL schema file; shared by the generator and the drift test. */
export const SCHEMA_HEADER =
  '# Generated from the code-first resolvers by `npm run schema:generate`. Do not edit:\n' +
  '# a test fails when this file and the served schema differ.\n\n';
