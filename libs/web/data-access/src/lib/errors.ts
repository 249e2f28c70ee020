import { CombinedError } from '@urql/core';
import type { ErrorCode } from '@mps/shared-domain';
import { ERROR_CODES } from '@mps/shared-domain';

/** What went wrong with a request, reduced to what a screen needs to decide what to say. */
export interface RequestProblem {
  /** One of the contract's error codes, 'NETWORK' when the server could not be reached or answered badly, or 'UNKNOWN'. */
  code: ErrorCode | 'NETWORK' | 'UNKNOWN';
  /** The server's own message (human-readable for BAD_USER_INPUT, CONFLICT, FAILED_PRECONDITION). */
  message: string;
  /** extensions.blockers for FAILED_PRECONDITION. */
  blockers: string[];
  /** extensions.field when the server names the offending argument. */
  field?: string;
  /** Seconds to wait, when the server says (RATE_LIMITED). */
  retryAfterSeconds?: number;
  /** Why an e-mailed link cannot be used (FAILED_PRECONDITION): EXPIRED, USED, or SIGN_IN (the e-mail has an account). */
  linkState?: string;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Reads the first GraphQL error's extensions.code and message from anything a request may throw or return. */
export function describeError(error: unknown): RequestProblem {
  if (error instanceof CombinedError && error.graphQLErrors.length > 0) {
    const first = error.graphQLErrors[0];
    const ext = (first?.extensions ?? {}) as Record<string, unknown>;
    const code = isErrorCode(ext['code']) ? ext['code'] : 'UNKNOWN';
    const blockers = Array.isArray(ext['blockers']) ? ext['blockers'].filter((b): b is string => typeof b === 'string') : [];
    const field = typeof ext['field'] === 'string' ? ext['field'] : undefined;
    const retry = ext['retryAfterSeconds'] ?? ext['retryAfter'];
    return {
      code,
      message: first?.message ?? '',
      blockers,
      field,
      ...(typeof ext['linkState'] === 'string' ? { linkState: ext['linkState'] } : {}),
      retryAfterSeconds: typeof retry === 'number' && Number.isFinite(retry) ? retry : undefined,
    };
  }
  if (error instanceof CombinedError || error instanceof TypeError) {
    const cause = error instanceof CombinedError ? error.networkError : error;
    return { code: 'NETWORK', message: cause?.message ?? '', blockers: [] };
  }
  return { code: 'UNKNOWN', message: error instanceof Error ? error.message : String(error ?? ''), blockers: [] };
}

/** True when the error (or any of its GraphQL errors) carries the given code. */
export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return (
    error instanceof CombinedError &&
    error.graphQLErrors.some((e) => (e.extensions as Record<string, unknown> | undefined)?.['code'] === code)
  );
}

/** The first GraphQL error's extensions (what the server added to its message), or {} for any other failure. */
export function errorExtensions(error: unknown): Record<string, unknown> {
  if (!(error instanceof CombinedError)) return {};
  return (error.graphQLErrors[0]?.extensions ?? {}) as Record<string, unknown>;
}
