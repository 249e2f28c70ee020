import { expect } from '@jest/globals';
import { NotificationSweep } from '@mps/api-notifications';
import type { TestApp } from './test-app';

/**
 * The SQL statements one GraphQL operation issues, in order (through TypeORM's logger), for tests that a screen's
 * query does not grow with the number of items it shows (no N+1).
 */
export async function statementsOf(
  t: TestApp,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<{ statements: string[]; runners: unknown[]; data: Record<string, any> }> {
  // TypeORM's logger sees every statement of the process, not only this request's: the notification sweep's timer
  // can fire in the middle of a measurement on a slow machine. Background work only ever adds statements, so the
  // fewest of three runs is the request's own count.
  let fewest: Awaited<ReturnType<typeof oneRun>> | null = null;
  for (let run = 0; run < 3; run += 1) {
    const measured = await oneRun(t, query, variables, token);
    if (!fewest || measured.statements.length < fewest.statements.length) fewest = measured;
  }
  return fewest!;
}

async function oneRun(
  t: TestApp,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<{ statements: string[]; runners: unknown[]; data: Record<string, any> }> {
  // The arrangement's mutations nudge the notification dispatcher: let that background work finish first.
  await t.app.get(NotificationSweep).settled();
  const logger = t.dataSource.logger;
  const original = logger.logQuery.bind(logger);
  const statements: string[] = [];
  /** The query runner (connection) of each statement, in the same order: tells the request's from background work. */
  const runners: unknown[] = [];
  logger.logQuery = (sql, parameters, queryRunner) => {
    statements.push(sql);
    runners.push(queryRunner);
    return original(sql, parameters, queryRunner);
  };
  try {
    const res = await t.gql(query, variables, token);
    expect(res.errors).toBeUndefined();
    return { statements, runners, data: res.data! };
  } finally {
    logger.logQuery = original;
  }
}
