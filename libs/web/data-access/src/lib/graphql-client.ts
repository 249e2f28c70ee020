import { authExchange } from '@urql/exchange-auth';
import { cacheExchange } from '@urql/exchange-graphcache';
import {
  Client,
  CombinedError,
  createRequest,
  fetchExchange,
  formatDocument,
  getOperationName,
  makeResult,
  stringifyDocument,
  subscriptionExchange,
  type AnyVariables,
  type Exchange,
  type Operation,
  type OperationContext,
  type OperationResult,
  type TypedDocumentNode,
} from '@urql/core';
import type { DocumentNode } from 'graphql';
import { filter, merge, pipe, share, map } from 'wonka';
import { REFRESH_TOKEN_TRANSPORT_HEADER } from '@mps/shared-domain';
import type { RefreshSessionMutation } from '../gql/graphql';
import { createEarlyQueryFetch } from './early-queries';
import { hasErrorCode } from './errors';
import { createLiveTransport, subscriptionUrl, type LiveTransport } from './live-transport';
import { REFRESH_SESSION_MUTATION, SESSION_OPERATION_NAMES } from './session-documents';
import { SessionManager, type RefreshOutcome, type SessionManagerOptions } from './session-manager';
import { UNKEYED_TYPES } from './unkeyed-types';

export const GRAPHQL_PATH = '/graphql';

/** The payload the web client keeps from login and refreshSession. */
export type SessionPayload = RefreshSessionMutation['refreshSession'];
export type WebSession = SessionManager<SessionPayload>;

/** Asks the server to keep the refresh token in its HttpOnly cookie (login, refreshSession, logout). */
export const COOKIE_TRANSPORT_HEADERS: Readonly<Record<string, string>> = { [REFRESH_TOKEN_TRANSPORT_HEADER]: 'cookie' };

/**
 * The query text the client sends for a document: with `__typename` on every selection (the normalised cache needs
 * it) and printed as urql prints it. The boot script's early requests (apps/web/vite.config.mts) are printed the same
 * way, so that the client's first request matches them character for character.
 */
export function requestText(document: DocumentNode): string {
  return stringifyDocument(formatDocument(document));
}

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
 * Calls refreshSession outside the GraphQL client (so that a refresh can never trigger another refresh) and
 * classifies the answer. The refresh token is the HttpOnly cookie the browser sends along (same origin).
 */
