import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import { Workbook } from 'exceljs';
import { Actor, CurrentActor } from '@mps/api-iam';
import { type Locale, spreadsheetSafeText } from '@mps/shared-domain';
import { COMMENT_RESPONSE_WORDS } from '../services/comment-response-words';
import { CommentResponseRow, CommentResponsesService } from '../services/comment-responses.service';

/** The columns of both downloads, in order, with their widths (headings in COMMENT_RESPONSE_WORDS). */
export const RESPONSE_COLUMNS: ReadonlyArray<{ key: keyof CommentResponseRow; width: number }> = [
  { key: 'number', width: 6 },
  { key: 'section', width: 28 },
  { key: 'organization', width: 24 },
  { key: 'author', width: 20 },
  { key: 'passage', width: 40 },
  { key: 'comment', width: 50 },
  { key: 'suggestedWording', width: 40 },
  { key: 'suggestionOutcome', width: 30 },
  { key: 'disposition', width: 16 },
  { key: 'reason', width: 40 },
  { key: 'answeredInRevision', width: 14 },
  { key: 'resolved', width: 10 },
];

/** The columns' headings in `locale`. */
export const responseHeaders = (locale: Locale) => RESPONSE_COLUMNS.map((c) => COMMENT_RESPONSE_WORDS[locale].headers[c.key]);

/** A file name any browser and file system accept, from the cycle's title (accents dropped, not the letters). */
export function downloadName(title: string, extension: 'csv' | 'xlsx'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
    .toLowerCase();
  return `comment-responses-${slug || 'review-cycle'}.${extension}`;
}

const text = (row: CommentResponseRow, key: keyof CommentResponseRow) => spreadsheetSafeText(String(row[key]));

/**
 * GET /exports/review-cycles/:id/responses.csv and .xlsx: the cycle's comment-response matrix (the same rows as
 * ReviewCycle.commentResponses) with a bearer token, like GraphQL. Headings and the API's own words are in the
 * language of `?lang=`, else the person's, else Accept-Language's; an Arabic sheet runs right to left. 401 without a session, 404 for a cycle the caller
 * cannot see, 403 for contributors and observers. A cycle holds at most a few thousand threads: built in memory.
 */
@Controller('exports/review-cycles')
export class CommentResponsesController {
  constructor(private readonly responses: CommentResponsesService) {}

  @Get(':id/responses.csv')
  async csv(@CurrentActor() actor: Actor, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const cycle = await this.responses.loadCycle(actor, id);
    const locale = await this.responses.language(actor, req.query['lang'], req.headers['accept-language']);
    const rows = await this.responses.rows(cycle, locale);
    const body = stringify(
      [responseHeaders(locale), ...rows.map((row) => RESPONSE_COLUMNS.map((c) => text(row, c.key)))],
      { bom: true, record_delimiter: 'windows' },
    );
    this.send(res, downloadName(cycle.title, 'csv'), 'text/csv; charset=utf-8', Buffer.from(body, 'utf8'));
  }

  @Get(':id/responses.xlsx')
  async xlsx(@CurrentActor() actor: Actor, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const cycle = await this.responses.loadCycle(actor, id);
    const locale = await this.responses.language(actor, req.query['lang'], req.headers['accept-language']);
    const rows = await this.responses.rows(cycle, locale);
    const headers = responseHeaders(locale);
    const workbook = new Workbook();
    workbook.creator = 'Migration Profile Studio';
    const sheet = workbook.addWorksheet(COMMENT_RESPONSE_WORDS[locale].sheet, {
      views: [{ state: 'frozen', ySplit: 1, ...(locale === 'ar' ? { rightToLeft: true } : {}) }],
    });
    sheet.columns = RESPONSE_COLUMNS.map((c, i) => ({ key: c.key, header: headers[i], width: c.width }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows) {
      // exceljs writes strings as text, never formulas; the apostrophe still guards a file re-saved as CSV.
      sheet.addRow(Object.fromEntries(RESPONSE_COLUMNS.map((c) => [c.key, c.key === 'number' ? row.number : text(row, c.key)])));
    }
    sheet.eachRow((row) => {
      row.alignment = { vertical: 'top', wrapText: true };
    });
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    this.send(res, downloadName(cycle.title, 'xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer);
  }

  private send(res: Response, fileName: string, contentType: string, body: Buffer): void {
    res.status(200);
    res.setHeader('Content-Type', contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    // The matrix holds unpublished drafts' comments: no shared cache may keep it.
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  }
}
