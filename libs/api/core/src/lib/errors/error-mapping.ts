import { HttpException } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ERROR_CODES, ErrorCode } from '@mps/shared-domain';
import { DomainError } from './domain-errors';

export interface ClientError {
  code: ErrorCode | 'INTERNAL_SERVER_ERROR';
  message: string;
  extensions: Record<string, unknown>;
  /** True when the cause is ours, not the client's: log it, hide its details. */
  internal: boolean;
}

const INTERNAL_MESSAGE = 'Something went wrong on our side. Please try again; if it keeps happening, tell your coordinator.';

/** Apollo's own codes for requests that never reached a resolver. */
const APOLLO_INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMITED',
};

/** Extensions a GraphQLError may carry through to the client (never `http`, `stacktrace` or internals). */
const CLIENT_EXTENSIONS = ['field', 'limit'] as const;

function clientExtensions(error: GraphQLError): Record<string, unknown> {
  return Object.fromEntries(
    CLIENT_EXTENSIONS.filter((key) => error.extensions?.[key] !== undefined).map((key) => [key, error.extensions[key]]),
  );
}

/** graphql-js's parser refusing a query over a limit of QUERY_LIMITS, and which one. */
const PARSER_LIMITS: Array<[RegExp, string]> = [
  [/^Syntax Error: Document contains more th(an|at) \d+ tokens/, 'tokens'],
  [/^Syntax Error: Document contains more than \d+ comments/, 'comments'],
  [/^Syntax Error: Source contains more than \d+ UTF-16 code units/, 'length'],
];

const UNAVAILABLE_MESSAGE = 'The service is busy or briefly out of reach. Please try again in a moment.';

/**
 * The database could not be reached or gave no connection in time: the server's
 * state for a moment, not a bug and not the client's fault. pg's pool says
 * "timeout exceeded when trying to connect"; PostgreSQL refuses with 53300
 * (too many connections) or 57P03 (starting up / shutting down); the socket
 * with ECONNREFUSED or ECONNRESET.
 */
function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (
    /^timeout exceeded when trying to connect$|^Connection terminated due to connection timeout$/.test(error.message) ||
    code === '53300' ||
    code === '57P03' ||
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET'
  );
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

/**
 * The one place where any thrown thing becomes what a client may see.
 * Domain errors keep their code and message; malformed requests become
 * BAD_USER_INPUT; everything else is INTERNAL_SERVER_ERROR with a generic message.
 */
export function toClientError(error: unknown): ClientError {
  if (error instanceof DomainError) {
    return { code: error.code, message: error.message, extensions: error.extensions, internal: false };
  }
  if (error instanceof HttpException) {
    const code = HTTP_STATUS_CODES[error.getStatus()];
    if (code) return { code, message: error.message, extensions: {}, internal: false };
  }
  if (error instanceof GraphQLError) {
    // Apollo wraps validation errors (query limits included) around the rule's own error.
    const original = error.originalError;
    if (original && (!(original instanceof GraphQLError) || isErrorCode(original.extensions?.['code']))) {
      return toClientError(original);
    }
    const code = error.extensions?.['code'];
    if (isErrorCode(code)) return { code, message: error.message, extensions: clientExtensions(error), internal: false };
    const parserLimit = PARSER_LIMITS.find(([pattern]) => pattern.test(error.message))?.[1];
    if (parserLimit) {
      return { code: 'BAD_USER_INPUT', message: error.message, extensions: { limit: parserLimit }, internal: false };
    }
    if (typeof code === 'string' && APOLLO_INPUT_CODES.has(code)) {
      return { code: 'BAD_USER_INPUT', message: error.message, extensions: {}, internal: false };
    }
    // Variables that fail coercion and syntax errors (graphql-ws) are reported by graphql-js without a code.
    if (!error.originalError && /^Syntax Error: |Variable "\$|got invalid value|Expected type|Cannot query field|Unknown argument/i.test(error.message)) {
      return { code: 'BAD_USER_INPUT', message: error.message, extensions: {}, internal: false };
    }
  }
  if (isDatabaseUnavailable(error)) {
    // Logged (an operator wants to know), but answered with a code a client can retry on.
    return { code: 'SERVICE_UNAVAILABLE', message: UNAVAILABLE_MESSAGE, extensions: {}, internal: true };
  }
  if (error instanceof SyntaxError && 'body' in error) {
    return { code: 'BAD_USER_INPUT', message: 'The request body is not valid JSON.', extensions: {}, internal: false };
  }
  return { code: 'INTERNAL_SERVER_ERROR', message: INTERNAL_MESSAGE, extensions: {}, internal: true };
}

/** Apollo `formatError`: shapes every GraphQL error; logs the ones that are our fault. */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logInternal: (error: unknown) => void,
): GraphQLFormattedError {
  const mapped = toClientError(error);
  if (mapped.internal) logInternal(error);
  return {
    message: mapped.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { ...mapped.extensions, code: mapped.code },
  };
}
