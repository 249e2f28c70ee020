import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppConfig, escapeHtml, queryLengthError } from '@mps/api-core';
import { FIRST_PAINT_ATTRIBUTE } from '@mps/shared-domain';

/** The only paths the API answers itself; everything else a browser or curl asks for is the web app. */
const API_PREFIXES = ['/graphql', '/health', '/exports', '/open-data', '/portal', '/dev'];
/** Built files (Vite's output); a missing one is a 404, never the page, so a stale chunk fails clearly. */
const ASSETS_PREFIX = '/assets/';

const isUnder = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/** Largest JSON body `/graphql` accepts (section content is at most 2 MB). */
export const GRAPHQL_BODY_LIMIT = '3mb';

/**
 * The Content-Security-Policy of every response. Scripts only from our own
 * origin, never inline; the one exception is the web app's page, whose boot
 * script is allowed by its SHA-256 and nothing else (pageContentSecurityPolicy).
 * Styles allow 'unsafe-inline' because Mantine writes its
 * theme's CSS variables into a <style> element at run time, Tiptap injects its
 * editor styles the same way, and React renders `style` attributes; inline CSS
 * cannot run script, and img-src/font-src/connect-src keep it from loading or
 * sending anything outside our origin.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  // 'self' covers the same-origin WebSocket of the live updates.
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** A policy as the header writes it (helmet's format: `name value value;name value`). */
export function serializePolicy(directives: Record<string, readonly string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join(';');
}

/** Inline `<script>` elements (no src attribute) and their text. */
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * The CSP sources (`'sha256-<base64>'`) that allow exactly the inline scripts of an HTML page: the hash of each
 * script's text as the browser reads it (UTF-8, line breaks normalised to LF by the HTML parser).
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The Content-Security-Policy of the web app's page: CONTENT_SECURITY_POLICY with the page's own inline scripts (the
 * boot script, apps/web/vite.config.mts) allowed by their hashes. Computed from the index.html the server serves when
 * it starts, so the hash always matches the built file; 'unsafe-inline' stays out, and any other inline script (an
 * injected one, or one edited into the file after start-up) is refused.
 */
export function pageContentSecurityPolicy(html: string): string {
  const hashes = inlineScriptHashes(html);
  return serializePolicy({ ...CONTENT_SECURITY_POLICY, 'script-src': [...CONTENT_SECURITY_POLICY['script-src'], ...hashes] });
}

/**
 * HTTP concerns around the GraphQL API: security headers, the JSON body limit,
 * the built web app at `/` with every client-side route answered by index.html
 * whatever the Accept header (a curl, a link preview, a browser), and trust in
 * the reverse proxy's X-Forwarded-* headers (TRUST_PROXY; by default from
 * loopback and private addresses), so that req.ip is the client's address and
 * req.secure is true behind a TLS-terminating proxy. Unknown paths under the
 * API prefixes stay JSON 404s.
 */
export function configureHttp(app: NestExpressApplication, config: AppConfig, firstPaint?: FirstPaint): void {
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // No automatic ETag: Express would hash every GraphQL answer (a SHA-1 of the profile screen's 130 KB on every
  // read) for a conditional GET that POSTs never make. Responses that are cached (portal pages, exports) set their own.
  app.set('etag', false);
  useSecurityHeaders(app, config);
  app.useBodyParser('json', { limit: GRAPHQL_BODY_LIMIT });
  app.use(answerBodyErrors);
  // Apollo's middleware would answer any path below /graphql; the endpoint is /graphql itself.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!req.path.startsWith('/graphql/')) return next();
    res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Not found: the GraphQL endpoint is /graphql.' } });
  });
  app.use('/graphql', refuseLongQueries);
  app.use('/graphql', compressGraphqlAnswers);
  const webDir = config.webDistDir;
  if (!webDir || !existsSync(join(webDir, 'index.html'))) return;
  serveWebApp(app, webDir, firstPaint);
}

/**
 * The server's first paint of a page (docs/adr/0031): an HTML fragment to show before the app runs, in the reader's
 * language and its direction, or null for the page as built. Called for every page request that is no file; it
 * never throws (a failure is logged, then null).
 */
