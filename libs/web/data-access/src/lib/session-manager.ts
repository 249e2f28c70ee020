import { LEGACY_REFRESH_TOKEN_KEY, SESSION_MARKER_KEY, SESSION_REFRESH_LOCK } from './storage-keys';

/** The part of an AuthPayload the session needs (the refresh token stays in its HttpOnly cookie). */
export interface AccessPayload {
  accessToken: string;
}

export type RefreshOutcome<P extends AccessPayload> =
  /** The server rotated the refresh token: a new pair (and whatever else the payload holds). */
  | { status: 'ok'; payload: P }
  /** The server refused the refresh token (expired, revoked, reused): the session is over. */
  | { status: 'rejected' }
  /** The server could not be reached or failed: keep the refresh token and try later. */
  | { status: 'unavailable' };

/** Calls refreshSession; the browser sends the refresh cookie along. */
export type RefreshFn<P extends AccessPayload> = () => Promise<RefreshOutcome<P>>;

export type SessionEvent<P extends AccessPayload> =
  | { type: 'signed-in'; payload: P }
  | { type: 'refreshed'; payload: P }
  | { type: 'signed-out'; reason: 'logout' | 'expired' | 'other-tab' };

type Listener<P extends AccessPayload> = (event: SessionEvent<P>) => void;

/** The parts of `Storage` we use (localStorage in the browser, a Map in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Serialises a critical section across browser tabs (Web Locks API) when available. */
export type CrossTabLock = <T>(name: string, fn: () => Promise<T>) => Promise<T>;

export const webLocks: CrossTabLock = (name, fn) => {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request(name, fn) : fn();
};

export interface SessionManagerOptions<P extends AccessPayload> {
  refresh: RefreshFn<P>;
  storage?: KeyValueStorage | null;
  lock?: CrossTabLock;
}

/**
 * Holds the session: the access token only in memory; the refresh token in an
 * HttpOnly cookie that the server sets and scripts cannot read (so injected
 * script cannot steal it). localStorage keeps only a marker saying that a
 * session may exist, so that a reload knows to restore it.
 *
 * `refresh()` is single-flight: however many requests fail with UNAUTHENTICATED at
 * once, one refreshSession call is made and all of them wait for its outcome.
 * Refresh tokens rotate in the cookie, which all tabs share; a Web Lock
 * serialises rotations across tabs so that each rotates the latest one.
 */
export class SessionManager<P extends AccessPayload = AccessPayload> {
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
    this.forget(LEGACY_REFRESH_TOKEN_KEY);
  }

  getAccessToken(): string | null {
    return this.accessToken;
  }

  /** True when this browser signed in and did not sign out: a session may be restored from the cookie. */
  hasStoredSession(): boolean {
    try {
      return (this.storage?.getItem(SESSION_MARKER_KEY) ?? null) !== null;
    } catch {
      return false;
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
    const had = this.accessToken !== null || this.hasStoredSession();
    this.accessToken = null;
    if (reason !== 'other-tab') this.forget(SESSION_MARKER_KEY);
    if (had || reason !== 'expired') this.emit({ type: 'signed-out', reason });
  }

  /**
   * Exchanges the refresh cookie for a new access token (and a rotated cookie).
   * Concurrent callers share one request. A rejected token ends the session; an
   * unreachable server does not.
   */
  refresh(): Promise<RefreshOutcome<P>> {
    if (!this.inflight) {
      this.inflight = this.lock(SESSION_REFRESH_LOCK, () => this.doRefresh()).finally(() => {
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
    // Read inside the lock: another tab may have signed out meanwhile. (Without storage, a session in memory still refreshes.)
    if (!this.hasStoredSession() && this.accessToken === null) {
      this.signOut('expired');
      return { status: 'rejected' };
    }
    let outcome: RefreshOutcome<P>;
    try {
      outcome = await this.refreshFn();
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
      this.storage?.setItem(SESSION_MARKER_KEY, '1');
    } catch {
      /* storage full or blocked: the session lasts until the page is closed */
    }
  }

  private forget(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      /* storage unavailable: nothing to remove */
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
