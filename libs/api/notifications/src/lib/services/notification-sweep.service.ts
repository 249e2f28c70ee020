import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EventBus, JobRunner } from '@mps/api-core';
import { NotificationDelivery } from './notification-delivery.service';
import { NotificationDispatcher } from './notification-dispatcher.service';

/** The periodic job (one schedule across instances, name + key): dispatch, reminders, mail, digests. */
export const NOTIFICATION_SWEEP_JOB = 'notifications.sweep';
const SWEEP_KEY = 'every-minute';
export const SWEEP_INTERVAL_MS = 60_000;

/**
 * Keeps notifications moving. Domain events nudge the dispatcher at once (low latency); the sweep, a JobRunner job
 * that re-schedules itself every minute (BullMQ with Redis, a timer without), catches what a nudge missed (an event
 * Redis dropped, an instance that stopped mid-way) and does the timed work: reminders and daily digests. Every step
 * claims its work in the database, so the sweep may run on any instance, twice, or at the same time as a nudge.
 */
@Injectable()
export class NotificationSweep implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NotificationSweep');
  private unsubscribe: (() => void) | null = null;
  private stopped = false;

  constructor(
    private readonly events: EventBus,
    private readonly jobs: JobRunner,
    private readonly dispatcher: NotificationDispatcher,
    private readonly delivery: NotificationDelivery,
  ) {}

  onModuleInit(): void {
    this.jobs.register(NOTIFICATION_SWEEP_JOB, async () => {
      try {
        await this.sweep();
      } finally {
        await this.scheduleNext();
      }
    });
    this.unsubscribe = this.events.subscribe((event) => {
      if (this.stopped) return;
      if (event.type === 'NOTIFICATIONS_CHANGED') {
        void this.delivery.nudge();
        return;
      }
      void this.dispatcher.nudge(event.workspaceId);
    });
  }

  /** The sweep's schedule is (re)made at boot: the in-process runner keeps nothing across restarts. */
  async onApplicationBootstrap(): Promise<void> {
    await this.scheduleNext(new Date());
  }

  onModuleDestroy(): void {
    this.stopped = true;
    this.unsubscribe?.();
  }

  /**
   * Resolves when the work that events started on this instance (dispatching, then the e-mail it led to) has
   * finished: e.g. before checking that every database connection is idle again.
   */
  async settled(): Promise<void> {
    await this.dispatcher.settled();
    await this.delivery.settled();
    await this.dispatcher.settled();
  }

  /** One round of everything; each step on its own, so one failing does not hold up the others. */
  async sweep(now = new Date()): Promise<void> {
    const steps: Array<[string, () => Promise<void>]> = [
      ['dispatch', () => this.dispatcher.dispatchAll()],
      ['reminders', () => this.dispatcher.sendDueReminders(now)],
      ['overdue tasks', () => this.dispatcher.sendOverdueTaskReminders(now)],
      ['e-mail', () => this.delivery.sendImmediate()],
      ['digests', () => this.delivery.sendDueDigests(now)],
    ];
    for (const [name, step] of steps) {
      if (this.stopped) return;
      await step().catch((error: unknown) => this.logger.warn(`Notification sweep step ${name} failed: ${String(error)}`));
    }
  }

  private async scheduleNext(at = new Date(Date.now() + SWEEP_INTERVAL_MS)): Promise<void> {
    if (this.stopped) return;
    await this.jobs.schedule(NOTIFICATION_SWEEP_JOB, SWEEP_KEY, at, {}).catch((error: unknown) => {
      // The next boot schedules it again; nudges keep in-app notifications flowing meanwhile.
      this.logger.error(`Could not schedule the notification sweep: ${String(error)}`);
    });
  }
}
