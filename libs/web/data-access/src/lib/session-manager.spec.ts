import { describe, expect, it, vi } from 'vitest';
import { SessionManager, type AccessPayload, type KeyValueStorage, type RefreshOutcome } from './session-manager';
import { LEGACY_REFRESH_TOKEN_KEY, SESSION_MARKER_KEY } from './storage-keys';

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const noLock = <T,>(_name: string, fn: () => Promise<T>) => fn();
const signedInBefore = () => memoryStorage({ [SESSION_MARKER_KEY]: '1' });

describe('SessionManager', () => {
  it('keeps the access token in memory and only a marker without any secret in localStorage', () => {
    const storage = memoryStorage();
    const session = new SessionManager({ refresh: vi.fn(), storage, lock: noLock });
    session.signIn({ accessToken: 'a1', refreshToken: 'r1' } as AccessPayload);
    expect(session.getAccessToken()).toBe('a1');
    expect(session.hasStoredSession()).toBe(true);
    expect([...storage.data.keys()]).toEqual([SESSION_MARKER_KEY]);
    expect([...storage.data.values()]).toEqual(['1']);
  });

  it('removes a refresh token that an earlier version left in localStorage', () => {
    const storage = memoryStorage({ [LEGACY_REFRESH_TOKEN_KEY]: 'old-secret' });
    new SessionManager({ refresh: vi.fn(), storage, lock: noLock });
    expect(storage.data.has(LEGACY_REFRESH_TOKEN_KEY)).toBe(false);
  });

  it('makes one refresh call for many concurrent callers (single flight) and keeps the new access token', async () => {
    const storage = signedInBefore();
    const pending = deferred<RefreshOutcome<AccessPayload>>();
    const refresh = vi.fn(() => pending.promise);
    const session = new SessionManager({ refresh, storage, lock: noLock });

    const calls = [session.refresh(), session.refresh(), session.refresh()];
    pending.resolve({ status: 'ok', payload: { accessToken: 'a2' } });
    const outcomes = await Promise.all(calls);

    expect(refresh).toHaveBeenCalledTimes(1);
    // No token argument: the browser sends the HttpOnly cookie.
    expect(refresh).toHaveBeenCalledWith();
    expect(outcomes.every((o) => o.status === 'ok')).toBe(true);
    expect(session.getAccessToken()).toBe('a2');
    expect(storage.data.get(SESSION_MARKER_KEY)).toBe('1');
  });

  it('does not ask the server when this browser has no session to restore', async () => {
    const refresh = vi.fn();
    const session = new SessionManager({ refresh, storage: memoryStorage(), lock: noLock });
    await expect(session.refresh()).resolves.toEqual({ status: 'rejected' });
    expect(refresh).not.toHaveBeenCalled();
  });

  it('ends the session when the server rejects the refresh cookie', async () => {
    const storage = signedInBefore();
    const session = new SessionManager({ refresh: async () => ({ status: 'rejected' }), storage, lock: noLock });
    const events: string[] = [];
    session.subscribe((e) => events.push(e.type === 'signed-out' ? `signed-out:${e.reason}` : e.type));

    await expect(session.refresh()).resolves.toEqual({ status: 'rejected' });
    expect(session.getAccessToken()).toBeNull();
    expect(storage.data.has(SESSION_MARKER_KEY)).toBe(false);
    expect(events).toEqual(['signed-out:expired']);
  });

  it('keeps the session marker when the server cannot be reached', async () => {
    const storage = signedInBefore();
    const session = new SessionManager({
      refresh: async () => {
        throw new TypeError('Failed to fetch');
      },
      storage,
      lock: noLock,
    });
    await expect(session.refresh()).resolves.toEqual({ status: 'unavailable' });
    expect(storage.data.get(SESSION_MARKER_KEY)).toBe('1');
  });

  it('signing out removes the marker (which signs other tabs out); a sign-out from another tab leaves it to that tab', () => {
    const storage = memoryStorage();
    const session = new SessionManager({ refresh: vi.fn(), storage, lock: noLock });
    session.signIn({ accessToken: 'a1' });
    session.signOut('other-tab');
    expect(session.getAccessToken()).toBeNull();
    expect(storage.data.has(SESSION_MARKER_KEY)).toBe(true);
    session.signIn({ accessToken: 'a2' });
    session.signOut('logout');
    expect(storage.data.has(SESSION_MARKER_KEY)).toBe(false);
  });

  it('starts a new flight after the previous one settled', async () => {
    let n = 0;
    const refresh = vi.fn(async () => ({ status: 'ok' as const, payload: { accessToken: `a${(n += 1)}` } }));
    const session = new SessionManager({ refresh, storage: signedInBefore(), lock: noLock });
    await Promise.all([session.refresh(), session.refresh()]);
    await Promise.all([session.refresh(), session.refresh()]);
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(session.getAccessToken()).toBe('a2');
  });
});