export function createFetchRefresh(uri: string = GRAPHQL_PATH, fetchImpl: typeof fetch = (...a) => fetch(...a)) {
  // With __typename, as the client would ask: the payload's user is written to the cache as `me`.
  const query = requestText(REFRESH_SESSION_MUTATION);
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

/**
 * The normalised cache: an object with an `id` is one record wherever it appears (`Section:42`), so a saved section
 * shows its new title in the outline too. The schema's types without an `id` are kept inside the object that holds
 * them (unkeyed-types.ts lists them; a test checks the list against the schema). Lists are replaced by the server's
 * newest answer, never merged.
 */
export function createCacheExchange(): Exchange {
  return cacheExchange({ keys: Object.fromEntries(UNKEYED_TYPES.map((type) => [type, () => null])) });
}

/** Context an operation may carry: data to write to the cache as its answer (DataClient.writeQuery). */
interface WriteContext extends OperationContext {
  writeData?: unknown;
}

const carriesWrite = (operation: Operation) => operation.kind !== 'teardown' && (operation.context as WriteContext).writeData !== undefined;

/**
 * Answers an operation that carries data to write (DataClient.writeQuery) with that data, just after the cache: the
 * cache stores it as it would the server's answer, and every screen that shows it is told. Nothing reaches the server.
 */
export const writeExchange: Exchange =
  ({ forward }) =>
  (operations$) => {
    const shared = share(operations$);
    const written = pipe(
      shared,
      filter(carriesWrite),
      map((operation) => makeResult(operation, { data: (operation.context as WriteContext).writeData as Record<string, unknown> })),
    );
    return merge([written, forward(pipe(shared, filter((operation) => !carriesWrite(operation))))]);
  };

export interface CreateDataClientOptions {
  session: WebSession;
  uri?: string;
  /** What sends the HTTP requests (tests pass a fake server); the browser's fetch by default. */
  fetch?: typeof fetch;
  /**
   * Where subscriptions go: graphql-ws on `uri` (same origin, ws: or wss:) by default; none when a fetch is given
   * (tests), unless passed too.
   */
  live?: LiveTransport | null;
}

/**
 * The urql client for the web app, made again with an empty cache when the person signs in or out (DataClient.reset):
 * - adds `Authorization: Bearer <accessToken>` from the in-memory session, and the cookie transport header to the
 *   session's own operations;
 * - on UNAUTHENTICATED, refreshes the session once (single-flight, shared by all failing requests) and retries the
 *   request; a retried request refused again after a successful refresh ends the session (the app then shows the
 *   sign-in page);
 * - answers the screen's first queries from the boot script's early requests when they are exactly those
 *   (early-queries.ts);
 * - sends subscriptions over a WebSocket (live-transport.ts), which refreshes and resubscribes on its own.
 */
function createUrqlClient({ session, uri, fetch: fetchImpl, transport }: { session: WebSession; uri: string; fetch?: typeof fetch; transport: LiveTransport | null }): Client {
  let lastRefreshOk = false;
  const auth = authExchange(async (utils) => ({
    addAuthToOperation(operation) {
      if (operation.kind === 'subscription') return operation; // the socket's connection_init carries the token
      const token = session.getAccessToken();
      const headers: Record<string, string> = {
        ...(SESSION_OPERATION_NAMES.has(getOperationName(operation.query) ?? '') ? COOKIE_TRANSPORT_HEADERS : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      };
      return Object.keys(headers).length > 0 ? utils.appendHeaders(operation, headers) : operation;
    },
    didAuthError(error, operation) {
      if (operation.kind === 'subscription' || !hasErrorCode(error, 'UNAUTHENTICATED')) return false;
      if (SESSION_OPERATION_NAMES.has(getOperationName(operation.query) ?? '')) return false;
      // Already retried with the token a refresh had just given: that token was refused too, the session is over.
      if (operation.context.authAttempt) {
        if (lastRefreshOk && session.hasSession()) session.signOut('expired');
        return false;
      }
      return true;
    },
    async refreshAuth() {
      lastRefreshOk = (await session.refresh().catch(() => null))?.status === 'ok';
    },
  }));
  const live = transport
    ? [subscriptionExchange({ forwardSubscription: (request) => transport.subscribe(request), enableAllOperations: false })]
    : [];
  return new Client({
    url: uri,
    // POST always: the boot script's early requests are POSTs, and the server refuses cross-site GETs.
    preferGetMethod: false,
    fetch: createEarlyQueryFetch(fetchImpl ?? ((...a) => fetch(...a))),
    fetchOptions: { credentials: 'same-origin' },
    // What a screen shows on arrival comes from the cache when it is there, and is asked again in the background.
    requestPolicy: 'cache-and-network',
    exchanges: [createCacheExchange(), writeExchange, ...live, auth, fetchExchange],
  });
}

type Listener = (client: Client) => void;

export type FetchPolicy = 'cache-first' | 'cache-and-network' | 'network-only' | 'no-cache';

/** A query named by its operation name, by its document (every variable set on screen), or with its variables. */
export type RefetchTarget = string | TypedDocumentNode<unknown, never> | { query: TypedDocumentNode<unknown, never>; variables?: AnyVariables };

interface ActiveQuery {
  document: TypedDocumentNode<unknown, AnyVariables>;
  variables: AnyVariables;
}

/** A GraphQL answer with errors (or none reached), thrown as the request's failure. */
function failure(result: OperationResult): CombinedError | null {
  if (result.error) return result.error;
  if (result.data === undefined || result.data === null) return new CombinedError({ networkError: new Error('No data in the answer') });
  return null;
}

/**
 * The app's GraphQL client (urql with its normalised cache, graphcache), with the few imperative calls screens make
 * outside the hooks (graphql-hooks.tsx): one-off queries and mutations that throw on failure, writes to the cache,
 * refetching what is on screen, and starting again empty at sign-in and sign-out.
 */
export class DataClient {
  private client: Client;
  private readonly listeners = new Set<Listener>();
  private readonly active = new Map<symbol, ActiveQuery>();

  constructor(private readonly make: () => Client, readonly live: LiveTransport | null = null) {
    this.client = make();
  }

  /** The urql client of the moment (a new one after reset()). */
  get urql(): Client {
    return this.client;
  }

  /** Told when reset() makes a new urql client (the provider renders with it). */
  onReset(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Forgets everything cached (sign-in, sign-out): the screens still showing ask the server again. */
  reset(): void {
    this.client = this.make();
    for (const listener of [...this.listeners]) listener(this.client);
  }

  async query<TData, TVariables extends AnyVariables>(options: {
    query: TypedDocumentNode<TData, TVariables>;
    variables?: TVariables;
    fetchPolicy?: FetchPolicy;
  }): Promise<{ data: TData }> {
    const result = await this.client
      .query(options.query, (options.variables ?? {}) as TVariables, { requestPolicy: toRequestPolicy(options.fetchPolicy ?? 'cache-first') })
      .toPromise();
    const error = failure(result);
    if (error) throw error;
    return { data: result.data as TData };
  }

  async mutate<TData, TVariables extends AnyVariables>(options: {
    mutation: TypedDocumentNode<TData, TVariables>;
    variables?: TVariables;
    refetchQueries?: readonly RefetchTarget[];
    awaitRefetchQueries?: boolean;
  }): Promise<{ data: TData }> {
    const result = await this.client.mutation(options.mutation, (options.variables ?? {}) as TVariables).toPromise();
    const error = failure(result);
    if (error) throw error;
    if (options.refetchQueries?.length) {
      const refetched = this.refetchQueries({ include: options.refetchQueries });
      if (options.awaitRefetchQueries) await refetched;
    }
    return { data: result.data as TData };
  }

  /** Puts data in the cache as the answer to this query (as if the server had sent it). */
  writeQuery<TData, TVariables extends AnyVariables>(options: { query: TypedDocumentNode<TData, TVariables>; variables?: TVariables; data: TData }): void {
    const context: Partial<WriteContext> = { requestPolicy: 'network-only', writeData: options.data };
    this.client.query(options.query, (options.variables ?? {}) as TVariables, context).toPromise().catch(() => undefined);
  }

  /**
   * Asks the server again for queries: those on screen by operation name or document, and a document with its
   * variables whether on screen or not. Resolves when every answer is in the cache; never rejects (a screen whose
   * refetch failed keeps what it showed).
   */
  async refetchQueries({ include }: { include: readonly RefetchTarget[] }): Promise<void> {
    const requests = new Map<string, ActiveQuery>();
    const add = (document: TypedDocumentNode<unknown, AnyVariables>, variables: AnyVariables) =>
      requests.set(createRequest(document, variables).key.toString(), { document, variables });
    for (const target of include) {
      if (typeof target === 'object' && 'query' in target) {
        add(target.query as TypedDocumentNode<unknown, AnyVariables>, target.variables ?? {});
        continue;
      }
      for (const query of this.active.values()) {
        const matches = typeof target === 'string' ? getOperationName(query.document) === target : query.document === target;
        if (matches) add(query.document, query.variables);
      }
    }
    await Promise.all(
      [...requests.values()].map(({ document, variables }) =>
        this.client.query(document, variables, { requestPolicy: 'network-only' }).toPromise().catch(() => undefined),
      ),
    );
  }

  /** A query on screen (graphql-hooks.tsx useQuery), for refetchQueries by name or document; returns its removal. */
  track(document: TypedDocumentNode<unknown, AnyVariables>, variables: AnyVariables): () => void {
    const id = Symbol();
    this.active.set(id, { document, variables });
    return () => this.active.delete(id);
  }
}

/** The urql request policy for a fetch policy: 'no-cache' is asked of the network every time (and kept normalised). */
export function toRequestPolicy(policy: FetchPolicy): 'cache-first' | 'cache-and-network' | 'network-only' {
  return policy === 'no-cache' ? 'network-only' : policy;
}

/**
 * The web app's GraphQL client: see createUrqlClient for what every request gets. The live transport follows the
 * session (restarts with a refreshed token, closes on sign-out) and outlives reset().
 */
export function createDataClient({ session, uri = GRAPHQL_PATH, fetch: fetchImpl, live }: CreateDataClientOptions): DataClient {
  const transport =
    live === undefined ? (fetchImpl ? null : createLiveTransport({ session, url: () => subscriptionUrlFor(uri) })) : live;
  return new DataClient(() => createUrqlClient({ session, uri, fetch: fetchImpl, transport }), transport);
}

/** ws(s)://<this page's host><uri>, or uri itself when it is already absolute. */
function subscriptionUrlFor(uri: string): string {
  if (/^wss?:\/\//.test(uri)) return uri;
  if (/^https?:\/\//.test(uri)) return uri.replace(/^http/, 'ws');
  return subscriptionUrl(uri);
}
