import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

describe('whenIdle', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs the work when the browser is idle, and not once cancelled', () => {
    const pending = new Map<number, () => void>();
    vi.stubGlobal('requestIdleCallback', (run: () => void) => (pending.set(pending.size + 1, run), pending.size));
    vi.stubGlobal('cancelIdleCallback', (id: number) => pending.delete(id));
    const kept = vi.fn();
    const dropped = vi.fn();
    whenIdle(kept);
    whenIdle(dropped)();
    for (const run of pending.values()) run();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(dropped).not.toHaveBeenCalled();
  });

  // A component's clean-up can run after the page's globals changed (Preact runs an unmount's clean-ups a frame later).
  it('cancels with the function that scheduled it, even once the global is gone', () => {
    const cancel = vi.fn();
    vi.stubGlobal('requestIdleCallback', () => 7);
    vi.stubGlobal('cancelIdleCallback', cancel);
    const stop = whenIdle(vi.fn());
    vi.unstubAllGlobals();
    expect(() => stop()).not.toThrow();
    expect(cancel).toHaveBeenCalledWith(7);
  });

  it('falls back to a short timer where the browser has no idle callbacks', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    whenIdle(run);
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
