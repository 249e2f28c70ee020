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
function isCleanResult(answer: { ok: boolean; body: unknown }): boolean {
  if (!answer.ok || typeof answer.body !== 'object' || answer.body === null) return false;
  const body = answer.body as { data?: unknown; errors?: unknown };
  return typeof body.data === 'object' && body.data !== null && (body.errors === undefined || (Array.isArray(body.errors) && body.errors.length === 0));
}

/** The operation a GraphQL POST body carries, or null for anything else. */
function readRequest(body: unknown): { operationName: string; query: string; variables: Record<string, unknown> } | null {
  if (typeof body !== 'string') return null;
  try {
    const parsed = JSON.parse(body) as { operationName?: unknown; query?: unknown; variables?: unknown };
    if (typeof parsed.operationName !== 'string' || typeof parsed.query !== 'string') return null;
    const variables = typeof parsed.variables === 'object' && parsed.variables !== null ? (parsed.variables as Record<string, unknown>) : {};
    return { operationName: parsed.operationName, query: parsed.query, variables };
  } catch {
    return null;
  }
}

/**
 * The GraphQL client's fetch: a request that is exactly one the boot script sent early (takeEarlyQuery: same
 * operation, document text, variables and access token) is answered from that request's answer, once. An error
 * answer, a failed early request, or no match: the request goes to the network unchanged.
 */
export function createEarlyQueryFetch(fetchImpl: typeof fetch): typeof fetch {
  return async (input, init) => {
    const request = init?.method === 'POST' ? readRequest(init.body) : null;
    if (!request) return fetchImpl(input, init);
    const authorization = new Headers(init?.headers).get('authorization');
    const token = authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : null;
    const early = takeEarlyQuery({ ...request, token });
    if (!early) return fetchImpl(input, init);
    const answer = await early.answer.catch(() => ({ ok: false, body: null }));
    if (!isCleanResult(answer)) return fetchImpl(input, init);
    return new Response(JSON.stringify(answer.body), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}
