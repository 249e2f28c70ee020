import { Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import { PageCookie } from '@mps/api-auth';
import { isUuid } from '@mps/api-core';
import { EXPORT_WORDS } from '@mps/api-exports';
import { renderSectionPreview, SectionPreviewService } from '@mps/api-profiles';
import { localeDirection } from '@mps/shared-domain';
import type { FirstPaint } from './http';

/** A section's address in the web app (apps/web router.tsx): the page the server paints first. */
const SECTION_PAGE = /^\/profiles\/([^/]+)\/sections\/([^/]+)\/?$/;

/**
 * The first paint of a section page (docs/adr/0031): for a reader with a live session (the page cookie) who may read
 * the section, its header, outline and text in the HTML itself, so the text shows before the app's scripts have
 * arrived. Anything else (another address, no cookie, a section they may not read, a failure) gets the page as built.
 */
@Injectable()
export class SectionFirstPaint {
  private readonly logger = new Logger('FirstPaint');

  constructor(
    private readonly cookie: PageCookie,
    private readonly previews: SectionPreviewService,
  ) {}

  readonly render: FirstPaint = async (req: Request) => {
    const [, profileId = '', sectionId = ''] = SECTION_PAGE.exec(req.path) ?? [];
    if (!isUuid(profileId) || !isUuid(sectionId)) return null;
    try {
      const reader = await this.cookie.reader(req);
      if (!reader) return null;
      const preview = await this.previews.preview(reader, profileId, sectionId, req.headers['accept-language']);
      if (!preview) return null;
      // The edition worded as in the app's header; the Word and PDF files use the same words.
      const html = renderSectionPreview(preview, EXPORT_WORDS[preview.language].edition).value;
      return { html, lang: preview.language, dir: localeDirection(preview.language) };
    } catch (error) {
      // The page without its first paint is still the whole app: the person notices nothing but a later paint.
      this.logger.warn(`The first paint of ${req.path} failed: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  };
}
