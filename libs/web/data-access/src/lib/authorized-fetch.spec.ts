import { describe, expect, it, vi } from 'vitest';
import { fetchWithSession, type FetchSession } from './authorized-fetch';

function sessionWith(token: string | null, refreshed: string | null) {
  const session = {
    token,
    getAccessToken: () => session.token,
    refresh: vi.fn(async () => {
      if (!refreshed) return { status: 'rejected' as const };
      session.token = refreshed;
      return { status: 'ok' as const, payload: { accessToken: refreshed } };
    }),
  };
  return session satisfies FetchSession;
}

const authOf = (init: RequestInit | undefined) => new Headers(init?.headers).get('authorization');

describe('fetchWithSession', () => {
  it('sends the access token as a bearer token', async () => {
    const fetchImpl = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => new Response('ok'));
    await fetchWithSession(sessionWith('t-1', null), '/exports/x.csv', {}, fetchImpl);
    expect(authOf(fetchImpl.mock.calls[0]?.[1])).toBe('Bearer t-1');
  });

  it('on 401 refreshes the session once and retries with the new token', async () => {
    const session = sessionWith('old', 'new');
    const fetchImpl = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) =>
      authOf(init) === 'Bearer new' ? new Response('ok') : new Response('', { status: 401 }),
    );
    const response = await fetchWithSession(session, '/exports/x.csv', {}, fetchImpl);
    expect({ status: response.status, calls: fetchImpl.mock.calls.length, refreshes: session.refresh.mock.calls.length }).toEqual({
      status: 200,
      calls: 2,
      refreshes: 1,
    });
  });

  it('answers the 401 when the session cannot be refreshed', async () => {
    const fetchImpl = vi.fn(async () => new Response('', { status: 401 }));
    const response = await fetchWithSession(sessionWith('old', null), '/exports/x.csv', {}, fetchImpl);
    expect({ status: response.status, calls: fetchImpl.mock.calls.length }).toEqual({ status: 401, calls: 1 });
  });
});
