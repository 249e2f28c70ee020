import { createContext, useCallback, useContext } from 'react';
import type { AccessPayload, SessionManager } from './session-manager';

/** The part of the session a plain HTTP request needs: the access token, and a refresh when it expired. */
export type FetchSession = Pick<SessionManager<AccessPayload>, 'getAccessToken' | 'refresh'>;

/** The session, for requests outside GraphQL (file downloads). Provided by AuthProvider. */
export const FetchSessionContext = createContext<FetchSession | null>(null);

/**
 * fetch() with `Authorization: Bearer <access token>`, as the GraphQL client sends it. A 401 (the access
 * token expired) refreshes the session once, single-flight with GraphQL's own refreshes, and retries.
 * Downloads such as the comment-response CSV travel this way: a plain link could not carry the token,
 * which lives in memory only.
 */
export async function fetchWithSession(
  session: FetchSession | null,
  input: string,
  init: RequestInit = {},
  fetchImpl: typeof fetch = (...a) => fetch(...a),
): Promise<Response> {
  const send = () => {
    const headers = new Headers(init.headers);
    const token = session?.getAccessToken();
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetchImpl(input, { ...init, headers });
  };
  const first = await send();
  if (first.status !== 401 || !session) return first;
  const outcome = await session.refresh();
  return outcome.status === 'ok' ? send() : first;
}

/** fetchWithSession bound to the signed-in session. */
export function useAuthorizedFetch(): (input: string, init?: RequestInit) => Promise<Response> {
  const session = useContext(FetchSessionContext);
  return useCallback((input: string, init?: RequestInit) => fetchWithSession(session, input, init), [session]);
}
