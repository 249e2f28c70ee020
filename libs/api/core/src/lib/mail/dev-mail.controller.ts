import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { escapeHtml } from '../http/html';
import { Public } from '../http/public.decorator';
import { Mailer, OutboxMailer, OutboxMail } from './mailer';

/** Plain text with its http(s) addresses as links (the text is escaped first; only our own URL shape is linked). */
const linkify = (text: string) => escapeHtml(text).replace(/https?:\/\/[^\s<&]+/g, (url) => `<a href="${url}">${url}</a>`);

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${escapeHtml(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}` +
  `table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}` +
  `pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem}</style></head><body>${body}</body></html>`;

/**
 * The development outbox: without SMTP_URL (and never in production) the mails the product would have sent are
 * listed here, so that invitations and password resets can be followed on a laptop. In production, or with
 * SMTP, every path below answers 404.
 */
@Controller('dev/mail')
export class DevMailController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: Mailer,
  ) {}

  @Public()
  @Get()
  async list(@Query('to') to: string | undefined, @Res() res: Response): Promise<void> {
    const outbox = this.outbox(res);
    if (!outbox) return;
    const mails = this.filter(await outbox.list(), to);
    const rows = mails
      .map((m) => `<tr><td>${escapeHtml(new Date(m.at).toUTCString())}</td><td>${escapeHtml(m.to)}</td><td><a href="/dev/mail/${m.id}">${escapeHtml(m.subject)}</a></td></tr>`)
      .join('');
    res
      .status(200)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(
        page(
          'Outbox (development)',
          `<h1>Outbox</h1><p>No SMTP server is configured (SMTP_URL), so e-mails are kept in ${escapeHtml(outbox.directory)} and listed here. This page does not exist in production.</p>` +
            (rows ? `<table><thead><tr><th>Sent</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>No e-mails yet.</p>'),
        ),
      );
  }

  /** The same list as JSON, newest first (for scripts and browser journeys). */
  @Public()
  @Get('messages.json')
  async listJson(@Query('to') to: string | undefined, @Res() res: Response): Promise<void> {
    const outbox = this.outbox(res);
    if (!outbox) return;
    res.status(200).setHeader('Cache-Control', 'no-store').json(this.filter(await outbox.list(), to));
  }

  @Public()
  @Get(':id')
  async show(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const outbox = this.outbox(res);
    if (!outbox) return;
    const mail = await outbox.get(id);
    if (!mail) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: 'No such e-mail in the outbox.' } });
      return;
    }
    res
      .status(200)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(
        page(
          mail.subject,
          `<p><a href="/dev/mail">All e-mails</a></p><h1>${escapeHtml(mail.subject)}</h1>` +
            `<p>From ${escapeHtml(mail.from)}<br>To ${escapeHtml(mail.to)}<br>${escapeHtml(new Date(mail.at).toUTCString())}</p><pre>${linkify(mail.text)}</pre>`,
        ),
      );
  }

  private outbox(res: Response): OutboxMailer | null {
    if (this.config.isProduction || !(this.mailer instanceof OutboxMailer)) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Not found.' } });
      return null;
    }
    return this.mailer;
  }

  private filter(mails: OutboxMail[], to: string | undefined): OutboxMail[] {
    const wanted = typeof to === 'string' ? to.trim().toLowerCase() : '';
    return wanted ? mails.filter((m) => m.to.toLowerCase() === wanted) : mails;
  }
}
