import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig, Public } from '@mps/api-core';
import { DEFAULT_INTERFACE_LANGUAGE, INTERFACE_LANGUAGES, InterfaceLanguage, isInterfaceLanguage } from '@mps/shared-domain';
import { renderNotFoundPage } from '../render/list-pages';
import { PORTAL_CSS, PORTAL_CSS_HASH } from '../render/portal-css';
import { etagOf } from '../render/renderer';
import { PortalAnswer, PortalService } from '../services/portal.service';

/**
 * Caching. A release page changes only when the release is withdrawn: browsers and proxies keep it an hour, then
 * revalidate with its ETag (a 304 costs one indexed read), so a withdrawal reaches every reader within the hour. Lists
 * change whenever something is published: a minute. The stylesheet's address carries its hash: a year, immutable.
 */
export const PORTAL_CACHE_CONTROL = {
  release: 'public, max-age=3600',
  compare: 'public, max-age=3600',
  list: 'public, max-age=60',
  asset: 'public, max-age=31536000, immutable',
  notFound: 'no-cache',
} as const;

/**
 * The language of the answer: `?lang=` when it names an interface language, else the first of Accept-Language's
 * that does, else the default.
 */
export function negotiateLanguage(req: Pick<Request, 'query' | 'headers'>): InterfaceLanguage {
  const asked = req.query['lang'];
  if (isInterfaceLanguage(asked)) return asked;
  const header = req.headers['accept-language'];
  if (typeof header === 'string') {
    const ranked = header
      .split(',')
      .slice(0, 20)
      .map((part) => {
        const [tag, ...params] = part.trim().split(';');
        const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? '1');
        return { language: tag.trim().toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0 };
      })
      .filter((r) => r.q > 0)
      .sort((a, b) => b.q - a.q);
    const match = ranked.find((r) => isInterfaceLanguage(r.language));
    if (match) return match.language as InterfaceLanguage;
  }
  return DEFAULT_INTERFACE_LANGUAGE;
}

/** If-None-Match holds the ETag (or *): the client's copy is current. Weak validators compare by their opaque part. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

const single = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The public portal under /portal: plain HTML, readable without JavaScript or signing in, one stylesheet. Release pages
 * are served as stored at publication; lists and the compare view are rendered per request from public rows only.
 * Anything that shows nothing published is a 404 page, never an error.
 */
@Public()
@Controller('portal')
export class PortalController {
  constructor(
    private readonly portal: PortalService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async home(@Req() req: Request, @Res() res: Response): Promise<void> {
    const language = negotiateLanguage(req);
    await this.send(req, res, language, await this.portal.homePage(language));
  }

  @Get('assets/:file')
  stylesheet(@Param('file') file: string, @Req() req: Request, @Res() res: Response): void {
    if (!/^portal\.[0-9a-f]{12}\.css$/.test(file)) return this.notFound(req, res);
    res.setHeader('Content-Type', 'text/css; charset=utf-8');
    // An older page may still name an older hash: it gets today's stylesheet, briefly cached.
    res.setHeader('Cache-Control', file === `portal.${PORTAL_CSS_HASH}.css` ? PORTAL_CACHE_CONTROL.asset : PORTAL_CACHE_CONTROL.list);
    res.setHeader('ETag', etagOf(PORTAL_CSS));
    res.send(PORTAL_CSS);
  }

  @Get('places/:slug')
  async place(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const language = negotiateLanguage(req);
    await this.send(req, res, language, await this.portal.placePage(slug, language));
  }

  @Get('releases/:id')
  async release(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const language = negotiateLanguage(req);
    await this.send(req, res, language, await this.portal.releasePage(id, language, null));
  }

  @Get('releases/:id/sections/:ref')
  async section(@Param('id') id: string, @Param('ref') ref: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const language = negotiateLanguage(req);
    await this.send(req, res, language, await this.portal.releasePage(id, language, ref));
  }

  @Get('compare')
  async compare(@Req() req: Request, @Res() res: Response): Promise<void> {
    const language = negotiateLanguage(req);
    const from = single(req.query['from']);
    const to = single(req.query['to']);
    const answer = from && (req.query['to'] === undefined || to) ? await this.portal.comparePage(from, to || null, language) : null;
    await this.send(req, res, language, answer);
  }

  /** Every other address under /portal. */
  @Get('*rest')
  other(@Req() req: Request, @Res() res: Response): void {
    this.notFound(req, res);
  }

  private async send(req: Request, res: Response, language: InterfaceLanguage, answer: PortalAnswer | null): Promise<void> {
    if (!answer) return this.notFound(req, res, language);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Language', language);
    if (INTERFACE_LANGUAGES.length > 1 || req.headers['accept-language']) res.setHeader('Vary', 'Accept-Language');
    res.setHeader('Cache-Control', PORTAL_CACHE_CONTROL[answer.kind]);
    res.setHeader('ETag', answer.etag);
    // Checked before rendering: a revalidation costs no rendering (the compare view's diff).
    if (matchesEtag(req.headers['if-none-match'], answer.etag)) {
      res.status(304).end();
      return;
    }
    res.send(await answer.render());
  }

  private notFound(req: Request, res: Response, language: InterfaceLanguage = negotiateLanguage(req)): void {
    res.status(404);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Language', language);
    res.setHeader('Cache-Control', PORTAL_CACHE_CONTROL.notFound);
    res.send(renderNotFoundPage(language, this.config.publicUrl));
  }
}
