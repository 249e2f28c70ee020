import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';

/** One e-mail to one person. Plain text always (every client reads it); HTML optional. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** An e-mail as the development outbox keeps it. */
export interface OutboxMail extends MailMessage {
  id: string;
  from: string;
  at: string;
}

/**
 * Sends e-mail. With SMTP_URL it goes to that server (nodemailer); without it, each mail is written to
 * `DATA_DIR/outbox/` and listed on the development-only page `/dev/mail`, so a fresh laptop can follow
 * an invitation or a password reset without a mail server. `send` throws when the mail could not be handed
 * over, so a job can retry it.
 */
export abstract class Mailer {
  abstract readonly kind: 'smtp' | 'outbox';
  abstract send(message: MailMessage): Promise<void>;
  async close(): Promise<void> {
    /* nothing to release by default */
  }
}

/** Longest subject we send; longer ones are cut (a subject comes partly from stored titles). */
const MAX_SUBJECT = 200;
/** Header injection is impossible through nodemailer, but a line break in a subject is still nonsense. */
const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ').slice(0, MAX_SUBJECT);

export class SmtpMailer extends Mailer {
  readonly kind = 'smtp' as const;
  private readonly transport: Transporter;

  constructor(url: string, private readonly from: string) {
    super();
    this.transport = createTransport(url);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: message.to, subject: oneLine(message.subject), text: message.text, html: message.html });
  }

  override async close(): Promise<void> {
    this.transport.close();
  }
}

export class OutboxMailer extends Mailer {
  readonly kind = 'outbox' as const;
  readonly directory: string;

  constructor(dataDir: string, private readonly from: string) {
    super();
    this.directory = join(dataDir, 'outbox');
  }

  async send(message: MailMessage): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    const at = new Date().toISOString();
    const mail: OutboxMail = { id: `${at.replace(/[:.]/g, '-')}-${randomUUID()}`, from: this.from, at, ...message, subject: oneLine(message.subject) };
    // Written then renamed, so the page never lists half a mail.
    const file = join(this.directory, `${mail.id}.json`);
    await writeFile(`${file}.tmp`, JSON.stringify(mail, null, 2), { mode: 0o600 });
    await rename(`${file}.tmp`, file);
  }

  /** The newest mails first, at most `limit`. */
  async list(limit = 200): Promise<OutboxMail[]> {
    let names: string[];
    try {
      names = (await readdir(this.directory)).filter((n) => n.endsWith('.json'));
    } catch {
      return [];
    }
    names.sort().reverse();
    const mails = await Promise.all(names.slice(0, limit).map((name) => this.read(name)));
    return mails.filter((m): m is OutboxMail => m !== null);
  }

  async get(id: string): Promise<OutboxMail | null> {
    if (!/^[A-Za-z0-9-]{1,100}$/.test(id)) return null;
    return this.read(`${id}.json`);
  }

  private async read(name: string): Promise<OutboxMail | null> {
    try {
      return JSON.parse(await readFile(join(this.directory, name), 'utf8')) as OutboxMail;
    } catch {
      return null;
    }
  }
}
