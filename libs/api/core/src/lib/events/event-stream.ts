import { Logger } from '@nestjs/common';
import type { DomainEvent } from '@mps/shared-domain';
import { BoundedQueue } from './bounded-queue';
import type { EventBus } from './event-bus';

/** Events a subscription holds for a client that does not take them; see `eventStream`. */
export const SUBSCRIPTION_QUEUE_CAPACITY = 100;

const logger = new Logger('EventStream');

/**
 * Turns the event bus into the AsyncIterator a GraphQL subscription returns:
 * events that pass `accept` are queued until the client takes them; closing
 * the subscription unsubscribes. `accept` may be async, e.g. to recheck access.
 *
 * The queue is bounded: a client that stops reading (a stalled socket) cannot
 * grow the server's memory. On overflow the oldest event is dropped and a
 * warning logged, and the stream goes on: events are signals to refetch, so the
 * newest ones matter most, and a client that reconnects refetches anyway.
 */
export function eventStream<T>(
  bus: EventBus,
  accept: (event: DomainEvent) => Promise<T | null | 'end'>,
  capacity = SUBSCRIPTION_QUEUE_CAPACITY,
): AsyncIterableIterator<T> {
  const queue = new BoundedQueue<T>(capacity);
  const waiting: Array<(result: IteratorResult<T>) => void> = [];
  let done = false;
  let chain = Promise.resolve();
  let dropped = 0;

  const finish = () => {
    if (done) return;
    done = true;
    unsubscribe();
    for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
  };
  const unsubscribe = bus.subscribe((event) => {
    // Keep delivery in publish order even though `accept` is async.
    chain = chain.then(async () => {
      if (done) return;
      const value = await accept(event).catch(() => null);
      if (value === 'end') return finish();
      if (value === null || done) return;
      const resolve = waiting.shift();
      if (resolve) return resolve({ value, done: false });
      if (queue.push(value) !== undefined && dropped++ % capacity === 0) {
        logger.warn(`A subscriber is not reading: dropped its oldest queued event (${dropped} so far).`);
      }
    });
  });

  return {
    next: () =>
      queue.length > 0
        ? Promise.resolve({ value: queue.shift()!, done: false })
        : done
          ? Promise.resolve({ value: undefined, done: true })
          : new Promise((resolve) => waiting.push(resolve)),
    return: () => {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw: (error?: unknown) => {
      finish();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
