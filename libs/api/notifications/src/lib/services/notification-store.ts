import { EntityManager } from 'typeorm';
import { DEFAULT_EMAIL_NOTIFICATION_MODE, EmailNotificationMode } from '@mps/shared-domain';
import type { NotificationEmailStatus } from '../entities/notification.entity';
import type { NotificationDraft } from './notification-recipients';

/** Where a new notification's e-mail starts, by the person's choice. */
export const initialEmailStatus = (mode: EmailNotificationMode): NotificationEmailStatus =>
  mode === 'IMMEDIATE' ? 'PENDING' : mode === 'DAILY_DIGEST' ? 'DIGEST' : 'NONE';

/**
 * Inserts notifications once: a (recipient, dedupe key) already there inserts nothing, so a replayed dispatch or a
 * reminder run on two instances at once notifies each person once. Answers the people who got a new one.
 */
export async function insertNotifications(manager: EntityManager, drafts: readonly NotificationDraft[]): Promise<string[]> {
  if (drafts.length === 0) return [];
  const recipients = [...new Set(drafts.map((d) => d.recipientId))];
  const preferences: Array<{ user_id: string; email: EmailNotificationMode }> = await manager.query(
    'SELECT user_id, email FROM notification_preferences WHERE user_id = ANY($1::uuid[])',
    [recipients],
  );
  const modes = new Map(preferences.map((p) => [p.user_id, p.email]));
  const column = <T>(pick: (d: NotificationDraft) => T) => drafts.map(pick);
  const inserted: Array<{ recipient_id: string }> = await manager.query(
    `INSERT INTO notifications (recipient_id, workspace_id, kind, dedupe_key, actor_id, subject_type, subject_id, title, link,
                                due_at, email_status, created_at)
     SELECT r, w, k, dk, a, st, si, t, l, due, es, coalesce(c, now())
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::uuid[], $8::text[], $9::text[],
                   $10::timestamptz[], $11::text[], $12::timestamptz[]) AS x(r, w, k, dk, a, st, si, t, l, due, es, c)
     ON CONFLICT (recipient_id, dedupe_key) DO NOTHING
     RETURNING recipient_id`,
    [
      column((d) => d.recipientId),
      column((d) => d.workspaceId),
      column((d) => d.kind),
      column((d) => d.dedupeKey),
      column((d) => d.actorId),
      column((d) => d.subjectType),
      column((d) => d.subjectId),
      column((d) => d.title),
      column((d) => d.link),
      column((d) => d.dueAt),
      column((d) => initialEmailStatus(modes.get(d.recipientId) ?? DEFAULT_EMAIL_NOTIFICATION_MODE)),
      column((d) => d.createdAt),
    ],
  );
  return [...new Set(inserted.map((r) => r.recipient_id))];
}
