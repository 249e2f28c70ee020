import { Logger } from '@nestjs/common';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { InProcessJobRunner, MAX_TIMER_DELAY_MS } from './in-process-job-runner';
import { jobSlot } from './job-internals';

const DAY = 24 * 60 * 60 * 1000;
const START = new Date('2027-01-04T09:00:00Z').getTime();
const at = (ms: number) => new Date(START + ms);

describe('InProcessJobRunner', () => {
  let runner: InProcessJobRunner;
  let runs: Array<{ key: string; at: number; payload: unknown }>;
  const record = async (payload: { key: string }) => {
    runs.push({ key: payload.key, at: Date.now() - START, payload });
  };

  beforeEach(() => {
    jest.useFakeTimers({ now: START });
    runner = new InProcessJobRunner({ attempts: 3, backoffMs: 1_000 });
    runs = [];
  });
  afterEach(async () => {
    await runner.close();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('runs a job at its time, not before, then forgets it', async () => {
    runner.register('close', record);
    await runner.schedule('close', 'c1', at(5_000), { key: 'c1' });
    await jest.advanceTimersByTimeAsync(4_999);
    expect(runs).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([{ key: 'c1', at: 5_000, payload: { key: 'c1' } }]);
    expect(runner.size).toBe(0);
  });

  it('runs a job whose time has passed at once', async () => {
    runner.register('close', record);
    await runner.schedule('close', 'c1', at(-60_000), { key: 'c1' });
    await jest.advanceTimersByTimeAsync(0);
    expect(runs.map((r) => r.at)).toEqual([0]);
  });

  it('replaces an earlier schedule of the same name and key (time and payload)', async () => {
    runner.register('close', record);
    await runner.schedule('close', 'c1', at(1_000), { key: 'c1', version: 1 });
    await runner.schedule('close', 'c1', at(3_000), { key: 'c1', version: 2 });
    await jest.advanceTimersByTimeAsync(10_000);
    expect(runs).toEqual([{ key: 'c1', at: 3_000, payload: { key: 'c1', version: 2 } }]);
  });

  it('keeps jobs of other keys and names apart', async () => {
    runner.register('close', record);
    runner.register('remind', record);
    await runner.schedule('close', 'a', at(1_000), { key: 'close-a' });
    await runner.schedule('close', 'b', at(2_000), { key: 'close-b' });
    await runner.schedule('remind', 'a', at(3_000), { key: 'remind-a' });
    await jest.advanceTimersByTimeAsync(3_000);
    expect(runs.map((r) => [r.key, r.at])).toEqual([
      ['close-a', 1_000],
      ['close-b', 2_000],
      ['remind-a', 3_000],
    ]);
  });

  it('cancels a job, and cancelling what is not scheduled is no error', async () => {
    runner.register('close', record);
    await runner.schedule('close', 'c1', at(1_000), { key: 'c1' });
    await runner.cancel('close', 'c1');
    await runner.cancel('close', 'never-scheduled');
    await jest.advanceTimersByTimeAsync(10_000);
    expect({ runs, size: runner.size }).toEqual({ runs: [], size: 0 });
  });

  it('chains timers for dates beyond the 2^31-1 ms limit of setTimeout', async () => {
    const setTimeoutSpy = jest.spyOn(globalThis, 'setTimeout');
    runner.register('close', record);
    await runner.schedule('close', 'c1', at(60 * DAY), { key: 'c1' });
    await jest.advanceTimersByTimeAsync(30 * DAY);
    expect(runs).toEqual([]);
    await jest.advanceTimersByTimeAsync(30 * DAY - 1);
    expect(runs).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(runs.map((r) => r.at)).toEqual([60 * DAY]);
    const delays = setTimeoutSpy.mock.calls.map((call) => call[1] ?? 0);
    expect(delays.filter((delay) => delay > MAX_TIMER_DELAY_MS)).toEqual([]);
  });

  it('retries a failing handler with growing waits, logs each failure, and gives up after the last attempt', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const attemptsAt: number[] = [];
    runner.register('close', async () => {
      attemptsAt.push(Date.now() - START);
      throw new Error('database unavailable');
    });
    await runner.schedule('close', 'c1', at(0), { key: 'c1' });
    await jest.advanceTimersByTimeAsync(60_000);
    // attempts: 3, backoff 1 s then 2 s.
    expect(attemptsAt).toEqual([0, 1_000, 3_000]);
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringContaining('Job close (c1) failed on attempt 1 of 3, retrying in 1000 ms: Error: database unavailable'),
      expect.stringContaining('failed on attempt 2 of 3, retrying in 2000 ms'),
    ]);
    expect(error.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringContaining('Job close (c1) failed on attempt 3 of 3; giving up'),
    ]);
    expect(runner.size).toBe(0);
  });

  it('succeeds on a retry once the handler recovers', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    let calls = 0;
    runner.register('close', async (payload: { key: string }) => {
      calls += 1;
      if (calls === 1) throw new Error('deadlock');
      await record(payload);
    });
    await runner.schedule('close', 'c1', at(0), { key: 'c1' });
    await jest.advanceTimersByTimeAsync(10_000);
    expect({ calls, runs: runs.map((r) => r.at) }).toEqual({ calls: 2, runs: [1_000] });
  });

  it('runs a job scheduled before its handler is registered once the handler arrives, and only once', async () => {
    await runner.schedule('close', 'due', at(-1_000), { key: 'due' });
    await runner.schedule('close', 'later', at(5_000), { key: 'later' });
    await jest.advanceTimersByTimeAsync(2_000);
    expect(runs).toEqual([]);
    runner.register('close', record);
    await jest.advanceTimersByTimeAsync(0);
    expect(runs.map((r) => [r.key, r.at])).toEqual([['due', 2_000]]);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(runs.map((r) => [r.key, r.at])).toEqual([
      ['due', 2_000],
      ['later', 5_000],
    ]);
  });

  it('keeps a schedule the handler makes for its own name and key (the next reminder)', async () => {
    runner.register('remind', async (payload: { key: string; round: number }) => {
      await record(payload);
      if (payload.round < 3) {
        await runner.schedule('remind', 'm1', new Date(Date.now() + 1_000), { ...payload, round: payload.round + 1 });
      }
    });
    await runner.schedule('remind', 'm1', at(1_000), { key: 'm1', round: 1 });
    await jest.advanceTimersByTimeAsync(10_000);
    expect(runs.map((r) => r.at)).toEqual([1_000, 2_000, 3_000]);
    expect(runner.size).toBe(0);
  });

  it('hands the handler a JSON copy of the payload, as the Redis runner does', async () => {
    runner.register('close', record);
    const payload = { key: 'c1', when: new Date(START), list: [1] };
    await runner.schedule('close', 'c1', at(0), payload);
    payload.list.push(2);
    await jest.advanceTimersByTimeAsync(0);
    expect(runs[0]?.payload).toEqual({ key: 'c1', when: new Date(START).toISOString(), list: [1] });
  });

  it('refuses a second handler for a name and malformed arguments', async () => {
    runner.register('close', record);
    expect(() => runner.register('close', record)).toThrow('Job close already has a handler');
    await expect(runner.schedule('close', '', at(0), {})).rejects.toThrow('Job close needs a key');
    await expect(runner.schedule('close', 'c1', new Date(Number.NaN), {})).rejects.toThrow('needs a valid run date');
  });

  it('waits for running handlers on close and runs nothing afterwards', async () => {
    let release: () => void = () => undefined;
    let finished = false;
    runner.register('slow', async () => {
      await new Promise<void>((resolve) => (release = resolve));
      finished = true;
    });
    runner.register('close', record);
    await runner.schedule('slow', 's', at(0), {});
    await runner.schedule('close', 'c1', at(1_000), { key: 'c1' });
    await jest.advanceTimersByTimeAsync(0);
    const closing = runner.close();
    release();
    await closing;
    await jest.advanceTimersByTimeAsync(10_000);
    expect({ finished, runs }).toEqual({ finished: true, runs: [] });
    await expect(runner.schedule('close', 'c2', at(0), {})).rejects.toThrow('the job runner is closed');
  });
});

describe('jobSlot', () => {
  it('keeps name and key apart and free of ":"', () => {
    expect(jobSlot('a|b', 'c')).not.toBe(jobSlot('a', 'b|c'));
    expect(jobSlot('review-cycle:close', 'x:y')).toBe('review-cycle%3Aclose|x%3Ay');
  });
});
