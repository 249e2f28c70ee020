/**
 * The error codes of the public API contract (extensions.code), explained in docs/api.md.
 * A request over a query limit (size, depth, aliases, cost, one login) is BAD_USER_INPUT
 * with `extensions.limit` naming the limit.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'FAILED_PRECONDITION',
  'RATE_LIMITED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
