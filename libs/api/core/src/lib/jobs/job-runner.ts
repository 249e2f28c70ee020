/**
 * Scheduled work (a review cycle closing at its date, reminders, digests): one runner for every domain, chosen by
 * configuration — BullMQ on Redis when REDIS_URL is set (several instances), timers in this process otherwise.
 * docs/adr/0006-job-runner.md explains the guarantees; the short version:
 * - at least once: a handler may run again after a crash or a failure, so it must be idempotent (a conditional
 *   update such as `UPDATE … WHERE state = 'OPEN' AND closes_at <= now()` makes its effect happen once);
 * - payloads travel as JSON and carry ids only: the handler re-reads the rows it acts on;
 * - domains re-schedule their pending work at boot, which is what makes the in-process runner survive a restart.
 */
export type JobHandler<P> = (payload: P) => Promise<void>;

export abstract class JobRunner {
  /** Registers the handler of a job name; call once per name, at module init (onModuleInit). Handlers must be
   *  idempotent: a job may run again after a crash mid-run. */
  abstract register<P extends object>(name: string, handler: JobHandler<P>): void;
  /** Runs `name` with `payload` at `runAt` (at once when past). `key` identifies the job: scheduling the same
   *  name+key again replaces the earlier schedule (new time/payload). Across instances it runs once. */
  abstract schedule<P extends object>(name: string, key: string, runAt: Date, payload: P): Promise<void>;
  /** Forgets a scheduled job (no error when there is none). */
  abstract cancel(name: string, key: string): Promise<void>;
  /** Stops timers/workers; called on shutdown. */
  abstract close(): Promise<void>;
}

/** Tuning shared by both runners. */
export interface JobRetryOptions {
  /** Runs of a failing handler in total, the first included (default 5). */
  attempts?: number;
  /** Wait before the first retry; each further retry waits twice as long (default 1 s). */
  backoffMs?: number;
}
