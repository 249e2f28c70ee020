import { Logger } from '@nestjs/common';
import { asJson, checkJobArguments, DEFAULT_JOB_ATTEMPTS, DEFAULT_JOB_BACKOFF_MS, jobSlot } from './job-internals';
import { JobHandler, JobRetryOptions, JobRunner } from './job-runner';

/** setTimeout fires at once for delays above 2^31-1 ms (~24.8 days): longer waits are chained. */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

/** One schedule: replacing or cancelling it drops the object, and timers of a dropped object do nothing. */
interface Scheduled {
  readonly name: string;
  readonly key: string;
  readonly payload: object;
  timer?: NodeJS.Timeout;
  /** Runs started so far. */
  attempts: number;
  /** Due, but no handler is registered for its name yet. */
  awaitingHandler: boolean;
}

/**
 * One process, timers only: what a single instance without Redis needs. The runner keeps nothing on disk: a
 * schedule survives a restart because each domain re-schedules its pending work at boot (e.g. every open review
 * cycle's closing), from the rows that are the truth. A job due before its handler is registered waits for
 * `register`, so boot order does not matter. A failing handler is logged and retried with exponential backoff; it
 * never crashes the process.
 */
export class InProcessJobRunner extends JobRunner {
  private readonly logger = new Logger('JobRunner');
  private readonly handlers = new Map<string, JobHandler<object>>();
  private readonly scheduled = new Map<string, Scheduled>();
  private readonly running = new Set<Promise<void>>();
  private readonly attempts: number;
  private readonly backoffMs: number;
  private closed = false;

  constructor(options: JobRetryOptions = {}) {
    super();
    this.attempts = Math.max(1, options.attempts ?? DEFAULT_JOB_ATTEMPTS);
    this.backoffMs = options.backoffMs ?? DEFAULT_JOB_BACKOFF_MS;
  }

  register<P extends object>(name: string, handler: JobHandler<P>): void {
    checkJobArguments(name, '-');
    if (this.handlers.has(name)) throw new Error(`Job ${name} already has a handler`);
    this.handlers.set(name, handler as JobHandler<object>);
    for (const job of this.scheduled.values()) {
      if (job.name === name && job.awaitingHandler) this.run(job);
    }
  }

  async schedule<P extends object>(name: string, key: string, runAt: Date, payload: P): Promise<void> {
    checkJobArguments(name, key, runAt, payload);
    if (this.closed) throw new Error(`Job ${name} (${key}) cannot be scheduled: the job runner is closed`);
    this.forget(jobSlot(name, key));
    const job: Scheduled = { name, key, payload: asJson(payload), attempts: 0, awaitingHandler: false };
    this.scheduled.set(jobSlot(name, key), job);
    this.wakeAt(job, runAt.getTime());
  }

  async cancel(name: string, key: string): Promise<void> {
    checkJobArguments(name, key);
    this.forget(jobSlot(name, key));
  }

  /** Clears every timer and waits for the handlers already running. */
  async close(): Promise<void> {
    this.closed = true;
    for (const slot of [...this.scheduled.keys()]) this.forget(slot);
    await Promise.allSettled([...this.running]);
  }

  /** Jobs waiting (for their time, a retry or their handler); tests and diagnostics. */
  get size(): number {
    return this.scheduled.size;
  }

  private forget(slot: string): void {
    const job = this.scheduled.get(slot);
    if (!job) return;
    clearTimeout(job.timer);
    this.scheduled.delete(slot);
  }

  private isCurrent(job: Scheduled): boolean {
    return !this.closed && this.scheduled.get(jobSlot(job.name, job.key)) === job;
  }

  private wakeAt(job: Scheduled, at: number): void {
    const delay = Math.max(0, at - Date.now());
    // Beyond the limit wait the longest possible, then look again.
    job.timer =
      delay > MAX_TIMER_DELAY_MS
        ? setTimeout(() => this.isCurrent(job) && this.wakeAt(job, at), MAX_TIMER_DELAY_MS)
        : setTimeout(() => this.isCurrent(job) && this.run(job), delay);
    // Waiting jobs alone do not keep the process (or a test) alive.
    job.timer.unref();
  }

  private run(job: Scheduled): void {
    const handler = this.handlers.get(job.name);
    job.awaitingHandler = !handler;
    if (!handler) return;
    job.attempts += 1;
    const execution = this.execute(job, handler);
    this.running.add(execution);
    void execution.finally(() => this.running.delete(execution));
  }

  private async execute(job: Scheduled, handler: JobHandler<object>): Promise<void> {
    try {
      await handler(job.payload);
      // A schedule made while it ran (e.g. the handler's own next run) stays.
      if (this.isCurrent(job)) this.scheduled.delete(jobSlot(job.name, job.key));
    } catch (error) {
      const what = `Job ${job.name} (${job.key}) failed on attempt ${job.attempts} of ${this.attempts}`;
      const why = error instanceof Error ? (error.stack ?? error.message) : String(error);
      if (!this.isCurrent(job)) {
        this.logger.error(`${what}; it was replaced or cancelled meanwhile: ${why}`);
      } else if (job.attempts < this.attempts) {
        const wait = this.backoffMs * 2 ** (job.attempts - 1);
        this.logger.warn(`${what}, retrying in ${wait} ms: ${why}`);
        this.wakeAt(job, Date.now() + wait);
      } else {
        this.logger.error(`${what}; giving up until it is scheduled again: ${why}`);
        this.scheduled.delete(jobSlot(job.name, job.key));
      }
    }
  }
}
