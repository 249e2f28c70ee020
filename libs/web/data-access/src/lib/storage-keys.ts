/** localStorage keys owned by the web client. */
export const REFRESH_TOKEN_KEY = 'mps.refreshToken';
export const WORKSPACE_ID_KEY = 'mps.workspaceId';
