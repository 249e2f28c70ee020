import { ErrorCode } from '@mps/shared-domain';

/**
 * The only errors services throw on purpose. Each carries a contract error
 * code and a message written for the person using the product; the GraphQL
 * error formatter and the HTTP filter turn them into responses.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'You need to sign in again.') {
    super('UNAUTHENTICATED', message);
  }
}
export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this.') {
    super('FORBIDDEN', message);
  }
}
export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} was not found.`);
  }
}
export class BadUserInputError extends DomainError {
  constructor(message: string, field?: string) {
    super('BAD_USER_INPUT', message, field ? { field } : {});
  }
}
export class ConflictError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('CONFLICT', message, extensions);
  }
}
export class FailedPreconditionError extends DomainError {
  constructor(message: string, blockers: string[]) {
    super('FAILED_PRECONDITION', message, { blockers });
  }
}
export class RateLimitedError extends DomainError {
  constructor(message: string, retryAfterSeconds?: number) {
    super('RATE_LIMITED', message, retryAfterSeconds ? { retryAfterSeconds } : {});
  }
}
