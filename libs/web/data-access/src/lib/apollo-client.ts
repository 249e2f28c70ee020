import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { OperationTypeNode, print } from 'graphql';
import { Observable, type Subscription } from 'rxjs';
import { REFRESH_TOKEN_TRANSPORT_HEADER } from '@mps/shared-domain';
import type { RefreshSessionMutation } from '../gql/graphql';
import {
  createLiveTransport,
  createSubscriptionAuthLink,
  registerLiveTransport,
  subscriptionUrl,
  type LiveTransport,
} from './live-transport';
import { createEarlyQueryLink } from './early-queries';
import { REFRESH_SESSION_MUTATION, SESSION_OPERATION_NAMES } from './session-documents';
import { SessionManager, type RefreshOutcome, type SessionManagerOptions } from './session-manager';

export const GRAPHQL_PATH = '/graphql';

/** The payload the web client keeps from login and refreshSession. */
export type SessionPayload = RefreshSessionMutation['refreshSession'];
export type WebSession = SessionManager<SessionPayload>;

function isUnauthenticated(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => (e.extensions as Record<string, unknown> | undefined)?.['code'] === 'UNAUTHENTICATED')
  );
}

/** Asks the server to keep the refresh token in its HttpOnly cookie (login, refreshSession, logout). */
export const COOKIE_TRANSPORT_HEADERS: Readonly<Record<string, string>> = { [REFRESH_TOKEN_TRANSPORT_HEADER]: 'cookie' };

/** What the boot script's early refresh left (apps/web/vite.config.mts, bootScript): the answer's body, or ok false. */
interface EarlyRefresh {
  ok: boolean;
  body: unknown;
}

/**
 * The session refresh the boot script started before the app's code arrived, if any: taken once (the next refresh
 * asks the server again).
 */
function takeEarlyRefresh(): Promise<EarlyRefresh> | undefined {
  const boot = globalThis as { __mpsSessionStart?: Promise<EarlyRefresh> };
  const early = boot.__mpsSessionStart;
  delete boot.__mpsSessionStart;
  return early;
}

/**
 * Calls refreshSession outside Apollo's link chain (so that a refresh can never
 * trigger another refresh) and classifies the answer. The refresh token is the
 * HttpOnly cookie the browser sends along (same origin).
 */
export function createFetchRefresh(uri: string = GRAPHQL_PATH, fetchImpl: typeof fetch = (...a) => fetch(...a)) {
  // With __typename, as Apollo would ask: the payload's user is written to the cache as `me`.
  const query = print(addTypenameToDocument(REFRESH_SESSION_MUTATION));
  const request = async (): Promise<EarlyRefresh> => {
    let response: Response;
    try {
      response = await fetchImpl(uri, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...COOKIE_TRANSPORT_HEADERS },
        body: JSON.stringify({ operationName: 'RefreshSession', query, variables: {} }),
      });
    } catch {
      return { ok: false, body: null };
    }
    try {
      return { ok: true, body: await response.json() };
    } catch {
      return { ok: false, body: null };
    }
  };
  return async (): Promise<RefreshOutcome<SessionPayload>> => {
    // The boot script's refresh (same query, same endpoint, same Web Lock) when the page has just loaded.
    const early = uri === GRAPHQL_PATH ? takeEarlyRefresh() : undefined;
    const answer = early ? await early : await request();
    if (!answer.ok || typeof answer.body !== 'object' || answer.body === null) return { status: 'unavailable' };
    const body = answer.body as { data?: RefreshSessionMutation | null; errors?: Array<{ extensions?: { code?: string } }> };
    const payload = body.data?.refreshSession;
    if (payload) return { status: 'ok', payload };
    const codes = (body.errors ?? []).map((e) => e.extensions?.code);
    if (codes.includes('UNAUTHENTICATED') || codes.includes('BAD_USER_INPUT') || codes.includes('FORBIDDEN')) {
      return { status: 'rejected' };
    }
    return { status: 'unavailable' };
  };
}

