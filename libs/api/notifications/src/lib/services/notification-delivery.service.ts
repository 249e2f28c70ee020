import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, Mailer } from '@mps/api-core';
import { DIGEST_HOUR_UTC, NotificationKind } from '@mps/shared-domain';
import { digestMail, immediateMail, MailedNotification, mailLocale } from './notification-mail';

/** A claim older than this is taken over: the instance that made it stopped before finishing. */
const CLAIM_LEASE = '10 minutes';
/** Attempts before a mail is given up (FAILED); retries back off from 1 minute to an hour. */
const MAX_ATTEMPTS = 8;
/** Mails claimed per round. */
const BATCH = 100;

interface ClaimedRow {
  id: string;
  recipient_id: string;
  kind: NotificationKind;
  title: string;
  link: string;
  due_at: Date | null;
  created_at: Date;
  actor_name: string | null;
  email: string;
  display_name: string;
  /** The recipient's interface language: their mails are in it. */
  locale: string | null;
  email_attempts: number;
}

const NOTIFICATION_COLUMNS = `n.id, n.recipient_id, n.kind, n.title, n.link, n.due_at, n.created_at, n.email_attempts,
  u.email, u.display_name, u.locale, a.display_name AS actor_name`;

const toMailed = (row: ClaimedRow): MailedNotification => ({
  kind: row.kind,
  title: row.title,
  link: row.link,
  actorName: row.actor_name,
  dueAt: row.due_at,
  createdAt: row.created_at,
});

/**
 * E-mail about notifications: at once (IMMEDIATE) or in a daily digest (DAILY_DIGEST). Each mail is claimed by a
 * conditional update before it is sent, so two instances never both send it; a failed send is retried with backoff.
 * A crash between sending and recording it sends that mail again after the lease: at least once, never twice by
 * two instances at the same time.
 */
@Injectable()
export class NotificationDelivery {
  private readonly logger = new Logger('NotificationMail');
  private sending: Promise<void> | null = null;
  private again = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends what is due soon, coalescing nudges that arrive during a run. Never throws. */
  nudge(): Promise<void> {
    if (this.sending) {
      this.again = true;
      return this.sending;
    }
    this.sending = (async () => {
      try {
        do {
          this.again = false;
          await this.sendImmediate();
        } while (this.again);
      } catch (error) {
        this.logger.warn(`Sending notification e-mail failed: ${String(error)}`);
      } finally {
        this.sending = null;
      }
    })();
    return this.sending;
  }

  /** Resolves when a nudged run in progress on this instance has finished. */
  async settled(): Promise<void> {
    while (this.sending) await this.sending;
  }

  /** Claims the due immediate mails and sends one mail per person (several notifications that arrived together in one). */
  async sendImmediate(): Promise<void> {
    for (;;) {
      // TypeORM answers an UPDATE as [rows, affected count].
      const [ids]: [Array<{ id: string }>, number] = await this.dataSource.query(
        `WITH due AS (
           SELECT id FROM notifications
            WHERE (email_status = 'PENDING' AND email_not_before <= now())
               OR (email_status = 'SENDING' AND email_claimed_at < now() - interval '${CLAIM_LEASE}')
            ORDER BY created_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
         UPDATE notifications n SET email_status = 'SENDING', email_claimed_at = now() FROM due WHERE n.id = due.id
         RETURNING n.id`,
      );
      if (ids.length === 0) return;
      const claimed: ClaimedRow[] = await this.dataSource.query(
        `SELECT ${NOTIFICATION_COLUMNS} FROM notifications n JOIN users u ON u.id = n.recipient_id LEFT JOIN users a ON a.id = n.actor_id
          WHERE n.id = ANY($1::uuid[])`,
        [ids.map((r) => r.id)],
      );
      if (claimed.length === 0) return;
      const byPerson = new Map<string, ClaimedRow[]>();
      for (const row of claimed.sort((a, b) => a.created_at.getTime() - b.created_at.getTime())) {
        byPerson.set(row.recipient_id, [...(byPerson.get(row.recipient_id) ?? []), row]);
      }
      for (const rows of byPerson.values()) {
        const first = rows[0]!;
        const ids = rows.map((r) => r.id);
        try {
          await this.mailer.send({ to: first.email, ...immediateMail(first.display_name, rows.map(toMailed), this.config.publicUrl, mailLocale(first.locale)) });
          await this.dataSource.query(
            `UPDATE notifications SET email_status = 'SENT', emailed_at = now(), email_attempts = email_attempts + 1 WHERE id = ANY($1::uuid[])`,
            [ids],
          );
        } catch (error) {
          this.logger.warn(`Could not e-mail ${rows.length} notification(s) to user ${first.recipient_id}: ${String(error)}`);
          await this.dataSource.query(
            `UPDATE notifications SET email_attempts = email_attempts + 1, email_claimed_at = NULL,
                    email_status = CASE WHEN email_attempts + 1 >= ${MAX_ATTEMPTS} THEN 'FAILED' ELSE 'PENDING' END,
                    email_not_before = now() + least(interval '1 minute' * power(2, email_attempts), interval '1 hour')
              WHERE id = ANY($1::uuid[])`,
            [ids],
          );
        }
      }
      if (ids.length < BATCH) return;
    }
  }

