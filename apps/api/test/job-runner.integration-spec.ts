import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { BullMqJobRunner, BullMqJobRunnerOptions, InProcessJobRunner, JobRunner, JobRunnerUnavailableError } from '@mps/api-core';
import { deadPort, proxyToRedis, REDIS_URL, redisAnswers } from './support/redis';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

const until = async (check: () => boolean | Promise<boolean>, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
};
const inMs = (ms: number) => new Date(Date.now() + ms);

interface Run {
  runner: string;
  payload: { v: number };
}

// Two API instances are two runners on the same Redis and prefix. Each test has its own prefix, so other test
// files (and earlier tests) sharing this Redis cannot take or see its jobs.
(redisAnswers ? describe : describe.skip)('BullMqJobRunner on Redis (skipped without Redis)', () => {
  let prefix: string;
  const opened: JobRunner[] = [];
  const queues: Queue[] = [];
  const start = (options: Partial<BullMqJobRunnerOptions> = {}) => {
    const runner = new BullMqJobRunner({ url: REDIS_URL, prefix, backoffMs: 50, ...options });
    opened.push(runner);
    return runner;
  };
  /** Records each run of job `name` on `runner`, labelled with `label`. */
  const handle = (runner: JobRunner, label: string, runs: Run[], name = 'close') =>
    runner.register(name, async (payload: { v: number }) => void runs.push({ runner: label, payload }));
  /** Jobs of this prefix not yet finished: delayed, waiting or running (the queue's name is the runner's). */
  const unfinished = async () => {
    const queue = new Queue('jobs', { connection: { url: REDIS_URL }, prefix });
    queues.push(queue);
    const counts = await queue.getJobCounts('delayed', 'wait', 'active', 'prioritized', 'waiting-children');
    return Object.values(counts).reduce((sum, n) => sum + n, 0);
  };
  const delayedJobs = async () => {
    const queue = new Queue('jobs', { connection: { url: REDIS_URL }, prefix });
    queues.push(queue);
    return queue.getDelayed();
  };

  beforeEach(() => {
    prefix = `test-jobs-${randomUUID()}`;
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await Promise.all(opened.splice(0).map((runner) => runner.close()));
    await Promise.all(queues.splice(0).map((queue) => queue.close()));
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('runs a job scheduled by two instances once in total', async () => {
    const runs: Run[] = [];
    const a = start();
    const b = start();
    handle(a, 'A', runs);
    handle(b, 'B', runs);
    const runAt = inMs(500);
    await Promise.all([a.schedule('close', 'cycle-1', runAt, { v: 1 }), b.schedule('close', 'cycle-1', runAt, { v: 1 })]);
    await until(() => runs.length > 0);
    // Everything queued has been taken or dropped: a second run could only come from a job still pending.
    await until(async () => (await unfinished()) === 0);
    expect(runs.map((r) => r.payload)).toEqual([{ v: 1 }]);
  });

  it('keeps a job in Redis across a restart: scheduled on A, closed before it is due, run by B', async () => {
    const runs: Run[] = [];
    const a = start();
    handle(a, 'A', runs);
    await a.schedule('close', 'cycle-1', inMs(1_000), { v: 1 });
    await a.close();
    const b = start();
    handle(b, 'B', runs);
    await until(() => runs.length > 0);
    expect(runs).toEqual([{ runner: 'B', payload: { v: 1 } }]);
  });

  it('replaces a schedule: the new time and payload, and the earlier job is gone', async () => {
    const runs: Run[] = [];
    const a = start();
    await a.schedule('close', 'cycle-1', inMs(60_000), { v: 1 });
    await a.schedule('close', 'cycle-1', inMs(300), { v: 2 });
    handle(a, 'A', runs);
    await until(() => runs.length > 0);
    await until(async () => (await unfinished()) === 0);
    expect(runs.map((r) => r.payload)).toEqual([{ v: 2 }]);

    // And later: the delayed set holds only the new schedule, due at the new time.
    const later = inMs(120_000);
    await a.schedule('close', 'cycle-2', inMs(200), { v: 3 });
    await a.schedule('close', 'cycle-2', later, { v: 4 });
    const delayed = await delayedJobs();
    expect(delayed.map((job) => ({ data: job.data.payload, dueNear: Math.abs(job.timestamp + job.delay - later.getTime()) < 1_000 }))).toEqual([
      { data: { v: 4 }, dueNear: true },
    ]);
  });

  it('cancels a job; cancelling one that does not exist is no error', async () => {
    const runs: Run[] = [];
    const a = start();
    handle(a, 'A', runs);
    await a.schedule('close', 'cancelled', inMs(300), { v: 1 });
    await a.cancel('close', 'cancelled');
    await a.cancel('close', 'never-scheduled');
    // A later job as a witness: once it has run and nothing is pending, the cancelled one had its chance.
    await a.schedule('close', 'witness', inMs(600), { v: 2 });
    await until(() => runs.length > 0);
    await until(async () => (await unfinished()) === 0);
    expect(runs.map((r) => r.payload)).toEqual([{ v: 2 }]);
  });

  it('retries a failing handler, logging the failure, until it succeeds', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const a = start();
    let calls = 0;
    a.register('close', async () => {
      calls += 1;
      if (calls < 3) throw new Error('database unavailable');
    });
    await a.schedule('close', 'cycle-1', inMs(0), { v: 1 });
    await until(() => calls === 3);
    await until(async () => (await unfinished()) === 0);
    expect(calls).toBe(3);
    const failures = warn.mock.calls.map((call) => String(call[0])).filter((m) => m.includes('database unavailable'));
    expect(failures).toEqual([
      expect.stringContaining('Job close (cycle-1) failed on attempt 1 of 5, retrying'),
      expect.stringContaining('Job close (cycle-1) failed on attempt 2 of 5, retrying'),
    ]);
  });

  it('lets a handler schedule its own next run (a reminder)', async () => {
    const rounds: number[] = [];
    const a = start();
    a.register('remind', async (payload: { round: number }) => {
      rounds.push(payload.round);
      if (payload.round < 3) await a.schedule('remind', 'm1', inMs(50), { round: payload.round + 1 });
    });
    await a.schedule('remind', 'm1', inMs(0), { round: 1 });
    await until(() => rounds.length === 3);
    await until(async () => (await unfinished()) === 0);
    expect(rounds).toEqual([1, 2, 3]);
  });

  it('leaves a job due on an instance without its handler to an instance that has it', async () => {
    const runs: Run[] = [];
    const old = start({ unhandledRetryMs: 100 });
    old.register('other', async () => undefined);
    await old.schedule('close', 'cycle-1', inMs(0), { v: 1 });
    // Only `old` has a worker: wait until it has taken the job and put it back.
    await until(async () => (await delayedJobs()).length === 1 && (await unfinished()) === 1);
    const b = start();
    handle(b, 'B', runs);
    await until(() => runs.length > 0);
    expect(runs).toEqual([{ runner: 'B', payload: { v: 1 } }]);
  });
});

describe('BullMqJobRunner while Redis is down', () => {
  it('rejects schedule and cancel with a clear error and logs connection errors instead of throwing them', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const port = await deadPort();
    const runner = new BullMqJobRunner({ url: `redis://127.0.0.1:${port}`, prefix: 'down', connectTimeoutMs: 300 });
    try {
      runner.register('close', async () => undefined);
      const scheduled = runner.schedule('close', 'cycle-1', new Date(), { v: 1 });
      await expect(scheduled).rejects.toBeInstanceOf(JobRunnerUnavailableError);
      await expect(scheduled).rejects.toThrow(/Job close \(cycle-1\) was not scheduled: Redis did not answer within 300 ms/);
      await expect(runner.cancel('close', 'cycle-1')).rejects.toThrow(/Job close \(cycle-1\) was not cancelled/);
      await until(() => warn.mock.calls.some((call) => String(call[0]).includes('ECONNREFUSED')));
    } finally {
      await runner.close();
      jest.restoreAllMocks();
    }
  });

  (redisAnswers ? it : it.skip)('schedules and runs jobs once Redis is back (skipped without Redis)', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const port = await deadPort();
    const prefix = `test-jobs-${randomUUID()}`;
    const runner = new BullMqJobRunner({ url: `redis://127.0.0.1:${port}`, prefix, connectTimeoutMs: 300 });
    const ran: number[] = [];
    let proxy: { stop(): Promise<void> } | undefined;
    try {
      runner.register('close', async (payload: { v: number }) => void ran.push(payload.v));
      await expect(runner.schedule('close', 'cycle-1', new Date(), { v: 1 })).rejects.toBeInstanceOf(JobRunnerUnavailableError);
      proxy = await proxyToRedis(port);
      // ioredis reconnects with backoff: the runner answers again within a few attempts.
      await until(async () => {
        try {
          await runner.schedule('close', 'cycle-1', new Date(), { v: 2 });
          return true;
        } catch {
          return false;
        }
      });
      await until(() => ran.length > 0);
      expect(ran).toEqual([2]);
    } finally {
      await runner.close();
      await proxy?.stop();
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
      jest.restoreAllMocks();
    }
  });
});

describe('job runner chosen by configuration', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('is in-process without REDIS_URL', async () => {
    t = await startTestApp();
    expect(t.app.get(JobRunner)).toBeInstanceOf(InProcessJobRunner);
  }, BOOT_TIMEOUT);

  (redisAnswers ? it : it.skip)('is BullMQ with REDIS_URL, and closes with the app (skipped without Redis)', async () => {
    t = await startTestApp({ REDIS_URL });
    const runner = t.app.get(JobRunner);
    expect(runner).toBeInstanceOf(BullMqJobRunner);
    runner.register('app-test', async () => undefined);
    await t.close();
    t = undefined;
    await expect(runner.schedule('app-test', randomUUID(), new Date(), {})).rejects.toThrow('the job runner is closed');
  }, BOOT_TIMEOUT);
});
