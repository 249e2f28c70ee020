import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDataClient, requestText, type SessionPayload } from './graphql-client';
import { takeEarlyQuery, type EarlyQuery } from './early-queries';
import { ProfileScreenDocument } from '../gql/graphql';
import { SessionManager } from './session-manager';

/** The early query as the boot script leaves it (apps/web/vite.config.mts: the same print of the generated document). */
const QUERY = requestText(ProfileScreenDocument);
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
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { operationName: string; query: string; variables: unknown };
    sent.push({ name: body.operationName, query: body.query, variables: body.variables });
    return new Response(JSON.stringify({ data: { profile: null } }), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  const session = new SessionManager<SessionPayload>({ refresh: vi.fn(), storage: { getItem: () => null, setItem: () => undefined, removeItem: () => undefined }, lock: (_n, fn) => fn() });
  session.signIn({ accessToken: token, user: { __typename: 'User', id: 'u1' } } as SessionPayload);
  return { data: createDataClient({ session, fetch }), sent };
}
const ask = (data: ReturnType<typeof client>['data'], id = 'p1') =>
  data.query({ query: ProfileScreenDocument, variables: { id }, fetchPolicy: 'network-only' });

afterEach(() => {
  delete boot.__mpsEarlyQueries;
});

describe('the boot script\'s early queries', () => {
  it('answer the identical first request from the early answer, once (the next asks the server)', async () => {
    boot.__mpsEarlyQueries = [early()];
    const { data, sent } = client();
    await expect(ask(data)).resolves.toMatchObject({ data: { profile: null } });
    expect(sent).toEqual([]);
    expect(boot.__mpsEarlyQueries).toBeUndefined();
    await ask(data);
    expect(sent).toHaveLength(1);
    // The text the boot script sends is the one the client sends: the comparison is not vacuous.
    expect(sent[0]!.query).toBe(QUERY);
  });

  it('are dropped when the first request has other variables (it goes to the server)', async () => {
    boot.__mpsEarlyQueries = [early({ variables: { id: 'other' } })];
    const { data, sent } = client();
    await ask(data);
    expect(sent.map((s) => s.variables)).toEqual([{ id: 'p1' }]);
    expect(boot.__mpsEarlyQueries).toBeUndefined();
  });

  it('are never used with another access token (another user, or a newer session)', async () => {
    boot.__mpsEarlyQueries = [early({ token: 'someone-else' })];
    const { data, sent } = client('fresh');
    await ask(data);
    expect(sent).toHaveLength(1);
  });

  it('are ignored when their answer is an error or the request failed', async () => {
    boot.__mpsEarlyQueries = [early({ answer: Promise.resolve({ ok: true, body: { data: null, errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }] } }) })];
    const first = client();
    await expect(ask(first.data)).resolves.toMatchObject({ data: { profile: null } });
    expect(first.sent).toHaveLength(1);
    boot.__mpsEarlyQueries = [early({ answer: Promise.resolve({ ok: false, body: null }) })];
    const second = client();
    await ask(second.data);
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
