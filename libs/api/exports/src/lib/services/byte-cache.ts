/**
 * A least-recently-used cache of generated files bounded by their total size, with one generation per key at a
 * time: a second request for a file being generated waits for the same result instead of starting another.
 */
export class ByteCache<V extends { bytes: Buffer }> {
  private readonly entries = new Map<string, V>();
  private readonly pending = new Map<string, Promise<V>>();
  private size = 0;

  constructor(private readonly maxBytes: number) {}

  get totalBytes(): number {
    return this.size;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  async get(key: string, generate: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit) {
      // Map keeps insertion order: re-inserting makes it the most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const promise = generate().then(
      (value) => {
        this.pending.delete(key);
        this.store(key, value);
        return value;
      },
      (error: unknown) => {
        this.pending.delete(key);
        throw error;
      },
    );
    this.pending.set(key, promise);
    return promise;
  }

  private store(key: string, value: V): void {
    // A file larger than a quarter of the budget would push out everything else: serve it, keep nothing.
    if (value.bytes.length > this.maxBytes / 4) return;
    this.entries.set(key, value);
    this.size += value.bytes.length;
    for (const [oldest, entry] of this.entries) {
      if (this.size <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.size -= entry.bytes.length;
    }
  }
}
