import { expect } from '@jest/globals';
import type { TestApp } from './test-app';

/**
 * The SQL statements one GraphQL operation issues, in order (through TypeORM's logger), for tests that a screen's
 * query does not grow with the number of items it shows (no N+1).
 */
export async function statementsOf(t: TestApp, query: string, variables: Record<string, unknown>, token: string): Promise<{ statements: string[]; data: Record<string, any> }> {
  const logger = t.dataSource.logger;
  const original = logger.logQuery.bind(logger);
  const statements: string[] = [];
  logger.logQuery = (sql, ...rest) => {
    statements.push(sql);
    return original(sql, ...rest);
  };
  try {
    const res = await t.gql(query, variables, token);
    expect(res.errors).toBeUndefined();
    return { statements, data: res.data! };
  } finally {
    logger.logQuery = original;
  }
}
