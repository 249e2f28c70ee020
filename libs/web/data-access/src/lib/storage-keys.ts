/** localStorage keys owned by the web client. */
/**
 * Says "this browser may have a session to restore" (the refresh token itself is
 * in an HttpOnly cookie that scripts cannot read); holds no secret. Removing it
 * signs the other tabs out.
 */
export const SESSION_MARKER_KEY = 'mps.session';
/** Where earlier versions kept the refresh token itself; removed on start. */
export const LEGACY_REFRESH_TOKEN_KEY = 'mps.refreshToken';
export const WORKSPACE_ID_KEY = 'mps.workspaceId';
/** The Web Lock under which a tab rotates the refresh token (SessionManager.refresh, and the boot script). */
export const SESSION_REFRESH_LOCK = 'mps.session.refresh';
