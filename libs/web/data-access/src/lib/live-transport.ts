import { ApolloLink, type ApolloClient } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { useApolloClient } from '@apollo/client/react';
import type { GraphQLFormattedError } from 'graphql';
import type { Client, ClientOptions } from 'graphql-ws';
import { useEffect, useRef } from 'react';
import { Observable, type Subscription } from 'rxjs';
import type { SessionManager, AccessPayload } from './session-manager';

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
  /** Terminating link for subscription operations (graphql-ws over a WebSocket). */
  readonly link: ApolloLink;
  /** Reconnects (if connected) so that the server sees the current access token; subscriptions resume. */
  restart(): void;
  /** Closes the connection and ends every subscription (sign-out); a later subscription opens a new one. */
  dispose(): void;
  /** Told when the connection comes back after a drop or a restart: events may have been missed meanwhile. */
  onReconnect(listener: () => void): () => void;
}

export interface LiveTransportOptions<P extends AccessPayload> {
  session: Pick<SessionManager<P>, 'getAccessToken' | 'subscribe'>;
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
  let current: { client: Client; link: GraphQLWsLink } | null = null;
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
      current = { client, link: new GraphQLWsLink(client) };
    }
    return current;
  };

  const transport: LiveTransport = {
    link: new ApolloLink((operation) => {
      if (create) return ensure(create).link.request(operation);
      return new Observable((observer) => {
        let subscription: Subscription | null = null;
        let closed = false;
        load().then(
          () => {
            if (!closed && create) subscription = ensure(create).link.request(operation).subscribe(observer);
          },
          (error: unknown) => {
            if (!closed) observer.error(error);
          },
        );
        return () => {
          closed = true;
          subscription?.unsubscribe();
        };
      });
    }),
    restart() {
      // terminate() closes the socket with 4499, which graphql-ws retries: the
      // subscriptions resubscribe on a new socket whose connection_init reads the new token.
      current?.client.terminate();
    },
    dispose() {
      const closing = current;
      current = null;
      void closing?.client.dispose();
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

function unauthenticated(errors: ReadonlyArray<GraphQLFormattedError> | undefined): boolean {
  return (errors ?? []).some((e) => (e.extensions as Record<string, unknown> | undefined)?.['code'] === 'UNAUTHENTICATED');
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
export function createSubscriptionAuthLink<P extends AccessPayload>(
  session: Pick<SessionManager<P>, 'refresh'>,
  { settleMs = 30_000, now = Date.now }: SubscriptionAuthOptions = {},
): ApolloLink {
  return new ApolloLink(
    (operation, forward) =>
      new Observable<ApolloLink.Result>((observer) => {
        let inner: Subscription | undefined;
        let closed = false;
        let refreshing = false;
        let retriedAt = Number.NEGATIVE_INFINITY;

        const retry = (error: unknown) => {
          inner?.unsubscribe();
          inner = undefined;
          if (now() - retriedAt < settleMs) {
            observer.error(error);
            return;
          }
          refreshing = true;
          session.refresh().then(
            (outcome) => {
              refreshing = false;
              if (closed) return;
              if (outcome.status !== 'ok') {
                observer.error(error);
                return;
              }
              retriedAt = now();
              start();
            },
            () => {
              refreshing = false;
              if (!closed) observer.error(error);
            },
          );
        };

        const start = () => {
          inner = forward(operation).subscribe({
            next: (result) => {
              if (unauthenticated(result.errors)) retry(new CombinedGraphQLErrors(result));
              else observer.next(result);
            },
            error: (error: unknown) => {
              if (CombinedGraphQLErrors.is(error) && unauthenticated(error.errors)) retry(error);
              else observer.error(error);
            },
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
      }),
  );
}

const transports = new WeakMap<ApolloClient, LiveTransport>();

export function registerLiveTransport(client: ApolloClient, transport: LiveTransport): void {
  transports.set(client, transport);
}

export function liveTransportOf(client: ApolloClient): LiveTransport | undefined {
  return transports.get(client);
}

/**
 * Calls `onReconnect` whenever the live connection comes back after a drop:
 * screens that follow events refetch what they show, since events may have
 * been missed meanwhile.
 */
export function useLiveReconnect(onReconnect: () => void): void {
  const client = useApolloClient();
  const callback = useRef(onReconnect);
  useEffect(() => {
    callback.current = onReconnect;
  });
  useEffect(() => liveTransportOf(client)?.onReconnect(() => callback.current()), [client]);
}