export type FirstPaint = (req: Request) => Promise<FirstPaintFragment | null>;
export interface FirstPaintFragment {
  html: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** Where the first paint goes in index.html: just before the app's root element. */
const ROOT_ELEMENT = '<div id="root"></div>';
const STYLESHEET_LINK = /<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>\s*/gi;

/**
 * index.html for a page with a first paint: the fragment before the app's root, FIRST_PAINT_ATTRIBUTE and the
 * fragment's `lang` and `dir` on <html> (the fragment's styles hide the root while it is set), and the app's
 * stylesheets moved from the head to just after the fragment. A stylesheet in the head holds back the whole page's first paint until it has arrived (on a slow link,
 * behind the scripts it shares the line with); one in the body holds back only what follows it, so the fragment shows
 * with the HTML. The app's scripts still wait for the stylesheet before they run (a deferred script waits for the
 * style sheets before it), so the app never renders unstyled. Null when the built page has no root element to put it
 * before.
 */
export function firstPaintPage(indexHtml: string): ((fragment: FirstPaintFragment) => string) | null {
  const headEnd = indexHtml.indexOf('</head>');
  if (headEnd < 0 || !indexHtml.includes(ROOT_ELEMENT)) return null;
  const head = indexHtml.slice(0, headEnd);
  const stylesheets = head.match(STYLESHEET_LINK) ?? [];
  const page = head.replace(STYLESHEET_LINK, '') + indexHtml.slice(headEnd);
  const [before, after] = [page.slice(0, page.indexOf(ROOT_ELEMENT)), page.slice(page.indexOf(ROOT_ELEMENT))];
  const links = stylesheets.map((link) => link.trim()).join('');
  return ({ html, lang, dir }) => {
    const opening = `<html ${FIRST_PAINT_ATTRIBUTE} lang="${escapeHtml(lang)}" dir="${dir}"`;
    const withLanguage = before.replace(/<html\b([^>]*)>/i, (_, attributes: string) => `${opening}${attributes.replace(/\s(lang|dir)="[^"]*"/gi, '')}>`);
    return `${withLanguage}${html}${links}${after}`;
  };
}

/** A page with a first paint holds what one person may read: never kept by a shared cache, nor stored. */
export const CACHE_PERSONAL_PAGE = 'private, no-store';

/**
 * Hashed build output (`/assets/*`, named by content) never changes under its name: a year, immutable. Other files
 * (favicon) an hour; index.html is revalidated on every load, so a new release shows at once.
 */
export const CACHE_HASHED_ASSET = 'public, max-age=31536000, immutable';
export const CACHE_OTHER_FILE = 'public, max-age=3600';
export const CACHE_PAGE = 'no-cache';

/** Compressed copies the build writes beside each text file (apps/web/vite.config.mts), best first. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/**
 * The built web app at `/`: its files, each client-side route answered by index.html whatever the Accept header
 * (a curl, a link preview, a browser). Compression costs nothing per request: the build wrote brotli and gzip
 * copies, and the browser gets the best one it accepts (or the file itself), with Vary: Accept-Encoding so caches
 * keep them apart. API responses are never touched here, so GraphQL, its WebSocket and the streamed /exports
 * downloads stay as they are.
 */
function serveWebApp(app: NestExpressApplication, webDir: string, firstPaint?: FirstPaint): void {
  const root = resolve(webDir);
  const indexHtml = join(root, 'index.html');
  const builtPage = readFileSync(indexHtml, 'utf8');
  // The page's policy, from the file as it is now: a new build is served by a restarted server (docs/deploy.md).
  const pageHeaders = { 'Content-Security-Policy': pageContentSecurityPolicy(builtPage) };
  const pageWith = firstPaint ? firstPaintPage(builtPage) : null;
  const cacheControlOf = (urlPath: string) =>
    urlPath.startsWith(ASSETS_PREFIX) ? CACHE_HASHED_ASSET : urlPath.endsWith('.html') ? CACHE_PAGE : CACHE_OTHER_FILE;
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    let relative: string;
    try {
      relative = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    const file = join(root, relative);
    if (!file.startsWith(`${root}${sep}`) || relative.endsWith('/')) return next();
    void sendFileIn(req, res, file, cacheControlOf(req.path), file === indexHtml ? pageHeaders : {}).then((sent) => (sent ? undefined : next()), next);
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPageRequest = (req.method === 'GET' || req.method === 'HEAD') && !isApiPath(req.path) && !req.path.startsWith(ASSETS_PREFIX);
    if (!isPageRequest) return next();
    const painted = pageWith && firstPaint ? firstPaint(req) : Promise.resolve(null);
    void painted
      .then(async (fragment) => {
        if (fragment === null || !pageWith) return sendFileIn(req, res, indexHtml, CACHE_PAGE, pageHeaders);
        await sendPersonalPage(req, res, pageWith(fragment), pageHeaders);
        return true;
      })
      .then((sent) => (sent ? undefined : next()), next);
  });
}

