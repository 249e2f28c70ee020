import { ApolloLink } from '@apollo/client';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print } from 'graphql';
import { Observable } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient, type SessionPayload } from './apollo-client';
import { takeEarlyQuery, type EarlyQuery } from './early-queries';
import { ProfileScreenDocument } from '../gql/graphql';
import { SessionManager } from './session-manager';

/** The early query as the boot script leaves it (apps/web/vite.config.mts: the same print of the generated document). */
const QUERY = print(addTypenameToDocument(ProfileScreenDocument));
const boot = globalThis as { __mpsEarlyQueries?: EarlyQuery[] };
const early = (overrides: Partial<EarlyQuery> = {}): EarlyQuery => ({
  operationName: 'ProfileScreen',
  query: QUERY,
  variables: { id: 'p1' },
  token: 'fresh',
  answer: Promise.resolve({ ok: true, body: { data: { profile: null } } }),
  ...overrides,
});

/** A client signed in with `token`, over a fake server that records what reaches the network. */
function client(token = 'fresh') {
  const sent: Array<{ name: string; query: string; variables: unknown }> = [];
  const link = new ApolloLink((operation) => {
    sent.push({ name: operation.operationName ?? '', query: print(operation.query), variables: operation.variables });
    return new Observable((observer) => {
      observer.next({ data: { profile: null } });
      observer.complete();
    });
  });
  const session = new SessionManager<SessionPayload>({ refresh: vi.fn(), storage: { getItem: () => null, setItem: () => undefined, removeItem: () => undefined }, lock: (_n, fn) => fn() });
  session.signIn({ accessToken: token, user: { __typename: 'User', id: 'u1' } } as SessionPayload);
  return { apollo: createApolloClient({ session, terminatingLink: link }), sent };
}
const ask = (apollo: ReturnType<typeof client>['apollo'], id = 'p1') =>
  apollo.query({ query: ProfileScreenDocument, variables: { id }, fetchPolicy: 'network-only' });

afterEach(() => {
  delete boot.__mpsEarlyQueries;
});

describe('the boot script\'s early queries', () => {
  it('answer the identical first request from the early answer, once (the next asks the server)', async () => {
    boot.__mpsEarlyQueries = [early()];
    const { apollo, sent } = client();
    await expect(ask(apollo)).resolves.toMatchObject({ data: { profile: null } });
    expect(sent).toEqual([]);
    expect(boot.__mpsEarlyQueries).toBeUndefined();
    await ask(apollo);
    expect(sent).toHaveLength(1);
    // The text the boot script sends is the one Apollo sends: the comparison is not vacuous.
    expect(sent[0]!.query).toBe(QUERY);
  });

  it('are dropped when the first request has other variables (it goes to the server)', async () => {
    boot.__mpsEarlyQueries = [early({ variables: { id: 'other' } })];
    const { apollo, sent } = client();
    await ask(apollo);
    expect(sent.map((s) => s.variables)).toEqual([{ id: 'p1' }]);
    expect(boot.__mpsEarlyQueries).toBeUndefined();
  });

  it('are never used with another access token (another user, or a newer session)', async () => {
    boot.__mpsEarlyQueries = [early({ token: 'someone-else' })];
    const { apollo, sent } = client('fresh');
    await ask(apollo);
    expect(sent).toHaveLength(1);
  });

  it('are ignored when their answer is an error or the request failed', async () => {
    boot.__mpsEarlyQueries = [early({ answer: Promise.resolve({ ok: true, body: { data: null, errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }] } }) })];
    const first = client();
    await expect(ask(first.apollo)).resolves.toMatchObject({ data: { profile: null } });
    expect(first.sent).toHaveLength(1);
    boot.__mpsEarlyQueries = [early({ answer: Promise.resolve({ ok: false, body: null }) })];
    const second = client();
    await ask(second.apollo);
    expect(second.sent).toHaveLength(1);
  });

  it('take only an exact match: operation, document text, variables (in any key order) and token', () => {
    const request = { operationName: 'ProfileScreen', query: QUERY, variables: { id: 'p1' }, token: 'fresh' };
    boot.__mpsEarlyQueries = [early({ operationName: 'SectionContent' }), early({ variables: { id: 'p1', extra: 1 } })];
    expect(takeEarlyQuery(request)).toBeUndefined();
    // The mismatching ProfileScreen was taken (dropped); the other operation waits for its own request.
    expect(boot.__mpsEarlyQueries?.map((e) => e.operationName)).toEqual(['SectionContent']);
    boot.__mpsEarlyQueries = [early({ query: `${QUERY} ` })];
    expect(takeEarlyQuery(request)).toBeUndefined();
    boot.__mpsEarlyQueries = [early({ variables: { b: 2, a: 1 } })];
    expect(takeEarlyQuery({ ...request, variables: { a: 1, b: 2 } })).toBeDefined();
    boot.__mpsEarlyQueries = [early()];
    expect(takeEarlyQuery({ ...request, token: null })).toBeUndefined();
    expect(takeEarlyQuery(request)).toBeUndefined();
  });
});
