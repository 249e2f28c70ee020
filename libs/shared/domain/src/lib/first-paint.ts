/**
 * The server's first paint of a section page (docs/adr/0031), as the API writes it (api-profiles
 * section-preview.html.ts, apps/api http.ts) and the web app replaces it (web-util first-paint.ts).
 */
/** The element holding the first paint; its styles are in the element `${FIRST_PAINT_ID}-style`. */
export const FIRST_PAINT_ID = 'first-paint';
/** Set on <html> while the first paint shows: the app's root stays hidden until the app takes over. */
export const FIRST_PAINT_ATTRIBUTE = 'data-first-paint';
