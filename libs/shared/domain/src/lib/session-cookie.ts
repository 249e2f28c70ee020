/**
 * How the web app keeps its refresh token out of reach of scripts: it sends
 * this header with value `cookie` on login, refreshSession and logout; the
 * server then sets the token in an HttpOnly cookie (and answers `refreshToken`
 * with an empty string) and, when no `refreshToken` argument is given, reads it
 * back from the cookie. Other API clients keep passing tokens as arguments.
 */
export const REFRESH_TOKEN_TRANSPORT_HEADER = 'x-refresh-token-transport';
export const REFRESH_COOKIE_NAME = 'mps_refresh';
/** The cookie goes only to the GraphQL endpoint, never to pages or assets. */
export const REFRESH_COOKIE_PATH = '/graphql';