export function createWebSession(options: Partial<SessionManagerOptions<SessionPayload>> = {}): WebSession {
  return new SessionManager<SessionPayload>({ refresh: options.refresh ?? createFetchRefresh(), ...options });
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Workspace: {
        fields: {
          organizations: { merge: false },
          members: { merge: false },
          profiles: { merge: false },
        },
      },
      User: { fields: { memberships: { merge: false } } },
      Profile: { fields: { sections: { merge: false } } },
    },
  });
}

export interface CreateApolloClientOptions {
  session: WebSession;
  /** The link that talks to the server; an HttpLink to /graphql by default (tests pass a fake). */
  terminatingLink?: ApolloLink;
  uri?: string;
  /**
   * Where subscriptions go: graphql-ws on `uri` (same origin, ws: or wss:) by
   * default; none when a terminatingLink is given (tests), unless passed too.
   */
  live?: LiveTransport | null;
}

/**
 * Apollo Client for the web app:
 * - adds `Authorization: Bearer <accessToken>` from the in-memory session, and
 *   the cookie transport header to the session's own operations;
 * - on UNAUTHENTICATED, refreshes the session once (single-flight, shared by all
 *   failing requests) and retries the request; if the refresh is refused the
 *   session ends (the app then shows the sign-in page);
 * - sends subscriptions over a WebSocket (graphql-ws), with the same
 *   refresh-once-and-resubscribe on UNAUTHENTICATED; the connection follows the
 *   session (restarts with a refreshed token, closes on sign-out).
 */
export function createApolloClient({ session, terminatingLink, uri = GRAPHQL_PATH, live }: CreateApolloClientOptions) {
  const authLink = new SetContextLink((prevContext, operation) => {
    const token = session.getAccessToken();
    const headers = {
      ...(prevContext.headers ?? {}),
      ...(SESSION_OPERATION_NAMES.has(operation.operationName ?? '') ? COOKIE_TRANSPORT_HEADERS : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    };
    return { headers };
  });

  const refreshLink = new ErrorLink(({ error, operation, forward }) => {
    if (!isUnauthenticated(error) || SESSION_OPERATION_NAMES.has(operation.operationName ?? '')) return;
    if (operation.getContext()['authRetried']) {
      // A fresh token was refused too: the session is over.
      session.signOut('expired');
      return;
    }
    return new Observable<ApolloLink.Result>((observer) => {
      let inner: Subscription | undefined;
      let closed = false;
      session.refresh().then(
        (outcome) => {
          if (closed) return;
          if (outcome.status !== 'ok') {
            observer.error(error);
            return;
          }
          operation.setContext({ authRetried: true });
          inner = forward(operation).subscribe(observer);
        },
        () => observer.error(error),
      );
      return () => {
        closed = true;
        inner?.unsubscribe();
      };
    });
  });

  // The boot script's early data queries (early-queries.ts), each taken once by the identical first request.
  const httpChain = ApolloLink.from([refreshLink, authLink, createEarlyQueryLink(), terminatingLink ?? new HttpLink({ uri })]);
  const transport =
    live === undefined ? (terminatingLink ? null : createLiveTransport({ session, url: () => subscriptionUrlFor(uri) })) : live;
  const link = transport
    ? ApolloLink.split(
        (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
        ApolloLink.from([createSubscriptionAuthLink(session), transport.link]),
        httpChain,
      )
    : httpChain;

  const client = new ApolloClient({
    link,
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
  if (transport) registerLiveTransport(client, transport);
  return client;
}

/** ws(s)://<this page's host><uri>, or uri itself when it is already absolute. */
function subscriptionUrlFor(uri: string): string {
  if (/^wss?:\/\//.test(uri)) return uri;
  if (/^https?:\/\//.test(uri)) return uri.replace(/^http/, 'ws');
  return subscriptionUrl(uri);
}
