import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '@mps/api-core';

/** The only paths the API answers itself; everything else a browser or curl asks for is the web app. */
const API_PREFIXES = ['/graphql', '/health', '/exports', '/open-data'];
/** Built files (Vite's output); a missing one is a 404, never the page, so a stale chunk fails clearly. */
const ASSETS_PREFIX = '/assets/';

const isUnder = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/**
 * HTTP concerns around the GraphQL API: the built web app at `/`, with every
 * client-side route answered by index.html whatever the Accept header (a
 * curl, a link preview, a browser), and trust in the reverse proxy's
 * X-Forwarded-* headers (TRUST_PROXY; by default from loopback and private
 * addresses), so that req.ip is the client's address. Unknown paths under the
 * API prefixes stay JSON 404s.
 */
export function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: '3mb' });
  // Apollo's middleware would answer any path below /graphql; the endpoint is /graphql itself.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!req.path.startsWith('/graphql/')) return next();
    res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Not found: the GraphQL endpoint is /graphql.' } });
  });
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
