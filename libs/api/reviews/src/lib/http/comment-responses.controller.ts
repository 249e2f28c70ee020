import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import { Workbook } from 'exceljs';
import { Actor, CurrentActor } from '@mps/api-iam';
import { spreadsheetSafeText } from '@mps/shared-domain';
import { CommentResponseRow, CommentResponsesService } from '../services/comment-responses.service';

/** The columns of both downloads, in order, with their headings. */
export const RESPONSE_COLUMNS: ReadonlyArray<{ key: keyof CommentResponseRow; header: string; width: number }> = [
  { key: 'number', header: 'No.', width: 6 },
  { key: 'section', header: 'Section', width: 28 },
  { key: 'organization', header: 'Organisation', width: 24 },
  { key: 'author', header: 'Author', width: 20 },
  { key: 'passage', header: 'Passage', width: 40 },
  { key: 'comment', header: 'Comment', width: 50 },
  { key: 'suggestedWording', header: 'Suggested wording', width: 40 },
  { key: 'suggestionOutcome', header: 'Suggestion outcome', width: 30 },
  { key: 'disposition', header: 'Disposition', width: 16 },
  { key: 'reason', header: 'Reason', width: 40 },
  { key: 'answeredInRevision', header: 'Revision that took the suggestion', width: 14 },
  { key: 'resolved', header: 'Resolved', width: 10 },
];

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
 * ReviewCycle.commentResponses) with a bearer token, like GraphQL. 401 without a session, 404 for a cycle the caller
 * cannot see, 403 for contributors and observers. A cycle holds at most a few thousand threads: built in memory.
 */
@Controller('exports/review-cycles')
export class CommentResponsesController {
  constructor(private readonly responses: CommentResponsesService) {}

  @Get(':id/responses.csv')
  async csv(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const cycle = await this.responses.loadCycle(actor, id);
    const rows = await this.responses.rows(cycle);
    const body = stringify(
      [RESPONSE_COLUMNS.map((c) => c.header), ...rows.map((row) => RESPONSE_COLUMNS.map((c) => text(row, c.key)))],
      { bom: true, record_delimiter: 'windows' },
    );
    this.send(res, downloadName(cycle.title, 'csv'), 'text/csv; charset=utf-8', Buffer.from(body, 'utf8'));
  }

  @Get(':id/responses.xlsx')
  async xlsx(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const cycle = await this.responses.loadCycle(actor, id);
    const rows = await this.responses.rows(cycle);
    const workbook = new Workbook();
    workbook.creator = 'Migration Profile Studio';
    const sheet = workbook.addWorksheet('Comment responses', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = RESPONSE_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
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
