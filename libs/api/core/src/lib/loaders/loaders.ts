import DataLoader from 'dataloader';

/** A batch function that loads many keys at once; results must follow the keys' order. */
export type BatchLoad<K, V> = (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>;

/**
 * Per-request DataLoaders, created lazily on first use and kept for the
 * request's lifetime (one instance in the GraphQL context per request; never a
 * request-scoped provider, which would defeat batching).
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly memos = new Map<string, unknown>();

  get<K, V>(name: string, batch: BatchLoad<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<unknown, unknown>(batch as BatchLoad<unknown, unknown>, { maxBatchSize: 1000 });
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /**
   * A value computed once per request under `key` (typically a promise): for what many fields of one answer derive
   * from the same data, e.g. every section's review counts from one per-profile map, so that each field costs one
   * promise instead of a chain of loader calls.
   */
  memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }
}

/** Groups rows by a key into the order DataLoader expects. */
export function groupByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** Picks one row per key, or null, in the order DataLoader expects. */
export function oneByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): Array<V | null> {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/**
 * A loader shared by the whole process that caches nothing and only coalesces: the same kind of lookup made by many
 * callers in the same turn of the event loop becomes one query. Made for what every subscriber does when one event
 * arrives (recheck its session and membership, load the event's actor): 500 subscribers, one statement each, not
 * 500. Every answer is read after the event, so nothing is staler than a query of its own would be.
 */
export function coalescingLoader<K, V>(batch: BatchLoad<K, V>): DataLoader<K, V> {
  return new DataLoader<K, V>(batch, {
    cache: false,
    maxBatchSize: 1000,
    // After the current turn's I/O callbacks, so that subscribers woken by the same event share one batch.
    batchScheduleFn: (callback) => setImmediate(callback),
  });
}
