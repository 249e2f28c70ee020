import { ForbiddenException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from '@jest/globals';
import { ConflictError, FailedPreconditionError, NotFoundError } from './domain-errors';
import { formatGraphQLError, toClientError } from './error-mapping';

describe('toClientError', () => {
  it('keeps domain codes, messages and extensions', () => {
    expect(toClientError(new ConflictError('Stale', { currentRevisionId: 'r2' }))).toMatchObject({
      code: 'CONFLICT',
      message: 'Stale',
      extensions: { currentRevisionId: 'r2' },
      internal: false,
    });
    expect(toClientError(new FailedPreconditionError('Not ready', ['A.1 is not approved'])).extensions).toEqual({
      blockers: ['A.1 is not approved'],
    });
  });

  it('unwraps errors thrown inside resolvers', () => {
    const wrapped = new GraphQLError('x', { originalError: new NotFoundError('Profile') });
    expect(toClientError(wrapped)).toMatchObject({ code: 'NOT_FOUND', message: 'Profile was not found.' });
  });

  it('maps Nest HTTP exceptions and request validation to contract codes', () => {
    expect(toClientError(new ForbiddenException()).code).toBe('FORBIDDEN');
    expect(toClientError(new GraphQLError('bad', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })).code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('keeps the limit of a refused query, also when Apollo wraps the rule’s error', () => {
    const rule = new GraphQLError('Query refused: depth', { extensions: { code: 'BAD_USER_INPUT', limit: 'depth', http: { status: 400 } } });
    const wrapped = new GraphQLError(rule.message, { originalError: rule, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(toClientError(wrapped)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { limit: 'depth' } });
    expect(toClientError(wrapped).extensions).not.toHaveProperty('http');
    const tokens = new GraphQLError('Syntax Error: Document contains more that 1000 tokens. Parsing aborted.');
    expect(toClientError(tokens)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { limit: 'tokens' } });
    expect(toClientError(new GraphQLError('Syntax Error: Unexpected "}".')).code).toBe('BAD_USER_INPUT');
  });

  it('answers an exhausted pool or an unreachable database with SERVICE_UNAVAILABLE, and logs it', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    for (const cause of [new Error('timeout exceeded when trying to connect'), refused, Object.assign(new Error('sorry, too many clients already'), { code: '53300' })]) {
      const logged: unknown[] = [];
      const out = formatGraphQLError({ message: cause.message }, cause, (e) => logged.push(e));
      expect({ cause: cause.message, code: out.extensions?.['code'], logged: logged.length }).toEqual({ cause: cause.message, code: 'SERVICE_UNAVAILABLE', logged: 1 });
      expect(out.message).not.toMatch(/5432|ECONN|clients/);
    }
  });

  it('hides everything else behind a generic INTERNAL_SERVER_ERROR and asks for it to be logged', () => {
    const logged: unknown[] = [];
    const out = formatGraphQLError({ message: 'relation "x" does not exist' }, new Error('relation "x" does not exist'), (e) =>
      logged.push(e),
    );
    expect(out.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(out.message).not.toMatch(/relation/);
    expect(logged).toHaveLength(1);
  });
});
