import { Logger } from '@nestjs/common';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { BoundedQueue } from './bounded-queue';
import { InProcessEventBus } from './event-bus';
import { eventStream } from './event-stream';
import { sampleSectionSaved as saved } from './sample-events';

/** Lets the stream's async `accept` chain run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('BoundedQueue', () => {
  it('drops and returns the oldest item once full', () => {
    const queue = new BoundedQueue<number>(2);
    expect(queue.push(1)).toBeUndefined();
    expect(queue.push(2)).toBeUndefined();
    expect(queue.push(3)).toBe(1);
    expect([queue.shift(), queue.shift(), queue.shift()]).toEqual([2, 3, undefined]);
  });

  it('refuses a capacity below one', () => {
    expect(() => new BoundedQueue(0)).toThrow(RangeError);
  });
});

describe('eventStream', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('delivers accepted events in publish order', async () => {
    const bus = new InProcessEventBus();
    const stream = eventStream(bus, async (e) => (e.type === 'SECTION_SAVED' ? e.sectionId : null));
    bus.publish(saved(1));
    bus.publish(saved(2));
    expect((await stream.next()).value).toBe('s1');
    expect((await stream.next()).value).toBe('s2');
    await stream.return!();
  });

  it('keeps at most `capacity` events for a client that does not read: the oldest go, with a warning', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const bus = new InProcessEventBus();
    const stream = eventStream(bus, async (e) => (e.type === 'SECTION_SAVED' ? e.sectionId : null), 3);
    for (let n = 1; n <= 10; n++) bus.publish(saved(n));
    await settle();
    const taken = [];
    for (let i = 0; i < 3; i++) taken.push((await stream.next()).value);
    expect(taken).toEqual(['s8', 's9', 's10']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('dropped its oldest queued event'));
    // Still live after the overflow.
    bus.publish(saved(11));
    expect((await stream.next()).value).toBe('s11');
    await stream.return!();
  });

  it('ends when accept says so, and unsubscribes on return', async () => {
    const bus = new InProcessEventBus();
    const stream = eventStream(bus, async () => 'end' as const);
    const next = stream.next();
    bus.publish(saved(1));
    expect(await next).toEqual({ value: undefined, done: true });
  });
});
