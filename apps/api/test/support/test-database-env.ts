/**
 * Environment variables through which global-setup.ts tells the test workers (which inherit its environment) where
 * the migrated template database is.
 */
export const TEST_DATABASE_ENV = {
  adminUrl: 'MPS_TEST_PG_ADMIN_URL',
  template: 'MPS_TEST_PG_TEMPLATE',
  runId: 'MPS_TEST_PG_RUN_ID',
} as const;

export function testDatabaseSetting(key: keyof typeof TEST_DATABASE_ENV): string {
  const value = process.env[TEST_DATABASE_ENV[key]];
  if (!value) throw new Error(`${TEST_DATABASE_ENV[key]} is not set: run integration tests through Jest's global setup (npm run test:integration).`);
  return value;
}
