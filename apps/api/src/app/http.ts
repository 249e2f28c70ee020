import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppConfig, queryLengthError } from '@mps/api-core';

/** The only paths the API answers itself; everything else a browser or curl asks for is the web app. */
const API_PREFIXES = ['/graphql', '/health', '/exports', '/open-data', '/portal', '/dev'];
/** Built files (Vite's output); a missing one is a 404, never the page, so a stale chunk fails clearly. */
const ASSETS_PREFIX = '/assets/';

const isUnder = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/** Largest JSON body `/graphql` accepts (section content is at most 2 MB). */
export const GRAPHQL_BODY_LIMIT = '3mb';

/**
 * The Content-Security-Policy of every response. Scripts only from our own
 * origin, never inline. Styles allow 'unsafe-inline' because Mantine writes its
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

/**
 * HTTP concerns around the GraphQL API: security headers, the JSON body limit,
 * the built web app at `/` with every client-side route answered by index.html
 * whatever the Accept header (a curl, a link preview, a browser), and trust in
 * the reverse proxy's X-Forwarded-* headers (TRUST_PROXY; by default from
 * loopback and private addresses), so that req.ip is the client's address and
 * req.secure is true behind a TLS-terminating proxy. Unknown paths under the
 * API prefixes stay JSON 404s.
 */
export function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  useSecurityHeaders(app, config);
  app.useBodyParser('json', { limit: GRAPHQL_BODY_LIMIT });
  app.use(answerBodyErrors);
  // Apollo's middleware would answer any path below /graphql; the endpoint is /graphql itself.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!req.path.startsWith('/graphql/')) return next();
    res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Not found: the GraphQL endpoint is /graphql.' } });
  });
  app.use('/graphql', refuseLongQueries);
  const webDir = config.webDistDir;
  if (!webDir || !existsSync(join(webDir, 'index.html'))) return;
  app.useStaticAssets(webDir, { index: false, maxAge: '1h', immutable: false });
  const indexHtml = join(webDir, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPageRequest =
      (req.method === 'GET' || req.method === 'HEAD') &&
      !API_PREFIXES.some((prefix) => isUnder(req.path, prefix)) &&
      !req.path.startsWith(ASSETS_PREFIX);
    if (!isPageRequest) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
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
