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

export const DEFAULT_JOB_ATTEMPTS = 5;
export const DEFAULT_JOB_BACKOFF_MS = 1_000;

/**
 * One string per name+key that cannot be confused with another pair: both parts are URI-encoded, so the separator
 * `|` (and `:`, which BullMQ refuses in job ids because it separates Redis key segments) never occur inside them.
 */
export function jobSlot(name: string, key: string): string {
  return `${encodeURIComponent(name)}|${encodeURIComponent(key)}`;
}

/** Programming errors (bad name, key, date or payload) are thrown at once, the same way by both runners. */
export function checkJobArguments(name: string, key: string, runAt?: Date, payload?: unknown): void {
  if (typeof name !== 'string' || name.trim() === '') throw new Error('A job needs a name');
  if (typeof key !== 'string' || key === '') throw new Error(`Job ${name} needs a key`);
  if (runAt !== undefined && !(runAt instanceof Date && Number.isFinite(runAt.getTime()))) {
    throw new Error(`Job ${name} (${key}) needs a valid run date`);
  }
  if (payload !== undefined && (payload === null || typeof payload !== 'object')) {
    throw new Error(`Job ${name} (${key}) needs an object payload`);
  }
}

/** Payloads go through JSON in both runners, so a handler sees the same values with or without Redis. */
export function asJson<P>(payload: P): P {
  return JSON.parse(JSON.stringify(payload)) as P;
}