/** A page made for this request (a first paint): compressed as the client accepts, never cached, no validator. */
async function sendPersonalPage(req: Request, res: Response, page: string, headers: Record<string, string>): Promise<void> {
  res.type('html');
  res.setHeader('Cache-Control', CACHE_PERSONAL_PAGE);
  res.vary('Accept-Encoding');
  res.vary('Cookie');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  const copy = preferredCopy(req.headers['accept-encoding']);
  if (!copy) {
    res.send(page);
    return;
  }
  res.setHeader('Content-Encoding', copy.encoding);
  res.send(await compress(Buffer.from(page, 'utf8'), copy.encoding));
}

/** Brotli at a fast level (a page or an answer made per request, not a build's file), or gzip. */
function compress(raw: Buffer, encoding: 'br' | 'gzip'): Promise<Buffer> {
  return new Promise((done, fail) => {
    const finish = (error: Error | null, compressed: Buffer) => (error ? fail(error) : done(compressed));
    if (encoding === 'br') {
      brotliCompress(raw, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: raw.length } }, finish);
    } else {
      gzip(raw, { level: 6 }, finish);
    }
  });
}

const isApiPath = (path: string) => API_PREFIXES.some((prefix) => isUnder(path, prefix));

/**
 * The compressed copy to send for an Accept-Encoding header: the one with the highest q above 0, brotli on a tie
 * (browsers list `gzip, deflate, br` with equal weight, and brotli is smaller); undefined for the file itself.
 */
export function preferredCopy(acceptEncoding: string | undefined): (typeof PRECOMPRESSED)[number] | undefined {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) weights.set(name.trim(), q === undefined ? 1 : Number(q) || 0);
  }
  const weightOf = (encoding: string) => weights.get(encoding) ?? weights.get('*') ?? 0;
  let best: (typeof PRECOMPRESSED)[number] | undefined;
  for (const copy of PRECOMPRESSED) if (weightOf(copy.encoding) > (best ? weightOf(best.encoding) : 0)) best = copy;
  return best;
}

const isFile = (path: string) => stat(path).then((s) => s.isFile(), () => false);

/** The weak validator send writes for a file (`W/"<size>-<mtime>"` in hex), so caches keep working across the switch. */
async function weakEtagOf(path: string): Promise<string> {
  const { size, mtime } = await stat(path);
  return `W/"${size.toString(16)}-${mtime.getTime().toString(16)}"`;
}

/**
 * Sends `file` (its best precompressed copy the client accepts, when the build wrote one) with its own Content-Type
 * and `cacheControl` (and `headers`, which replace those already set); false when there is no such file.
 */
async function sendFileIn(req: Request, res: Response, file: string, cacheControl: string, headers: Record<string, string> = {}): Promise<boolean> {
  if (!(await isFile(file))) return false;
  const hasCopies = await isFile(`${file}${PRECOMPRESSED[1].suffix}`).then(async (gz) => gz || (await isFile(`${file}${PRECOMPRESSED[0].suffix}`)));
  let sent = file;
  if (hasCopies) {
    res.vary('Accept-Encoding');
    const copy = preferredCopy(req.headers['accept-encoding']);
    if (copy && (await isFile(`${file}${copy.suffix}`))) {
      sent = `${file}${copy.suffix}`;
      res.setHeader('Content-Encoding', copy.encoding);
    }
  }
  // The type of the file itself, not of its .br/.gz copy (send keeps a Content-Type already set).
  res.type(extname(file));
  res.setHeader('Cache-Control', cacheControl);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  // Express's ETag is off app-wide (configureHttp), which also turns off send's; files keep a validator of their own,
  // so a revalidated index.html or favicon is a 304. It names the copy sent (size and time), as send's would.
  res.setHeader('ETag', await weakEtagOf(sent));
  await new Promise<void>((done, fail) =>
    res.sendFile(sent, { cacheControl: false, dotfiles: 'deny' }, (error?: Error) => (error && !res.headersSent ? fail(error) : done())),
  );
  return true;
}

