import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { DelayedError, Job, Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import { asJson, checkJobArguments, DEFAULT_JOB_ATTEMPTS, DEFAULT_JOB_BACKOFF_MS, jobSlot } from './job-internals';
import { JobHandler, JobRetryOptions, JobRunner } from './job-runner';

export interface BullMqJobRunnerOptions extends JobRetryOptions {
  /** redis:// or rediss:// URL. */
  url: string;
  /** First segment of every Redis key the runner writes (default `mps`); tests use a unique one. */
  prefix?: string;
  /** How long `schedule` and `cancel` wait for Redis before they reject (default 5 s). */
  connectTimeoutMs?: number;
  /** When a job is due on an instance that has no handler for its name, it is offered again this much later
   *  (default 5 s) without using up an attempt: an instance still booting, or an older release during a rollout. */
  unhandledRetryMs?: number;
  /** Jobs one instance runs at the same time (default 4). */
  concurrency?: number;
}

/**
 * `schedule` or `cancel` could not reach Redis. Usually nothing changed there; if the connection dropped between the
 * two writes of a `schedule`, the earlier schedule of that name+key may be gone too (the boot re-scheduling repairs it).
 */
export class JobRunnerUnavailableError extends Error {
  override readonly name = 'JobRunnerUnavailableError';
}

/** What a BullMQ job carries: the schedule it belongs to and the domain's payload. */
interface Envelope {
  key: string;
  scheduleId: string;
  payload: object;
}

const QUEUE_NAME = 'jobs';
/** Completed and failed jobs kept for inspection; older ones are deleted. */
const KEEP_FINISHED = 1_000;

/** Puts the earlier schedule back (or clears the slot) while the slot still names the one that failed to queue. */
const RESTORE_SLOT = `if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then if ARGV[3] == '' then return redis.call('HDEL', KEYS[1], ARGV[1]) end return redis.call('HSET', KEYS[1], ARGV[1], ARGV[3]) end return 0`;
/** Deletes the slot only while it still names this schedule (a newer one, made meanwhile, stays). */
const RELEASE_SLOT = `if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then return redis.call('HDEL', KEYS[1], ARGV[1]) end return 0`;

/**
 * Several instances: jobs live in Redis as BullMQ delayed jobs, so they survive restarts, and every instance runs one
 * worker on the same queue, so each job is taken by one of them.
 *
 * Replacing. Each `schedule` gets a fresh id, recorded as the current schedule of its name+key in one Redis hash
 * (`<prefix>:job-schedules`, field `jobSlot(name, key)`); the BullMQ job id is that field plus the schedule id (no
 * `:`, which BullMQ refuses in job ids). A worker runs a job only while it is the current schedule of its slot; the
 * earlier job is also removed from the queue, but a job that is already running cannot be, and when two instances
 * replace at once the last to write the hash wins — the other job is skipped as stale. This also lets a handler
 * schedule its own name+key again (the next reminder) while it runs, which BullMQ's own dedup by job id would ignore.
 *
 * Failures. A failing handler is retried with exponential backoff (attempts in BullMQ), each failure logged; after
 * the last attempt the slot is released and the job stays in the failed set (bounded). If a process dies mid-run,
 * BullMQ's stalled-job check hands the job to another worker: at least once, hence idempotent handlers.
 *
 * Redis down. Connection errors are logged, never thrown at anyone; `schedule` and `cancel` reject with a
 * `JobRunnerUnavailableError` when Redis does not answer within `connectTimeoutMs` (no offline queue keeps the
 * request for later). The caller has committed its change already: it logs the error, and the domain's
 * re-scheduling at boot (or its next schedule of the same name+key) repairs the gap.
 */
export class BullMqJobRunner extends JobRunner {
  private readonly logger = new Logger('JobRunner');
  private readonly handlers = new Map<string, JobHandler<object>>();
  private readonly prefix: string;
  private readonly schedulesKey: string;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly connectTimeoutMs: number;
  private readonly unhandledRetryMs: number;
  private readonly concurrency: number;
  private redis?: Redis;
  private queue?: Queue<Envelope>;
  private worker?: Worker<Envelope>;
  private workerRequested = false;
  private readonly running = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly options: BullMqJobRunnerOptions) {
    super();
    this.prefix = options.prefix ?? 'mps';
    this.schedulesKey = `${this.prefix}:job-schedules`;
    this.attempts = Math.max(1, options.attempts ?? DEFAULT_JOB_ATTEMPTS);
    this.backoffMs = options.backoffMs ?? DEFAULT_JOB_BACKOFF_MS;
    this.connectTimeoutMs = options.connectTimeoutMs ?? 5_000;
    this.unhandledRetryMs = options.unhandledRetryMs ?? 5_000;
    this.concurrency = options.concurrency ?? 4;
  }

  /** Starts this instance's worker with the first handler, so a process that registers none never takes jobs. */
  register<P extends object>(name: string, handler: JobHandler<P>): void {
    checkJobArguments(name, '-');
    if (this.handlers.has(name)) throw new Error(`Job ${name} already has a handler`);
    if (this.closed) throw new Error(`Job ${name} cannot be registered: the job runner is closed`);
    this.handlers.set(name, handler as JobHandler<object>);
    this.startWorker();
  }

  async schedule<P extends object>(name: string, key: string, runAt: Date, payload: P): Promise<void> {
    checkJobArguments(name, key, runAt, payload);
    const what = `Job ${name} (${key})`;
    const slot = jobSlot(name, key);
    const scheduleId = randomUUID();
    const { redis, queue } = await this.connected(`${what} was not scheduled`);
    const envelope: Envelope = { key, scheduleId, payload: asJson(payload) };
    let previous: string | null;
    try {
      // First the hash, then the job: a job due at once must find itself current when a worker takes it.
      [previous] = await this.swapSlot(redis, slot, scheduleId);
    } catch (error) {
      throw new JobRunnerUnavailableError(`${what} was not scheduled: ${(error as Error).message}`);
    }
    try {
      await queue.add(name, envelope, {
        jobId: `${slot}|${scheduleId}`,
        delay: Math.max(0, runAt.getTime() - Date.now()),
      });
    } catch (error) {
      // Best effort: with the connection gone this fails too, and the earlier job is skipped as stale.
      await redis.eval(RESTORE_SLOT, 1, this.schedulesKey, slot, scheduleId, previous ?? '').catch(() => undefined);
      throw new JobRunnerUnavailableError(`${what} was not scheduled: ${(error as Error).message}`);
    }
    if (previous && previous !== scheduleId) await this.removeJob(queue, `${slot}|${previous}`);
  }

  async cancel(name: string, key: string): Promise<void> {
    checkJobArguments(name, key);
    const slot = jobSlot(name, key);
    const { redis, queue } = await this.connected(`Job ${name} (${key}) was not cancelled`);
    let previous: string | null;
    try {
      const results = await redis.multi().hget(this.schedulesKey, slot).hdel(this.schedulesKey, slot).exec();
      previous = (results?.[0]?.[1] as string | null | undefined) ?? null;
    } catch (error) {
      throw new JobRunnerUnavailableError(`Job ${name} (${key}) was not cancelled: ${(error as Error).message}`);
    }
    // Without its slot the job would be skipped anyway; removing it keeps the queue tidy.
    if (previous) await this.removeJob(queue, `${slot}|${previous}`);
  }

  /**
   * Lets the handlers already running finish, then closes the worker, the queue and the connection. The worker is
   * closed with `force`: a graceful BullMQ close waits for Redis, which would hang the shutdown while Redis is down;
   * the jobs this instance no longer runs wait in Redis for another instance (or this one after the restart).
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.running]);
    await this.worker?.close(true);
    await this.queue?.close();
    this.redis?.disconnect();
  }

  /** The connection and the queue, created on first use and ready, or a JobRunnerUnavailableError. */
  private async connected(failure: string): Promise<{ redis: Redis; queue: Queue<Envelope> }> {
    if (this.closed) throw new Error(`${failure}: the job runner is closed`);
    const redis = await this.ready(failure);
    this.queue ??= this.createQueue(redis);
    return { redis, queue: this.queue };
  }

  /** The connection once it answers; a JobRunnerUnavailableError after `connectTimeoutMs`. */
  private async ready(failure: string): Promise<Redis> {
    const redis = this.connection();
    if (redis.status === 'ready') return redis;
    let lastError = '';
    const onError = (error: Error) => (lastError = `: ${error.message}`);
    let onReady: () => void = () => undefined;
    redis.on('error', onError);
    try {
      const answered = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), this.connectTimeoutMs);
        onReady = () => (clearTimeout(timer), resolve(true));
        redis.once('ready', onReady);
      });
      if (!answered) {
        throw new JobRunnerUnavailableError(`${failure}: Redis did not answer within ${this.connectTimeoutMs} ms${lastError}`);
      }
      return redis;
    } finally {
      redis.off('error', onError);
      redis.off('ready', onReady);
    }
  }

  private connection(): Redis {
    if (this.redis) return this.redis;
    // No offline queue: while Redis is down a command fails at once instead of piling up; ioredis keeps reconnecting.
    const redis = new Redis(this.options.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    redis.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
    this.redis = redis;
    return redis;
  }

  private createQueue(redis: Redis): Queue<Envelope> {
    const queue = new Queue<Envelope>(QUEUE_NAME, {
      connection: redis,
      prefix: this.prefix,
      defaultJobOptions: {
        attempts: this.attempts,
        backoff: { type: 'exponential', delay: this.backoffMs },
        removeOnComplete: { count: KEEP_FINISHED },
        removeOnFail: { count: KEEP_FINISHED },
      },
    });
    queue.on('error', (error: Error) => this.logger.warn(`Job queue: ${error.message}`));
    return queue;
  }

  /**
   * The worker starts once Redis answers: while it is down there is nothing to take, and a BullMQ worker that never
   * connected keeps reconnect timers alive for seconds after it is closed.
   */
  private startWorker(): void {
    if (this.workerRequested) return;
    this.workerRequested = true;
    const redis = this.connection();
    const start = () => {
      if (this.closed || this.worker) return;
      // The worker blocks on its own connections (BullMQ opens them from these options and retries without limit).
      const worker = new Worker<Envelope>(QUEUE_NAME, (job, lockToken) => this.process(job, lockToken), {
        connection: { url: this.options.url },
        prefix: this.prefix,
        concurrency: this.concurrency,
      });
      worker.on('error', (error: Error) => this.logger.warn(`Job worker: ${error.message}`));
      worker.on('failed', (job, error) => void this.failed(job, error));
      this.worker = worker;
    };
    if (redis.status === 'ready') start();
    else redis.once('ready', start);
  }

  private async process(job: Job<Envelope>, lockToken?: string): Promise<void> {
    const { key, scheduleId, payload } = job.data;
    const slot = jobSlot(job.name, key);
    const redis = await this.ready(`Job ${job.name} (${key}) cannot start`);
    // Replaced or cancelled since it was queued: the current schedule (if any) is another job.
    if ((await redis.hget(this.schedulesKey, slot)) !== scheduleId) return;
    const handler = this.handlers.get(job.name);
    if (!handler || this.closed) {
      // Not this instance's to run (yet): back to the delayed set without using up an attempt.
      await job.moveToDelayed(Date.now() + (this.closed ? 0 : this.unhandledRetryMs), lockToken);
      throw new DelayedError();
    }
    const execution = handler(payload);
    this.running.add(execution);
    try {
      await execution;
    } finally {
      this.running.delete(execution);
    }
    await redis.eval(RELEASE_SLOT, 1, this.schedulesKey, slot, scheduleId);
  }

  private async failed(job: Job<Envelope> | undefined, error: Error): Promise<void> {
    const why = error.stack ?? error.message;
    if (!job) {
      this.logger.error(`A job failed: ${why}`);
      return;
    }
    const what = `Job ${job.name} (${job.data.key}) failed on attempt ${job.attemptsMade} of ${this.attempts}`;
    if (job.attemptsMade < (job.opts.attempts ?? 1)) {
      this.logger.warn(`${what}, retrying: ${why}`);
      return;
    }
    this.logger.error(`${what}; giving up until it is scheduled again: ${why}`);
    try {
      await this.connection().eval(RELEASE_SLOT, 1, this.schedulesKey, jobSlot(job.name, job.data.key), job.data.scheduleId);
    } catch (releaseError) {
      this.logger.warn(`Job ${job.name} (${job.data.key}) keeps its slot: ${(releaseError as Error).message}`);
    }
  }

  /** Atomically reads the slot's current schedule and makes `scheduleId` current. */
  private async swapSlot(redis: Redis, slot: string, scheduleId: string): Promise<[string | null]> {
    const results = await redis.multi().hget(this.schedulesKey, slot).hset(this.schedulesKey, slot, scheduleId).exec();
    const failure = results?.find(([error]) => error)?.[0];
    if (!results || failure) throw failure ?? new Error('the transaction was aborted');
    return [(results[0]?.[1] as string | null) ?? null];
  }

  /** Tidying only: a job left behind is skipped as stale when it comes due. */
  private async removeJob(queue: Queue<Envelope>, jobId: string): Promise<void> {
    try {
      await queue.remove(jobId);
    } catch (error) {
      this.logger.warn(`Stale job ${jobId} stays queued (it will be skipped): ${(error as Error).message}`);
    }
  }
}
