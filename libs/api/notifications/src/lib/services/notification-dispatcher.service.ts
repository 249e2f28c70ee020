import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EventBus } from '@mps/api-core';
import { CYCLE_CLOSING_REMINDER_DAYS, notificationPaths, oneLineTitle } from '@mps/shared-domain';
import { AuditEventRow, NotificationDraft, notificationsFor, pendingSignatories } from './notification-recipients';
import { insertNotifications } from './notification-store';

/** Audit events turned into notifications per transaction: a bounded batch keeps each transaction short. */
const BATCH = 200;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Turns the audit log into notifications (docs/adr/0012). Every mutation writes its audit event in its own
 * transaction and each workspace's events are numbered in commit order (docs/adr/0008), so the log is a reliable
 * outbox: per chain a cursor row says how far it was read; reading the next events, inserting their notifications and
 * moving the cursor happen in one transaction that holds the cursor row, so two instances never both do it and a
 * crash loses nothing. Nudged by domain events for low latency and by the periodic sweep for what a nudge missed.
 */
@Injectable()
export class NotificationDispatcher {
  private readonly logger = new Logger('Notifications');
  /** Chains being dispatched on this instance, and whether another nudge came meanwhile. */
  private readonly running = new Map<string, { again: boolean; done: Promise<void> }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventBus,
  ) {}

  /** Dispatches a workspace's new audit events soon; nudges during a run make it run once more. Never throws. */
  nudge(workspaceId: string): Promise<void> {
    const current = this.running.get(workspaceId);
    if (current) {
      current.again = true;
      return current.done;
    }
    const state = { again: false, done: Promise.resolve() };
    state.done = (async () => {
      try {
        do {
          state.again = false;
          await this.dispatchChain(workspaceId, true);
        } while (state.again);
      } catch (error) {
        // The periodic sweep picks the events up again: nothing moved the cursor.
        this.logger.warn(`Dispatching notifications of workspace ${workspaceId} failed: ${String(error)}`);
      } finally {
        this.running.delete(workspaceId);
      }
    })();
    this.running.set(workspaceId, state);
    return state.done;
  }

  /** Resolves when the nudged runs in progress on this instance have finished (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running.values()].map((r) => r.done));
  }

  /**
   * Every workspace's chain, skipping those another instance is dispatching right now (it will finish them). New
   * workspaces get their cursor here, at the start of their chain.
   */
  async dispatchAll(): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_cursors (chain, last_seq) SELECT id::text, 0 FROM workspaces ON CONFLICT (chain) DO NOTHING`,
    );
    const chains: Array<{ chain: string }> = await this.dataSource.query(
      `SELECT c.chain FROM notification_cursors c
        WHERE EXISTS (SELECT 1 FROM audit_events a WHERE a.chain = c.chain AND a.seq > c.last_seq)`,
    );
    for (const { chain } of chains) await this.dispatchChain(chain, false);
  }

  /**
   * Reads the chain after its cursor in batches. `wait`: wait for another instance's batch instead of skipping, so
   * that a nudge right after a commit sees its event even when another instance was mid-batch.
   */
  async dispatchChain(chain: string, wait: boolean): Promise<void> {
    for (;;) {
      const notified = new Set<string>();
      const more = await this.dataSource.transaction(async (manager) => {
        if (wait) {
          await manager.query(`INSERT INTO notification_cursors (chain, last_seq) VALUES ($1, 0) ON CONFLICT (chain) DO NOTHING`, [chain]);
        }
        const cursor: Array<{ last_seq: string }> = await manager.query(
          `SELECT last_seq FROM notification_cursors WHERE chain = $1 FOR UPDATE ${wait ? '' : 'SKIP LOCKED'}`,
          [chain],
        );
        if (!cursor[0]) return false;
        const events: AuditEventRow[] = await manager.query(
          `SELECT id, seq, at, actor_id, workspace_id, action, subject_type, subject_id, data
             FROM audit_events WHERE chain = $1 AND seq > $2 ORDER BY seq LIMIT ${BATCH}`,
          [chain, cursor[0].last_seq],
        );
        if (events.length === 0) return false;
        const drafts: NotificationDraft[] = [];
        for (const event of events) {
          if (event.workspace_id) drafts.push(...(await notificationsFor(manager, event)));
        }
        for (const userId of await insertNotifications(manager, drafts)) notified.add(userId);
        await manager.query(`UPDATE notification_cursors SET last_seq = $2, updated_at = now() WHERE chain = $1`, [
          chain,
          events[events.length - 1]!.seq,
        ]);
        return events.length === BATCH;
      });
      this.announce(chain, notified);
      if (!more) return;
    }
  }

  /**
   * Reminders before a cycle closes (CYCLE_CLOSING_REMINDER_DAYS), to the people of required signatory organisations
   * that still have a section to sign off. Each (cycle, day count, person) once, whichever instance runs it; only
   * the nearest reminder whose time has come (a sweep after downtime does not send the 3-day one on the last day),
   * and none for a cycle opened after the reminder's time.
   */
  async sendDueReminders(now = new Date()): Promise<void> {
    const longest = Math.max(...CYCLE_CLOSING_REMINDER_DAYS);
    const cycles: Array<{ id: string; workspace_id: string; title: string; closes_at: Date; opened_at: Date }> = await this.dataSource.query(
      `SELECT id, workspace_id, title, closes_at, opened_at FROM review_cycles
        WHERE status = 'OPEN' AND closes_at > $1 AND closes_at <= $1::timestamptz + make_interval(days => $2)`,
      [now, longest],
    );
    for (const cycle of cycles) {
      const left = cycle.closes_at.getTime() - now.getTime();
      const days = [...CYCLE_CLOSING_REMINDER_DAYS].sort((a, b) => a - b).find((d) => left <= d * DAY_MS);
      if (days === undefined || cycle.opened_at.getTime() >= cycle.closes_at.getTime() - days * DAY_MS) continue;
      const notified = await this.dataSource.transaction(async (manager: EntityManager) => {
        const people = await pendingSignatories(manager, cycle.id);
        return insertNotifications(
          manager,
          people.map((p) => ({
            recipientId: p.user_id,
            workspaceId: cycle.workspace_id,
            kind: 'REVIEW_CYCLE_CLOSING' as const,
            dedupeKey: `review-cycle-closing:${cycle.id}:${days}d`,
            actorId: null,
            subjectType: 'ReviewCycle',
            subjectId: cycle.id,
            title: oneLineTitle(cycle.title, 120),
            link: notificationPaths.reviewCycle(cycle.id),
            dueAt: cycle.closes_at,
            createdAt: null,
          })),
        );
      });
      this.announce(cycle.workspace_id, new Set(notified));
    }
  }

  /**
   * A task that passed its due date while OPEN or IN_PROGRESS: its assignee, or the members of its organisation who
   * may work on tasks (not observers), are told once per task and due date (a new due date may remind again). Called
   * by every sweep, whichever instance runs it: the dedupe key makes it once.
   */
  async sendOverdueTaskReminders(now = new Date()): Promise<void> {
    const rows: Array<{ user_id: string; workspace_id: string; task_id: string; title: string; due_at: Date; profile_id: string; section_id: string | null }> =
      await this.dataSource.query(
        `SELECT DISTINCT m.user_id, t.workspace_id, t.id AS task_id, t.title, t.due_at, t.profile_id, t.section_id
           FROM tasks t
           JOIN memberships m ON m.workspace_id = t.workspace_id AND m.deactivated_at IS NULL AND m.status = 'ACTIVE'
                              AND m.user_id IS NOT NULL AND m.role <> 'OBSERVER'
                              AND (m.user_id = t.assignee_user_id OR m.organization_id = t.assignee_organization_id)
          WHERE t.status IN ('OPEN', 'IN_PROGRESS') AND t.due_at IS NOT NULL AND t.due_at <= $1
            AND NOT EXISTS (SELECT 1 FROM notifications n
                             WHERE n.recipient_id = m.user_id AND n.dedupe_key = 'task-overdue:' || t.id || ':' || to_char(t.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS'))
          LIMIT 2000`,
        [now],
      );
    const byWorkspace = new Map<string, typeof rows>();
    for (const row of rows) byWorkspace.set(row.workspace_id, [...(byWorkspace.get(row.workspace_id) ?? []), row]);
    for (const [workspaceId, tasks] of byWorkspace) {
      const notified = await this.dataSource.transaction((manager: EntityManager) =>
        insertNotifications(
          manager,
          tasks.map((task) => ({
            recipientId: task.user_id,
            workspaceId,
            kind: 'TASK_OVERDUE' as const,
            dedupeKey: `task-overdue:${task.task_id}:${task.due_at.toISOString().slice(0, 19)}`,
            actorId: null,
            subjectType: 'Task',
            subjectId: task.task_id,
            title: oneLineTitle(task.title, 120),
            link: task.section_id ? notificationPaths.section(task.profile_id, task.section_id) : notificationPaths.myWork,
            dueAt: task.due_at,
            createdAt: null,
          })),
        ),
      );
      this.announce(workspaceId, new Set(notified));
    }
  }

  private announce(workspaceId: string, userIds: ReadonlySet<string>): void {
    if (userIds.size === 0) return;
    this.events.publish({ type: 'NOTIFICATIONS_CHANGED', workspaceId, userIds: [...userIds], actorId: null, at: new Date().toISOString() });
  }
}
