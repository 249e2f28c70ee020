import type { ArgumentsHost } from '@nestjs/common';
import { describe, expect, it } from '@jest/globals';
import { FailedPreconditionError, RateLimitedError } from './domain-errors';
import { HttpExceptionFilter } from './http-exception.filter';

/** A plain HTTP route's refusal as the client sees it: status, headers and the JSON error body. */
function answer(error: unknown): { status: number; headers: Record<string, string>; body: unknown } {
  const seen = { status: 0, headers: {} as Record<string, string>, body: undefined as unknown };
  const response = {
    status(code: number) {
      seen.status = code;
      return this;
    },
    setHeader(name: string, value: string) {
      seen.headers[name] = value;
    },
    json(body: unknown) {
      seen.body = body;
    },
  };
  const host = { getType: () => 'http', switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  new HttpExceptionFilter().catch(error, host);
  return seen;
}

describe('HttpExceptionFilter', () => {
  it('answers RATE_LIMITED with 429 and a Retry-After header of the seconds to wait', () => {
    expect(answer(new RateLimitedError('Busy.', 60))).toEqual({
      status: 429,
      headers: { 'Retry-After': '60' },
      body: { error: { code: 'RATE_LIMITED', message: 'Busy.', retryAfterSeconds: 60 } },
    });
  });

  it('answers FAILED_PRECONDITION with 412 and its blockers, without Retry-After', () => {
    expect(answer(new FailedPreconditionError('Too large.', ['The document is too large.']))).toEqual({
      status: 412,
      headers: {},
      body: { error: { code: 'FAILED_PRECONDITION', message: 'Too large.', blockers: ['The document is too large.'] } },
    });
  });
});
