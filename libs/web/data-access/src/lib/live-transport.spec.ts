import { gql } from '@urql/core';
import type { Client, ClientOptions, Sink } from 'graphql-ws';
import { describe, expect, it, vi } from 'vitest';
import { createDataClient, type SessionPayload } from './graphql-client';
import { createLiveTransport, reconnectDelay, subscriptionUrl } from './live-transport';
import { SessionManager, type KeyValueStorage, type RefreshOutcome } from './session-manager';
import { SESSION_MARKER_KEY } from './storage-keys';

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage {
  const data = new Map(Object.entries(initial));
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const user = { __typename: 'User', id: 'u1', email: 'c@example.org', displayName: 'Coordinator', isPlatformAdmin: false, memberships: [] };
const payload = (n: number) => ({ accessToken: `a${n}`, user }) as SessionPayload;

const PING = gql`
  subscription Ping($n: Int) {
    ping(n: $n)
  }
`;

/**
 * A fake graphql-ws: each subscription "connects" with the connectionParams of
 * that moment; the server accepts only the tokens in `valid`.
 */
function fakeWs(valid: Set<string>) {
  const clients: Array<{ options: ClientOptions; terminate: ReturnType<typeof vi.fn>; dispose: ReturnType<typeof vi.fn> }> = [];
  const seen: Array<string | undefined> = [];
  const sinks: Array<Sink> = [];
  const create = (options: ClientOptions): Client => {
    const entry = { options, terminate: vi.fn(), dispose: vi.fn(async () => undefined) };
    clients.push(entry);
    return {
      on: () => () => undefined,
      subscribe: (_payload: unknown, sink: Sink) => {
        let active = true;
        void (async () => {
          const params = typeof options.connectionParams === 'function' ? await options.connectionParams() : options.connectionParams;
          const auth = (params as Record<string, string> | undefined)?.['authorization'];
          seen.push(auth);
          if (!active) return;
          if (!auth || !valid.has(auth)) sink.error([{ message: 'Token expired', extensions: { code: 'UNAUTHENTICATED' } }]);
          else sinks.push(sink);
        })();
        return () => {
          active = false;
        };
      },
      iterate: () => {
        throw new Error('not used');
      },
      terminate: entry.terminate,
      dispose: entry.dispose,
    } as unknown as Client;
  };
  return { create, clients, seen, sinks };
}

/** HTTP is not used by these tests: fail loudly if it is. */
const noHttp = async (): Promise<Response> => {
  throw new Error('HTTP used for a subscription');
};

function setup({
  refresh,
  valid = ['Bearer a2'],
  loadGraphqlWs = false,
}: { refresh?: () => Promise<RefreshOutcome<SessionPayload>>; valid?: string[]; loadGraphqlWs?: boolean } = {}) {
  const ws = fakeWs(new Set(valid));
  // As the app runs it: graphql-ws loaded with the first subscription (here the fake, in its place).
  if (loadGraphqlWs) vi.doMock('graphql-ws/client', () => ({ createClient: ws.create }));
  let n = 1;
  const refreshFn = vi.fn(refresh ?? (async () => ({ status: 'ok' as const, payload: payload(++n) })));
  const session = new SessionManager<SessionPayload>({
    refresh: refreshFn,
    storage: memoryStorage({ [SESSION_MARKER_KEY]: '1' }),
    lock: (_n, fn) => fn(),
  });
  session.signIn(payload(1));
  const live = createLiveTransport({ session, url: 'ws://example.test/graphql', ...(loadGraphqlWs ? {} : { createClient: ws.create }) });
  const client = createDataClient({ session, fetch: noHttp, live });
  let count = 0;
  const listen = () => {
    const received: unknown[] = [];
    const errors: unknown[] = [];
    const sub = client.urql.subscription(PING, { n: ++count }).subscribe((r) => (r.error ? errors.push(r.error) : received.push(r.data)));
    return { received, errors, sub };
  };
  return { ws, session, refreshFn, live, client, listen };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('live transport (graphql-ws)', () => {
  it('derives the WebSocket URL from the page', () => {
    expect(subscriptionUrl('/graphql', { protocol: 'https:', host: 'mps.example.org' })).toBe('wss://mps.example.org/graphql');
    expect(subscriptionUrl('/graphql', { protocol: 'http:', host: 'localhost:3000' })).toBe('ws://localhost:3000/graphql');
  });

  it('backs off exponentially up to 30 s, with jitter', () => {
    expect(reconnectDelay(0, () => 0)).toBe(250);
    expect(reconnectDelay(0, () => 1)).toBe(500);
    expect(reconnectDelay(3, () => 1)).toBe(4000);
    expect(reconnectDelay(20, () => 1)).toBe(30_000);
    expect(reconnectDelay(20, () => 0)).toBe(15_000);
  });

  it('loads graphql-ws with the first subscription, and opens nothing for one that ended before it arrived', async () => {
    const { ws, listen } = setup({ valid: ['Bearer a1'], loadGraphqlWs: true });
    try {
      const gone = listen();
      gone.sub.unsubscribe();
      const { received } = listen();
      await vi.waitFor(() => expect(ws.sinks).toHaveLength(1));
      // One client, for the subscription still listening.
      expect(ws.clients).toHaveLength(1);
      ws.sinks[0]!.next({ data: { ping: 'pong' } });
      await vi.waitFor(() => expect(received).toEqual([{ ping: 'pong' }]));
      expect(gone.received).toEqual([]);
      expect(ws.sinks).toHaveLength(1);
    } finally {
      vi.doUnmock('graphql-ws/client');
    }
  });

  it('connects lazily, with the access token of the moment in connection_init, and retries forever', async () => {
    const { ws, session, listen } = setup({ valid: ['Bearer a1', 'Bearer a2'] });
    expect(ws.clients).toHaveLength(0);
    listen();
    await settle();
    expect(ws.clients).toHaveLength(1);
    const options = ws.clients[0]!.options;
    expect(options.lazy).toBe(true);
    expect(options.retryAttempts).toBe(Number.POSITIVE_INFINITY);
    expect(typeof options.url === 'function' ? await options.url() : options.url).toBe('ws://example.test/graphql');
    const params = () => (typeof options.connectionParams === 'function' ? options.connectionParams() : options.connectionParams);
    expect(await params()).toEqual({ authorization: 'Bearer a1' });
    await session.refresh();
    expect(await params()).toEqual({ authorization: 'Bearer a2' });
  });

  it('restarts the connection when the token is refreshed, and closes it on sign-out', async () => {
    const { ws, session, listen } = setup({ valid: ['Bearer a1', 'Bearer a2'] });
    listen();
    await settle();
    const first = ws.clients[0]!;
    await session.refresh();
    expect(first.terminate).toHaveBeenCalledTimes(1);
    expect(first.dispose).not.toHaveBeenCalled();

    session.signOut('logout');
    expect(first.dispose).toHaveBeenCalledTimes(1);

    // The next session gets a new connection.
    session.signIn(payload(2));
    listen();
    await settle();
    expect(ws.clients).toHaveLength(2);
  });

  it('refreshes once for UNAUTHENTICATED subscriptions (single flight) and resubscribes with the new token', async () => {
    const { ws, refreshFn, listen } = setup();
    const one = listen();
    const two = listen();
    await vi.waitFor(() => expect(ws.sinks).toHaveLength(2));
    expect(refreshFn).toHaveBeenCalledTimes(1);
    expect(ws.seen).toEqual(['Bearer a1', 'Bearer a1', 'Bearer a2', 'Bearer a2']);

    ws.sinks[0]!.next({ data: { ping: 'one' } });
    ws.sinks[1]!.next({ data: { ping: 'two' } });
    expect([...one.received, ...two.received]).toEqual(expect.arrayContaining([{ ping: 'one' }, { ping: 'two' }]));
    expect(one.errors).toEqual([]);
    expect(two.errors).toEqual([]);
  });

  it('passes the error on when the new token is refused too, without signing out', async () => {
    const { ws, session, refreshFn, listen } = setup({
      refresh: async () => ({ status: 'ok', payload: { ...payload(3) } }),
    });
    const stream = listen();
    await vi.waitFor(() => expect(stream.errors).toHaveLength(1));
    expect(refreshFn).toHaveBeenCalledTimes(1);
    expect(ws.seen).toEqual(['Bearer a1', 'Bearer a3']);
    expect(session.hasSession()).toBe(true);
  });

  it('passes the error on when the session cannot be refreshed', async () => {
    const { refreshFn, listen } = setup({ refresh: async () => ({ status: 'unavailable' }) });
    const stream = listen();
    await vi.waitFor(() => expect(stream.errors).toHaveLength(1));
    expect(refreshFn).toHaveBeenCalledTimes(1);
  });
});
