import type { DomainEvent, EventBus } from './event-bus';

/**
 * Turns the event bus into the AsyncIterator a GraphQL subscription returns:
 * events that pass `accept` are queued until the client takes them; closing
 * the subscription unsubscribes. `accept` may be async, e.g. to recheck access.
 */
export function eventStream<T>(
  bus: EventBus,
  accept: (event: DomainEvent) => Promise<T | null | 'end'>,
): AsyncIterableIterator<T> {
  const queue: T[] = [];
  const waiting: Array<(result: IteratorResult<T>) => void> = [];
  let done = false;
  let chain = Promise.resolve();

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
      if (resolve) resolve({ value, done: false });
      else queue.push(value);
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
