/**
 * A FIFO that holds at most `capacity` items. Pushing onto a full queue drops the oldest item and returns it, so the
 * caller decides how to tell: memory stays bounded whatever the producer does.
 */
export class BoundedQueue<T> {
  private readonly items: T[] = [];

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer');
  }

  get length(): number {
    return this.items.length;
  }

  /** Adds at the end; returns the item dropped from the front to make room, if any. */
  push(item: T): T | undefined {
    this.items.push(item);
    return this.items.length > this.capacity ? this.items.shift() : undefined;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  shift(): T | undefined {
    return this.items.shift();
  }
}
