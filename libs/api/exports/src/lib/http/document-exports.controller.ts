import { Controller, createParamDecorator, ExecutionContext, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@mps/api-core';
import { Actor, CurrentActor } from '@mps/api-iam';
import { CONTENT_TYPES, DocumentExportsService, ExportFile } from '../services/document-exports.service';
import { contentDisposition } from '../services/file-names';

/** The caller when the request carried a good token, else null (public downloads take a token but need none). */
const OptionalActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor | null => context.switchToHttp().getRequest<{ user?: Actor }>().user ?? null,
);

/**
 * GET /exports/releases/:id.docx|.pdf (public for published and withdrawn releases; a bearer token for candidates)
 * and GET /exports/profiles/:id.docx|.pdf (the current draft, with a bearer token). Errors are the JSON of every
 * /exports path: 401, 403, 404 with the GraphQL codes. The fixed words are in the language of `?lang=`, else the
 * person's, else Accept-Language's (DocumentExportsService.language).
 */
@Controller('exports')
export class DocumentExportsController {
  constructor(private readonly exports: DocumentExportsService) {}

  @Public()
  @Get('releases/:id.docx')
  async releaseDocx(@OptionalActor() actor: Actor | null, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    this.send(req, res, await this.exports.release(actor, id, 'docx', await this.language(actor, req)));
  }

  @Public()
  @Get('releases/:id.pdf')
  async releasePdf(@OptionalActor() actor: Actor | null, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    this.send(req, res, await this.exports.release(actor, id, 'pdf', await this.language(actor, req)));
  }

  @Get('profiles/:id.docx')
  async draftDocx(@CurrentActor() actor: Actor, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    this.send(req, res, await this.exports.draft(actor, id, 'docx', await this.language(actor, req)));
  }

  @Get('profiles/:id.pdf')
  async draftPdf(@CurrentActor() actor: Actor, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    this.send(req, res, await this.exports.draft(actor, id, 'pdf', await this.language(actor, req)));
  }

  private language(actor: Actor | null, req: Request) {
    return this.exports.language(actor, req.query['lang'], req.headers['accept-language']);
  }

  private send(req: Request, res: Response, file: ExportFile): void {
    res.setHeader('Content-Type', CONTENT_TYPES[file.format]);
    // Without ?lang= the language comes from the account or Accept-Language: a shared cache must keep them apart.
    if (!req.query['lang']) res.setHeader('Vary', 'Accept-Language');
    res.setHeader('Content-Disposition', contentDisposition(file.name, file.format));
    if (file.caching === 'none' || !file.etag) {
      // A draft holds unpublished text and changes with every save.
      res.setHeader('Cache-Control', 'no-store');
    } else {
      // A release's file changes only when its status does (withdrawal): caches revalidate with the ETag.
      res.setHeader('Cache-Control', `${file.caching}, no-cache`);
      res.setHeader('ETag', file.etag);
      if (matches(req.headers['if-none-match'], file.etag)) {
        res.status(304).end();
        return;
      }
    }
    res.status(200);
    res.setHeader('Content-Length', String(file.bytes.length));
    res.end(file.bytes);
  }
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}