function useSecurityHeaders(app: NestExpressApplication, config: AppConfig): void {
  const headers = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // Sent below only over TLS: over plain HTTP it is meaningless, and on localhost it would stick.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xFrameOptions: { action: 'deny' },
  });
  // GraphiQL (development only) is an inline-script page from a CDN; it gets the other headers but not the CSP.
  const graphiqlHeaders = helmet({ contentSecurityPolicy: false, strictTransportSecurity: false });
  const hsts = helmet.strictTransportSecurity({ maxAge: 365 * 24 * 60 * 60, includeSubDomains: true });
  const graphiqlEnabled = config.graphqlIntrospection && !config.isProduction;
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isGraphiql = graphiqlEnabled && req.method === 'GET' && req.path === '/graphql';
    const then = () => (req.secure ? hsts(req, res, next) : next());
    (isGraphiql ? graphiqlHeaders : headers)(req, res, (error?: unknown) => (error ? next(error) : then()));
  });
}

/** Below this a compressed GraphQL answer saves less than the compression and its headers cost. */
export const GRAPHQL_COMPRESS_MIN_BYTES = 1024;

/**
 * GraphQL answers over HTTP (POST and GET /graphql), compressed when the client accepts it: brotli at a fast level, or
 * gzip, from GRAPHQL_COMPRESS_MIN_BYTES (the profile screen's answer is about 21 KB of JSON, 3 KB compressed). Only
 * the complete JSON answers Apollo hands to `res.send`: streamed answers (`res.write`, incremental delivery) and the
 * graphql-ws WebSocket (an upgrade, never through Express) are untouched, and an answer that already has a
 * Content-Encoding is left as it is. Behind nginx (docker/nginx.conf) the proxy passes an encoded answer through and
 * gzips only what arrives plain, so nothing is compressed twice.
 */
function compressGraphqlAnswers(req: Request, res: Response, next: NextFunction): void {
  if (req.method !== 'POST' && req.method !== 'GET') return next();
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    res.send = send;
    const type = String(res.getHeader('Content-Type') ?? '');
    if ((typeof body !== 'string' && !Buffer.isBuffer(body)) || !/json/i.test(type) || res.getHeader('Content-Encoding') !== undefined) return send(body);
    res.vary('Accept-Encoding');
    // A client that accepts no compression gets the answer as Apollo made it: converting a large answer to bytes
    // here as well as in Express's `send` cost the profile read a tenth of its CPU (docs/performance.md).
    const copy = preferredCopy(req.headers['accept-encoding']);
    if (!copy) return send(body);
    const size = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length;
    if (size < GRAPHQL_COMPRESS_MIN_BYTES) return send(body);
    const raw = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    // Asynchronous (zlib's thread pool): a large answer does not hold up the event loop while it is compressed.
    void compress(raw, copy.encoding).then(
      (compressed) => {
        res.setHeader('Content-Encoding', copy.encoding);
        send(compressed);
      },
      () => send(body),
    );
    return res;
  };
  next();
}

/** A query text over the limit is refused before Apollo hashes and parses it (3 MB of `id id id`). */
function refuseLongQueries(req: Request, res: Response, next: NextFunction): void {
  const query: unknown = (req.body as { query?: unknown } | undefined)?.query;
  const error = typeof query === 'string' ? queryLengthError(query.length) : null;
  if (!error) return next();
  res.status(400).json({ errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT', limit: 'length' } }] });
}

/**
 * Body parser failures never reach Nest's exception filters: answer them here,
 * in GraphQL's error shape on /graphql, so an oversized body is 413, not 500.
 */
function answerBodyErrors(error: unknown, req: Request, res: Response, next: NextFunction): void {
  const type = (error as { type?: unknown } | null)?.type;
  const answer =
    type === 'entity.too.large'
      ? { status: 413, message: `The request body is larger than ${GRAPHQL_BODY_LIMIT.toUpperCase()}.`, limit: 'body' }
      : type === 'entity.parse.failed'
        ? { status: 400, message: 'The request body is not valid JSON.' }
        : (typeof type === 'string' && type.startsWith('encoding.')) || type === 'charset.unsupported'
          ? { status: 415, message: 'The request body must be UTF-8 encoded JSON.' }
          : null;
  if (!answer) return next(error);
  const extensions = { code: 'BAD_USER_INPUT', ...(answer.limit ? { limit: answer.limit } : {}) };
  res.status(answer.status);
  if (req.path === '/graphql') res.json({ errors: [{ message: answer.message, extensions }] });
  else res.json({ error: { message: answer.message, ...extensions } });
}
