import { REFRESH_TOKEN_KEY } from './storage-keys';

/** The part of an AuthPayload the session needs. */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

export type RefreshOutcome<P extends TokenPair> =
  /** The server rotated the refresh token: a new pair (and whatever else the payload holds). */
  | { status: 'ok'; payload: P }
  /** The server refused the refresh token (expired, revoked, reused): the session is over. */
  | { status: 'rejected' }
  /** The server could not be reached or failed: keep the refresh token and try later. */
  | { status: 'unavailable' };

export type RefreshFn<P extends TokenPair> = (refreshToken: string) => Promise<RefreshOutcome<P>>;

export type SessionEvent<P extends TokenPair> =
  | { type: 'signed-in'; payload: P }
  | { type: 'refreshed'; payload: P }
  | { type: 'signed-out'; reason: 'logout' | 'expired' | 'other-tab' };

type Listener<P extends TokenPair> = (event: SessionEvent<P>) => void;

/** The parts of `Storage` we use (localStorage in the browser, a Map in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Serialises a critical section across browser tabs (Web Locks API) when available. */
export type CrossTabLock = <T>(name: string, fn: () => Promise<T>) => Promise<T>;

export const webLocks: CrossTabLock = (name, fn) => {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request(name, fn) : fn();
};

export interface SessionManagerOptions<P extends TokenPair> {
  refresh: RefreshFn<P>;
  storage?: KeyValueStorage | null;
  lock?: CrossTabLock;
}

/**
 * Holds the session's tokens: the access token only in memory, the refresh token
 * in localStorage so that a reload can restore the session.
 *
 * `refresh()` is single-flight: however many requests fail with UNAUTHENTICATED at
 * once, one refreshSession call is made and all of them wait for its outcome.
 * Refresh tokens rotate, so the new one always replaces the old one; across tabs a
 * Web Lock serialises rotations and each tab rotates the latest stored token.
 */
export class SessionManager<P extends TokenPair = TokenPair> {
  private accessToken: string | null = null;
  private inflight: Promise<RefreshOutcome<P>> | null = null;
  private readonly listeners = new Set<Listener<P>>();
  private readonly storage: KeyValueStorage | null;
  private readonly lock: CrossTabLock;
  private readonly refreshFn: RefreshFn<P>;

  constructor(options: SessionManagerOptions<P>) {
    this.refreshFn = options.refresh;
    this.storage = options.storage === undefined ? safeLocalStorage() : options.storage;
    this.lock = options.lock ?? webLocks;
  }

  getAccessToken(): string | null {
    return this.accessToken;
  }

  getRefreshToken(): string | null {
    try {
      return this.storage?.getItem(REFRESH_TOKEN_KEY) ?? null;
    } catch {
      return null;
    }
  }

  hasSession(): boolean {
    return this.accessToken !== null;
  }

  /** Starts a session from a login payload. */
  signIn(payload: P): void {
    this.store(payload);
    this.emit({ type: 'signed-in', payload });
  }

  /** Ends the session locally (the caller tells the server, if it can). */
  signOut(reason: 'logout' | 'expired' | 'other-tab' = 'logout'): void {
    const had = this.accessToken !== null || this.getRefreshToken() !== null;
    this.accessToken = null;
    if (reason !== 'other-tab') {
      try {
        this.storage?.removeItem(REFRESH_TOKEN_KEY);
      } catch {
        /* storage unavailable: nothing to remove */
      }
    }
    if (had || reason !== 'expired') this.emit({ type: 'signed-out', reason });
  }

  /**
   * Exchanges the stored refresh token for a new pair. Concurrent callers share
   * one request. A rejected token ends the session; an unreachable server does not.
   */
  refresh(): Promise<RefreshOutcome<P>> {
    if (!this.inflight) {
      this.inflight = this.lock('mps.session.refresh', () => this.doRefresh()).finally(() => {
        this.inflight = null;
      });
    }
    return this.inflight;
  }

  subscribe(listener: Listener<P>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async doRefresh(): Promise<RefreshOutcome<P>> {
    // Read inside the lock: another tab may have rotated the token meanwhile.
    const token = this.getRefreshToken();
    if (!token) {
      this.signOut('expired');
      return { status: 'rejected' };
    }
    let outcome: RefreshOutcome<P>;
    try {
      outcome = await this.refreshFn(token);
    } catch {
      outcome = { status: 'unavailable' };
    }
    if (outcome.status === 'ok') {
      this.store(outcome.payload);
      this.emit({ type: 'refreshed', payload: outcome.payload });
    } else if (outcome.status === 'rejected') {
      this.signOut('expired');
    }
    return outcome;
  }

  private store(payload: P): void {
    this.accessToken = payload.accessToken;
    try {
      this.storage?.setItem(REFRESH_TOKEN_KEY, payload.refreshToken);
    } catch {
      /* storage full or blocked: the session lasts until the page is closed */
    }
  }

  private emit(event: SessionEvent<P>): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}

function safeLocalStorage(): KeyValueStorage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}
