import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, BadUserInputError, EventBus, isUuid, NotFoundError } from '@mps/api-core';
import { Actor } from '@mps/api-iam';
import { DEFAULT_EMAIL_NOTIFICATION_MODE, EMAIL_NOTIFICATION_MODES, EmailNotificationMode } from '@mps/shared-domain';
import { NotificationEntity } from '../entities/notification.entity';
import type { NotificationModel } from '../models/notification.model';

export const MAX_NOTIFICATIONS_PAGE = 100;

/** A page cursor: the last notification's time and id (newest first), opaque to clients. */
export const encodeNotificationCursor = (n: { createdAt: Date; id: string }) =>
  Buffer.from(`n:${n.createdAt.toISOString()}|${n.id}`).toString('base64url');
function decodeNotificationCursor(cursor: string): { at: Date; id: string } {
  const text = cursor.length <= 200 ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^n:([0-9T:.\-Z]+)\|([0-9a-f-]{36})$/.exec(text);
  const at = match ? new Date(match[1]!) : null;
  if (!match || !at || Number.isNaN(at.getTime()) || !isUuid(match[2]!)) throw new BadUserInputError('This page cursor is not valid.', 'after');
  return { at, id: match[2]! };
}

export const toNotificationModel = (n: NotificationEntity): NotificationModel => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  link: n.link,
  dueAt: n.dueAt,
  createdAt: n.createdAt,
  readAt: n.readAt,
  workspaceId: n.workspaceId,
  actorId: n.actorId,
});

/**
 * A person's own notifications: only ever the caller's (the operations are `authenticated` and scope themselves), and
 * only of workspaces they are still an active member of.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  private visible(alias = 'n') {
    return `${alias}.recipient_id = :userId AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = ${alias}.recipient_id
              AND m.workspace_id = ${alias}.workspace_id AND m.deactivated_at IS NULL)`;
  }

  async page(actor: Actor, first: number, after: string | null | undefined, unreadOnly: boolean) {
    if (!Number.isInteger(first) || first < 1 || first > MAX_NOTIFICATIONS_PAGE) {
      throw new BadUserInputError(`Ask for 1 to ${MAX_NOTIFICATIONS_PAGE} notifications at a time.`, 'first');
    }
    const query = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where(this.visible(), { userId: actor.userId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(first + 1);
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    if (after) {
      const cursor = decodeNotificationCursor(after);
      query.andWhere('(n.created_at, n.id) < (:at, :id)', { at: cursor.at, id: cursor.id });
    }
    const rows = await query.getMany();
    const nodes = rows.slice(0, first);
    return { nodes, hasNextPage: rows.length > first, endCursor: nodes.length ? encodeNotificationCursor(nodes[nodes.length - 1]!) : null };
  }

  async unreadCount(userId: string): Promise<number> {
    return this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where(this.visible(), { userId })
      .andWhere('n.read_at IS NULL')
      .getCount();
  }

  /** Marks one of the caller's notifications read (again: nothing changes). Anyone else's is NOT_FOUND. */
  async markRead(actor: Actor, id: string): Promise<NotificationEntity> {
    const found = isUuid(id)
      ? await this.dataSource
          .getRepository(NotificationEntity)
          .createQueryBuilder('n')
          .where(this.visible(), { userId: actor.userId })
          .andWhere('n.id = :id', { id })
          .getOne()
      : null;
    if (!found) throw new NotFoundError('Notification');
    if (found.readAt) return found;
    await this.dataSource.query('UPDATE notifications SET read_at = now() WHERE id = $1 AND read_at IS NULL', [id]);
    const updated = await this.dataSource.getRepository(NotificationEntity).findOneByOrFail({ id });
    this.changed(actor.userId, updated.workspaceId);
    return updated;
  }

  /** Marks every unread notification of the caller read; answers how many changed. */
  async markAllRead(actor: Actor): Promise<number> {
    // TypeORM answers an UPDATE as [rows, affected count].
    const [rows]: [Array<{ workspace_id: string }>, number] = await this.dataSource.query(
      'UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL RETURNING workspace_id',
      [actor.userId],
    );
    if (rows[0]) this.changed(actor.userId, rows[0].workspace_id);
    return rows.length;
  }

  async preferences(userId: string): Promise<{ email: EmailNotificationMode }> {
    const rows: Array<{ email: EmailNotificationMode }> = await this.dataSource.query(
      'SELECT email FROM notification_preferences WHERE user_id = $1',
      [userId],
    );
    return { email: rows[0]?.email ?? DEFAULT_EMAIL_NOTIFICATION_MODE };
  }

  /**
   * Sets the caller's choice of e-mail, with its audit event, and moves mail still waiting to the new choice: to the
   * digest, to immediate sending, or to none.
   */
  async updatePreferences(actor: Actor, email: EmailNotificationMode): Promise<{ email: EmailNotificationMode }> {
    if (!EMAIL_NOTIFICATION_MODES.includes(email)) throw new BadUserInputError('Choose IMMEDIATE, DAILY_DIGEST or OFF.', 'email');
    await this.dataSource.transaction(async (manager) => {
      const before: Array<{ email: string }> = await manager.query(
        'SELECT email FROM notification_preferences WHERE user_id = $1 FOR UPDATE',
        [actor.userId],
      );
      await manager.query(
        `INSERT INTO notification_preferences (user_id, email, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, updated_at = now()`,
        [actor.userId, email],
      );
      const target = email === 'IMMEDIATE' ? 'PENDING' : email === 'DAILY_DIGEST' ? 'DIGEST' : 'NONE';
      await manager.query(
        `UPDATE notifications SET email_status = $2, email_not_before = now()
          WHERE recipient_id = $1 AND email_status IN ('PENDING', 'DIGEST') AND email_status <> $2`,
        [actor.userId, target],
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        workspaceId: null,
        action: 'notification-preferences.updated',
        subjectType: 'User',
        subjectId: actor.userId,
        data: { before: before[0]?.email ?? DEFAULT_EMAIL_NOTIFICATION_MODE, after: email },
      });
    });
    return { email };
  }

  /** The caller's other tabs and devices update their bell. */
  private changed(userId: string, workspaceId: string): void {
    this.events.publish({ type: 'NOTIFICATIONS_CHANGED', workspaceId, userIds: [userId], actorId: userId, at: new Date().toISOString() });
  }
}
