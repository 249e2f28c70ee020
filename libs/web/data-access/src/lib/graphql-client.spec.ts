import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDataClient, createFetchRefresh } from './graphql-client';
import { getFragmentData } from '../gql';
import { LOGOUT_MUTATION, ME_QUERY, MY_WORKSPACES_QUERY, SESSION_USER_FIELDS } from './session-documents';
import { SessionManager, type KeyValueStorage } from './session-manager';
import { SESSION_MARKER_KEY } from './storage-keys';
import type { SessionPayload } from './graphql-client';
import { UNKEYED_TYPES } from './unkeyed-types';

function memoryStorage(initial: Record<string, string>): KeyValueStorage {
  const data = new Map(Object.entries(initial));
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const user = { __typename: 'User', id: 'u1', email: 'c@example.org', displayName: 'Coordinator', isPlatformAdmin: false, locale: null, memberships: [] };

/** A fake server behind fetch: accepts only `Bearer good`, answers UNAUTHENTICATED otherwise. */
function fakeServer() {
  const seen: Array<string | undefined> = [];
  const headersSeen: Array<Record<string, string>> = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const auth = headers['authorization'];
    seen.push(auth);
    headersSeen.push(headers);
    const { operationName } = JSON.parse(String(init?.body)) as { operationName: string };
    const body =
      auth !== 'Bearer good'
        ? { errors: [{ message: 'Token expired', extensions: { code: 'UNAUTHENTICATED' } }] }
        : operationName === 'Me'
          ? { data: { me: user } }
          : operationName === 'Logout'
            ? { data: { logout: true } }
            : { data: { workspaces: [] } };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return { fetch, seen, headersSeen };
}

describe('GraphQL client auth', () => {
  it('sends the access token as a Bearer header', async () => {
    const { fetch, seen } = fakeServer();
    const session = new SessionManager<SessionPayload>({ refresh: vi.fn(), storage: memoryStorage({}), lock: (_n, fn) => fn() });
    session.signIn({ accessToken: 'good', user } as SessionPayload);
    const client = createDataClient({ session, fetch });
    const result = await client.query({ query: ME_QUERY, fetchPolicy: 'network-only' });
    expect(getFragmentData(SESSION_USER_FIELDS, result.data.me)?.id).toBe('u1');
    expect(seen).toEqual(['Bearer good']);
  });

  it('refreshes once for concurrent UNAUTHENTICATED failures and retries each request', async () => {
    const { fetch, seen } = fakeServer();
    const refresh = vi.fn(async () => ({
      status: 'ok' as const,
      payload: { accessToken: 'good', user } as SessionPayload,
    }));
    const storage = memoryStorage({ [SESSION_MARKER_KEY]: '1' });
    const session = new SessionManager<SessionPayload>({ refresh, storage, lock: (_n, fn) => fn() });
    session.signIn({ accessToken: 'expired', user } as SessionPayload);
    const client = createDataClient({ session, fetch });

    const [me, workspaces] = await Promise.all([
      client.query({ query: ME_QUERY, fetchPolicy: 'network-only' }),
      client.query({ query: MY_WORKSPACES_QUERY, fetchPolicy: 'network-only' }),
    ]);

    expect(refresh).toHaveBeenCalledTimes(1);
    expect(getFragmentData(SESSION_USER_FIELDS, me.data.me)?.displayName).toBe('Coordinator');
    expect(workspaces.data.workspaces).toEqual([]);
    expect(seen.filter((h) => h === 'Bearer good')).toHaveLength(2);
    expect(storage.getItem(SESSION_MARKER_KEY)).toBe('1');
  });

  it('signs out when the refresh token is refused', async () => {
    const { fetch } = fakeServer();
    const storage = memoryStorage({ [SESSION_MARKER_KEY]: '1' });
    const session = new SessionManager<SessionPayload>({
      refresh: async () => ({ status: 'rejected' }),
      storage,
      lock: (_n, fn) => fn(),
    });
    session.signIn({ accessToken: 'expired', user } as SessionPayload);
    const signedOut = vi.fn();
    session.subscribe((e) => e.type === 'signed-out' && signedOut(e.reason));
    const client = createDataClient({ session, fetch });

    await expect(client.query({ query: ME_QUERY, fetchPolicy: 'network-only' })).rejects.toThrow();
    expect(signedOut).toHaveBeenCalledWith('expired');
    expect(session.getAccessToken()).toBeNull();
    expect(storage.getItem(SESSION_MARKER_KEY)).toBeNull();
  });

  it('sends the cookie transport header with the session operations only', async () => {
    const { fetch, headersSeen } = fakeServer();
    const session = new SessionManager<SessionPayload>({ refresh: vi.fn(), storage: memoryStorage({}), lock: (_n, fn) => fn() });
    session.signIn({ accessToken: 'good', user } as SessionPayload);
    const client = createDataClient({ session, fetch });
    await client.query({ query: ME_QUERY, fetchPolicy: 'network-only' });
    await client.mutate({ mutation: LOGOUT_MUTATION });
    expect(headersSeen.map((h) => h['x-refresh-token-transport'])).toEqual([undefined, 'cookie']);
  });

  it('calls refreshSession outside the client, with the refresh cookie and not a token, and classifies the answer', async () => {
    const answer = (body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status: 200 }));
    const ok = answer({ data: { refreshSession: { accessToken: 'a', user } } });
    await expect(createFetchRefresh('/graphql', ok)()).resolves.toMatchObject({ status: 'ok' });
    const [url, init] = ok.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['x-refresh-token-transport']).toBe('cookie');
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
    const sent = JSON.parse(String(init.body));
    expect(sent.variables).toEqual({});
    expect(sent.query).toContain('refreshSession {');
    expect(sent.query).not.toContain('refreshToken');
    // Asked with __typename so that the user can be written to the cache as `me`.
    expect(sent.query).toContain('__typename');

    const refused = answer({ data: null, errors: [{ message: 'Revoked', extensions: { code: 'UNAUTHENTICATED' } }] });
    await expect(createFetchRefresh('/graphql', refused)()).resolves.toEqual({ status: 'rejected' });

    const down = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(createFetchRefresh('/graphql', down)()).resolves.toEqual({ status: 'unavailable' });
  });

  it('signs out when a refreshed token is refused too, and not when the refresh itself failed', async () => {
    const { fetch } = fakeServer();
    const storage = memoryStorage({ [SESSION_MARKER_KEY]: '1' });
    // The refresh "succeeds" but its token is no better: the server still refuses.
    const session = new SessionManager<SessionPayload>({
      refresh: async () => ({ status: 'ok', payload: { accessToken: 'also-expired', user } as SessionPayload }),
      storage,
      lock: (_n, fn) => fn(),
    });
    session.signIn({ accessToken: 'expired', user } as SessionPayload);
    const signedOut = vi.fn();
    session.subscribe((e) => e.type === 'signed-out' && signedOut(e.reason));
    await expect(createDataClient({ session, fetch }).query({ query: ME_QUERY, fetchPolicy: 'network-only' })).rejects.toThrow();
    expect(signedOut).toHaveBeenCalledWith('expired');

    const offline = new SessionManager<SessionPayload>({ refresh: async () => ({ status: 'unavailable' }), storage: memoryStorage({}), lock: (_n, fn) => fn() });
    offline.signIn({ accessToken: 'expired', user } as SessionPayload);
    await expect(createDataClient({ session: offline, fetch }).query({ query: ME_QUERY, fetchPolicy: 'network-only' })).rejects.toThrow();
    expect(offline.hasSession()).toBe(true);
  });

  it('sends every request as a POST (the boot script\'s early requests are POSTs)', async () => {
    const { fetch } = fakeServer();
    const session = new SessionManager<SessionPayload>({ refresh: vi.fn(), storage: memoryStorage({}), lock: (_n, fn) => fn() });
    session.signIn({ accessToken: 'good', user } as SessionPayload);
    await createDataClient({ session, fetch }).query({ query: ME_QUERY, fetchPolicy: 'network-only' });
    expect((fetch.mock.calls[0]![1] as RequestInit).method).toBe('POST');
  });

  it('takes the boot script\'s early refresh once, then asks the server itself', async () => {
    const boot = globalThis as { __mpsSessionStart?: Promise<unknown> };
    boot.__mpsSessionStart = Promise.resolve({ ok: true, body: { data: { refreshSession: { accessToken: 'early', user } } } });
    const network = vi.fn(async () => new Response(JSON.stringify({ data: { refreshSession: { accessToken: 'later', user } } }), { status: 200 }));
    const refresh = createFetchRefresh('/graphql', network);
    await expect(refresh()).resolves.toMatchObject({ status: 'ok', payload: { accessToken: 'early' } });
    expect(network).not.toHaveBeenCalled();
    expect(boot.__mpsSessionStart).toBeUndefined();
    await expect(refresh()).resolves.toMatchObject({ status: 'ok', payload: { accessToken: 'later' } });
    expect(network).toHaveBeenCalledTimes(1);

    // A refused or failed early refresh is classified like any other answer.
    boot.__mpsSessionStart = Promise.resolve({ ok: true, body: { data: null, errors: [{ message: 'Revoked', extensions: { code: 'UNAUTHENTICATED' } }] } });
    await expect(createFetchRefresh('/graphql', network)()).resolves.toEqual({ status: 'rejected' });
    boot.__mpsSessionStart = Promise.resolve({ ok: false, body: null });
    await expect(createFetchRefresh('/graphql', network)()).resolves.toEqual({ status: 'unavailable' });
    expect(network).toHaveBeenCalledTimes(1);
  });
});

describe('the normalised cache', () => {
  it('lists every object type of the schema that has no id, and no other', () => {
    const schema = readFileSync(resolve(__dirname, '../../../../../apps/api/schema.gql'), 'utf8');
    const types = [...schema.matchAll(/^type (\w+)[^{]*\{([\s\S]*?)^\}/gm)]
      .filter(([, name]) => !['Query', 'Mutation', 'Subscription'].includes(name!))
      .filter(([, , body]) => !/^\s+id: /m.test(body!))
      .map(([, name]) => name);
    expect([...UNKEYED_TYPES].sort()).toEqual(types.sort());
  });
});