  /**
   * The daily digests due at `now`: from DIGEST_HOUR_UTC on, one mail per person who chose DAILY_DIGEST, with what
   * waited for it and arrived before that hour today (the 24 hours since the last digest, and anything older still
   * waiting); what arrives later waits for tomorrow's. The unique (person, day) row is the claim: whichever instance
   * inserts it sends the digest; a claim left by a crashed instance is taken over after the lease.
   */
  async sendDueDigests(now = new Date()): Promise<void> {
    if (now.getUTCHours() < DIGEST_HOUR_UTC) return;
    const day = now.toISOString().slice(0, 10);
    const cutoff = new Date(`${day}T${String(DIGEST_HOUR_UTC).padStart(2, '0')}:00:00.000Z`);
    const people: Array<{ user_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT n.recipient_id AS user_id FROM notifications n
         JOIN notification_preferences p ON p.user_id = n.recipient_id AND p.email = 'DAILY_DIGEST'
        WHERE n.email_status = 'DIGEST' AND n.created_at < $1
          AND NOT EXISTS (SELECT 1 FROM notification_digests d WHERE d.user_id = n.recipient_id AND d.day = $2::date AND d.status = 'SENT')`,
      [cutoff, day],
    );
    for (const { user_id } of people) await this.sendDigest(user_id, day, cutoff);
  }

  private async sendDigest(userId: string, day: string, cutoff: Date): Promise<void> {
    const claim: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO notification_digests (user_id, day, status, claimed_at) VALUES ($1, $2::date, 'SENDING', now())
       ON CONFLICT (user_id, day) DO UPDATE SET claimed_at = now()
        WHERE notification_digests.status = 'SENDING' AND notification_digests.claimed_at < now() - interval '${CLAIM_LEASE}'
       RETURNING id`,
      [userId, day],
    );
    const digestId = claim[0]?.id;
    if (!digestId) return;
    const rows: ClaimedRow[] = await this.dataSource.query(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notifications n JOIN users u ON u.id = n.recipient_id LEFT JOIN users a ON a.id = n.actor_id
        WHERE n.recipient_id = $1 AND n.email_status = 'DIGEST' AND n.created_at < $2 ORDER BY n.created_at, n.id`,
      [userId, cutoff],
    );
    if (rows.length === 0) {
      await this.dataSource.query(`DELETE FROM notification_digests WHERE id = $1 AND status = 'SENDING'`, [digestId]);
      return;
    }
    try {
      await this.mailer.send({ to: rows[0]!.email, ...digestMail(rows[0]!.display_name, rows.map(toMailed), this.config.publicUrl, cutoff, mailLocale(rows[0]!.locale)) });
    } catch (error) {
      this.logger.warn(`Could not send the daily digest of user ${userId}: ${String(error)}`);
      // Released at once: the next sweep tries again.
      await this.dataSource.query(`DELETE FROM notification_digests WHERE id = $1 AND status = 'SENDING'`, [digestId]);
      return;
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE notifications SET email_status = 'SENT', emailed_at = now() WHERE id = ANY($1::uuid[]) AND email_status = 'DIGEST'`, [
        rows.map((r) => r.id),
      ]);
      await manager.query(`UPDATE notification_digests SET status = 'SENT', sent_at = now(), notifications = $2 WHERE id = $1`, [
        digestId,
        rows.length,
      ]);
    });
  }
}
