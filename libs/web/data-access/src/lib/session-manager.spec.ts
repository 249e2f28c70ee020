import { describe, expect, it, vi } from 'vitest';
import { SessionManager, type KeyValueStorage, type RefreshOutcome, type TokenPair } from './session-manager';
import { REFRESH_TOKEN_KEY } from './storage-keys';

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

describe('SessionManager', () => {
  it('keeps the access token in memory and the refresh token in localStorage', () => {
    const storage = memoryStorage();
    const session = new SessionManager({ refresh: vi.fn(), storage, lock: noLock });
    session.signIn({ accessToken: 'a1', refreshToken: 'r1' });
    expect(session.getAccessToken()).toBe('a1');
    expect(storage.data.get(REFRESH_TOKEN_KEY)).toBe('r1');
    expect([...storage.data.values()]).not.toContain('a1');
  });

  it('makes one refresh call for many concurrent callers (single flight) and stores the rotated token', async () => {
    const storage = memoryStorage({ [REFRESH_TOKEN_KEY]: 'r1' });
    const pending = deferred<RefreshOutcome<TokenPair>>();
    const refresh = vi.fn(() => pending.promise);
    const session = new SessionManager({ refresh, storage, lock: noLock });

    const calls = [session.refresh(), session.refresh(), session.refresh()];
    pending.resolve({ status: 'ok', payload: { accessToken: 'a2', refreshToken: 'r2' } });
    const outcomes = await Promise.all(calls);

    expect(refresh).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveBeenCalledWith('r1');
    expect(outcomes.every((o) => o.status === 'ok')).toBe(true);
    expect(session.getAccessToken()).toBe('a2');
    expect(storage.data.get(REFRESH_TOKEN_KEY)).toBe('r2');
  });

  it('uses the newest stored token for the next refresh (tokens rotate)', async () => {
    const storage = memoryStorage({ [REFRESH_TOKEN_KEY]: 'r1' });
    let n = 1;
    const refresh = vi.fn(async (_token: string) => {
      n += 1;
      return { status: 'ok' as const, payload: { accessToken: `a${n}`, refreshToken: `r${n}` } };
    });
    const session = new SessionManager({ refresh, storage, lock: noLock });
    await session.refresh();
    await session.refresh();
    expect(refresh.mock.calls.map((c) => c[0])).toEqual(['r1', 'r2']);
    expect(storage.data.get(REFRESH_TOKEN_KEY)).toBe('r3');
  });

  it('ends the session when the server rejects the refresh token', async () => {
    const storage = memoryStorage({ [REFRESH_TOKEN_KEY]: 'r1' });
    const session = new SessionManager({ refresh: async () => ({ status: 'rejected' }), storage, lock: noLock });
    const events: string[] = [];
    session.subscribe((e) => events.push(e.type === 'signed-out' ? `signed-out:${e.reason}` : e.type));

    await expect(session.refresh()).resolves.toEqual({ status: 'rejected' });
    expect(session.getAccessToken()).toBeNull();
    expect(storage.data.has(REFRESH_TOKEN_KEY)).toBe(false);
    expect(events).toEqual(['signed-out:expired']);
  });

  it('keeps the refresh token when the server cannot be reached', async () => {
    const storage = memoryStorage({ [REFRESH_TOKEN_KEY]: 'r1' });
    const session = new SessionManager({
      refresh: async () => {
        throw new TypeError('Failed to fetch');
      },
      storage,
      lock: noLock,
    });
    await expect(session.refresh()).resolves.toEqual({ status: 'unavailable' });
    expect(storage.data.get(REFRESH_TOKEN_KEY)).toBe('r1');
  });

  it('starts a new flight after the previous one settled', async () => {
    const storage = memoryStorage({ [REFRESH_TOKEN_KEY]: 'r1' });
    const refresh = vi.fn(async (token: string) => ({
      status: 'ok' as const,
      payload: { accessToken: `access-for-${token}`, refreshToken: `${token}+` },
    }));
    const session = new SessionManager({ refresh, storage, lock: noLock });
    await Promise.all([session.refresh(), session.refresh()]);
    await Promise.all([session.refresh(), session.refresh()]);
    expect(refresh).toHaveBeenCalledTimes(2);
  });
});
