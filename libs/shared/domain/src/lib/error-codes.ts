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
  /** The server is overloaded or its database is out of reach for a moment: try again shortly. */
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
