import type { ExecutionResult } from '@urql/core';
import type { GraphQLFormattedError } from 'graphql';
import type { Client, ClientOptions } from 'graphql-ws';
import { useContext, useEffect, useRef } from 'react';
import { DataClientContext } from './data-client-context';
import type { SessionManager, AccessPayload } from './session-manager';

/** What a subscription sends: the printed document, its variables and its name (urql's subscriptionExchange gives it). */
export interface SubscriptionRequest {
  query?: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** The answers of one subscription, as urql's subscriptionExchange takes them. */
export interface ResultStream {
  subscribe(observer: { next(result: ExecutionResult): void; error(error: unknown): void; complete(): void }): { unsubscribe(): void };
}

type Observer = Parameters<ResultStream['subscribe']>[0];

/** A stream from a function that starts it and returns how to stop it. */
const stream = (start: (observer: Observer) => () => void): ResultStream => ({
  subscribe(observer) {
    let closed = false;
    const stop = start({
      next: (result) => !closed && observer.next(result),
      error: (error) => {
        if (closed) return;
        closed = true;
        observer.error(error);
      },
      complete: () => {
        if (closed) return;
        closed = true;
        observer.complete();
      },
    });
    return {
      unsubscribe() {
        closed = true;
        stop();
      },
    };
  },
});

/** The graphql-ws URL for a GraphQL path on the page's own origin (wss: on https pages). */
export function subscriptionUrl(path: string, location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

/**
 * How long to wait before reconnection attempt `retries` (0, 1, 2…): 0.5 s, 1 s,
 * 2 s… up to 30 s, the upper half randomised so that many open tabs do not all
 * come back at the same moment after the server restarts.
 */
export function reconnectDelay(retries: number, random: () => number = Math.random): number {
  const ceiling = Math.min(30_000, 500 * 2 ** Math.max(0, retries));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export interface LiveTransport {
  /**
   * Sends a subscription over the WebSocket (graphql-ws). An UNAUTHENTICATED answer (an expired access token when the
   * socket connected or reconnected) refreshes the session once and subscribes again (withSubscriptionAuth).
   */
  subscribe(request: SubscriptionRequest): ResultStream;
  /** Reconnects (if connected) so that the server sees the current access token; subscriptions resume. */
  restart(): void;
  /** Closes the connection and ends every subscription (sign-out); a later subscription opens a new one. */
  dispose(): void;
  /** Told when the connection comes back after a drop or a restart: events may have been missed meanwhile. */
  onReconnect(listener: () => void): () => void;
}

export interface LiveTransportOptions<P extends AccessPayload> {
  session: Pick<SessionManager<P>, 'getAccessToken' | 'subscribe' | 'refresh'>;
  /** The WebSocket URL, read when each connection opens (default: /graphql on the page's origin). */
  url?: string | (() => string);
  /** graphql-ws's createClient (tests pass a fake); by default graphql-ws is loaded with the first subscription. */
  createClient?: (options: ClientOptions) => Client;
  retryAttempts?: number;
}

/**
 * One graphql-ws client per session, created when the first subscription starts
 * (lazy: no socket while nothing listens). connection_init carries the access
 * token held in memory at the moment the socket opens. The transport follows the
 * session: a refreshed token (or a new sign-in) restarts the connection so that
 * the server sees the new token; signing out closes it for good.
 */
export function createLiveTransport<P extends AccessPayload>({
  session,
  url = () => subscriptionUrl('/graphql'),
  createClient: injected,
  retryAttempts = Number.POSITIVE_INFINITY,
}: LiveTransportOptions<P>): LiveTransport {
  let current: Client | null = null;
  const reconnectListeners = new Set<() => void>();
  // graphql-ws itself is no part of any route's first load: the first subscription fetches it (the screens that
  // subscribe do so after their first paint), and every later one finds it loaded. Its client entry only: the
  // package's main one brings its server too, which needs all of graphql-js.
  let create: ((options: ClientOptions) => Client) | null = injected ?? null;
  let loading: Promise<unknown> | null = null;
  const load = () =>
    (loading ??= import('graphql-ws/client').then(
      (module) => {
        create = module.createClient;
      },
      (error: unknown) => {
        loading = null; // a failed chunk request may succeed next time
        throw error;
      },
    ));

  const ensure = (make: (options: ClientOptions) => Client) => {
    if (!current) {
      const client = make({
        url: typeof url === 'function' ? url : () => url,
        lazy: true,
        // Keep the socket a moment when the last subscription ends (e.g. moving between profiles).
        lazyCloseTimeout: 3_000,
        connectionParams: () => {
          const token = session.getAccessToken();
          return token ? { authorization: `Bearer ${token}` } : {};
        },
        retryAttempts,
        retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, reconnectDelay(retries))),
        // Browsers report an unreachable server as an error event, not a close: retry both.
        shouldRetry: () => true,
        on: {
          connected: (_socket, _payload, wasRetry) => {
            if (wasRetry) for (const listener of [...reconnectListeners]) listener();
          },
        },
      });
      current = client;
    }
    return current;
  };

  /** One subscription on the socket; GraphQL errors arrive as an answer with errors, so the client sees their codes. */
  const send = (request: SubscriptionRequest) =>
    stream((observer) => {
      let dispose: (() => void) | null = null;
      let closed = false;
      const start = (make: (options: ClientOptions) => Client) => {
        dispose = ensure(make).subscribe(
          { query: request.query ?? '', variables: request.variables ?? {}, ...(request.operationName ? { operationName: request.operationName } : {}) },
          {
            next: (result) => observer.next(result as ExecutionResult),
            error: (error: unknown) => {
              if (Array.isArray(error)) {
                observer.next({ errors: error as GraphQLFormattedError[], hasNext: false } as ExecutionResult);
                observer.complete();
              } else observer.error(error);
            },
            complete: () => observer.complete(),
          },
        );
      };
      if (create) start(create);
      else
        load().then(
          () => {
            if (!closed && create) start(create);
          },
          (error: unknown) => observer.error(error),
        );
      return () => {
        closed = true;
        dispose?.();
      };
    });

  const transport: LiveTransport = {
    subscribe: (request) => withSubscriptionAuth(session, () => send(request)),
    restart() {
      // terminate() closes the socket with 4499, which graphql-ws retries: the
      // subscriptions resubscribe on a new socket whose connection_init reads the new token.
      current?.terminate();
    },
    dispose() {
      const closing = current;
      current = null;
      void closing?.dispose();
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
  };

  session.subscribe((event) => {
    if (event.type === 'signed-out') transport.dispose();
    else transport.restart();
  });

  return transport;
}

function unauthenticated(errors: ReadonlyArray<unknown> | undefined): boolean {
  return (errors ?? []).some((e) => ((e as { extensions?: unknown }).extensions as Record<string, unknown> | undefined)?.['code'] === 'UNAUTHENTICATED');
}

export interface SubscriptionAuthOptions {
  /** A second UNAUTHENTICATED within this long after a refresh means the new token was refused too. */
  settleMs?: number;
  now?: () => number;
}

/**
 * For subscription operations: on UNAUTHENTICATED (an expired access token when
 * the socket connected or reconnected), refreshes the session once (the
 * session's single-flight refresh, shared with HTTP requests) and subscribes
 * again. If the new token is refused as well, the error reaches the subscriber.
 * A long-lived subscription may need this again hours later (a reconnection
 * after the laptop slept): each episode gets its own single retry.
 */
export function withSubscriptionAuth<P extends AccessPayload>(
  session: Pick<SessionManager<P>, 'refresh'>,
  forward: () => ResultStream,
  { settleMs = 30_000, now = Date.now }: SubscriptionAuthOptions = {},
): ResultStream {
  return stream((observer) => {
        let inner: { unsubscribe(): void } | undefined;
        let closed = false;
        let refreshing = false;
        let retriedAt = Number.NEGATIVE_INFINITY;

        const refused = (answer: ExecutionResult) => {
          // The last answer (hasNext false): urql would otherwise repeat it when the stream completes.
          observer.next({ ...answer, hasNext: false });
          observer.complete();
        };
        const retry = (answer: ExecutionResult) => {
          inner?.unsubscribe();
          inner = undefined;
          if (now() - retriedAt < settleMs) {
            refused(answer);
            return;
          }
          refreshing = true;
          session.refresh().then(
            (outcome) => {
              refreshing = false;
              if (closed) return;
              if (outcome.status !== 'ok') {
                refused(answer);
                return;
              }
              retriedAt = now();
              start();
            },
            () => {
              refreshing = false;
              if (!closed) refused(answer);
            },
          );
        };

        const start = () => {
          inner = forward().subscribe({
            next: (result) => {
              // The refused answer itself reaches the subscriber when no retry is left (a new token refused too).
              if (unauthenticated(result.errors)) retry(result);
              else observer.next(result);
            },
            error: (error: unknown) => observer.error(error),
            complete: () => {
              if (!refreshing) observer.complete();
            },
          });
          // The operation may have failed synchronously (fakes do): don't keep its subscription.
          if (refreshing) {
            inner.unsubscribe();
            inner = undefined;
          }
        };

        start();
        return () => {
          closed = true;
          inner?.unsubscribe();
        };
  });
}

/**
 * Calls `onReconnect` whenever the live connection comes back after a drop:
 * screens that follow events refetch what they show, since events may have
 * been missed meanwhile.
 */
export function useLiveReconnect(onReconnect: () => void): void {
  const client = useContext(DataClientContext);
  const callback = useRef(onReconnect);
  useEffect(() => {
    callback.current = onReconnect;
  });
  useEffect(() => client?.live?.onReconnect(() => callback.current()), [client]);
}
