import { createHash } from 'node:crypto';
import { INTERFACE_LANGUAGES } from '@mps/shared-domain';
import { MESSAGES } from './messages';
import { PORTAL_CSS } from './portal-css';

/** Raise when the page templates change in a way the stylesheet and messages do not show. */
const TEMPLATE_VERSION = 2; // 2: chapter headings in a release's reader

/**
 * The renderer's identity, stored with every page: a deployment whose templates, stylesheet, messages or languages
 * differ renders the stored pages again at start-up.
 */
export const PORTAL_RENDERER = createHash('sha256')
  .update(JSON.stringify({ TEMPLATE_VERSION, PORTAL_CSS, MESSAGES, INTERFACE_LANGUAGES }))
  .digest('hex')
  .slice(0, 16);

/**
 * The identity stored with a deployment's pages: the renderer and the public address the pages' canonical and
 * alternate links point to (PUBLIC_URL), so that a new address renders the pages again too.
 */
export function portalRenderer(baseUrl: string): string {
  return createHash('sha256').update(`${PORTAL_RENDERER} ${baseUrl}`).digest('hex').slice(0, 16);
}

/** A strong ETag for a body (quotes included). */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}
