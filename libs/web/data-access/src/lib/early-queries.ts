import { ApolloLink } from '@apollo/client';
import { print } from 'graphql';
import { Observable } from 'rxjs';

/**
 * A data query the boot script started before the app's code arrived (apps/web/vite.config.mts, bootScript and
 * EARLY_QUERIES; docs/adr/0028): the screen's first request, sent with the access token the boot script's refresh
 * had just returned.
 */
export interface EarlyQuery {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  token: string;
  answer: Promise<{ ok: boolean; body: unknown }>;
}

const EARLY_QUERIES_KEY = '__mpsEarlyQueries';

/**
 * The early query for this request, taken once: the first request with the operation's name removes it whether it
 * matches or not, and it is returned only when the request is exactly the one the boot script sent (same document
 * text, same variables, same access token). A request that differs — other variables, another user's or a newer
 * token, a document changed since the build — goes to the network as it would have.
 */
export function takeEarlyQuery(request: { operationName: string; query: string; variables: Record<string, unknown>; token: string | null }): EarlyQuery | undefined {
  const boot = globalThis as { [EARLY_QUERIES_KEY]?: EarlyQuery[] };
  const pending = boot[EARLY_QUERIES_KEY];
  if (!Array.isArray(pending)) return undefined;
  const at = pending.findIndex((early) => early.operationName === request.operationName);
  if (at < 0) return undefined;
  const [early] = pending.splice(at, 1);
  if (pending.length === 0) delete boot[EARLY_QUERIES_KEY];
  const same =
    early !== undefined &&
    request.token !== null &&
    early.token === request.token &&
    early.query === request.query &&
    stableJson(early.variables) === stableJson(request.variables ?? {});
  return same ? early : undefined;
}

/** JSON with the keys of objects sorted, so `{a, b}` and `{b, a}` compare equal. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** A usable answer: a GraphQL result with data and no errors (anything else is asked again over the network). */
function isCleanResult(answer: { ok: boolean; body: unknown }): answer is { ok: true; body: ApolloLink.Result } {
  if (!answer.ok || typeof answer.body !== 'object' || answer.body === null) return false;
  const body = answer.body as { data?: unknown; errors?: unknown };
  return typeof body.data === 'object' && body.data !== null && (body.errors === undefined || (Array.isArray(body.errors) && body.errors.length === 0));
}

/**
 * The link, just before the one that talks to the server, that answers a query from the boot script's early request
 * when it is exactly that request (takeEarlyQuery), once; the token compared is the one of the Authorization header
 * the request would be sent with (after the auth link). An error answer, a failed request, or no match: the request
 * goes on to the network unchanged.
 */
export function createEarlyQueryLink(): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (!operation.operationName) return forward(operation);
    const authorization = (operation.getContext()['headers'] as Record<string, string> | undefined)?.['authorization'];
    const token = typeof authorization === 'string' && authorization.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : null;
    const early = takeEarlyQuery({ operationName: operation.operationName, query: print(operation.query), variables: operation.variables, token });
    if (!early) return forward(operation);
    return new Observable<ApolloLink.Result>((observer) => {
      let inner: { unsubscribe(): void } | undefined;
      let closed = false;
      const network = () => {
        if (!closed) inner = forward(operation).subscribe(observer);
      };
      early.answer.then((answer) => {
        if (closed) return;
        if (!isCleanResult(answer)) return network();
        observer.next(answer.body);
        observer.complete();
      }, network);
      return () => {
        closed = true;
        inner?.unsubscribe();
      };
    });
  });
}
