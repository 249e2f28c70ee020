import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '@mps/api-core';

const API_PREFIXES = ['/graphql', '/health', '/exports', '/open-data'];

/**
 * HTTP concerns around the GraphQL API: the built web app at `/` with a
 * fallback to index.html for client-side routes, and trust in the reverse
 * proxy's X-Forwarded-* headers (TRUST_PROXY; by default from loopback and
 * private addresses), so that req.ip is the client's address.
 */
export function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: '3mb' });
  const webDir = config.webDistDir;
  if (!webDir || !existsSync(join(webDir, 'index.html'))) return;
  app.useStaticAssets(webDir, { index: false, maxAge: '1h', immutable: false });
  const indexHtml = join(webDir, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPageRequest =
      req.method === 'GET' &&
      !API_PREFIXES.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`)) &&
      (req.headers.accept ?? '').includes('text/html');
    if (!isPageRequest) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
