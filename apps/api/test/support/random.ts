/**
 * A small seeded PRNG (mulberry32) for the reliability suite: the same seed
 * gives the same sequence, so a failure found by a random test reproduces.
 * Not for anything secret.
 */
export class SeededRandom {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }
}

/** The seed of a random test: `RELIABILITY_SEED` when set (to replay a failure), else the test's fixed default. */
export function seedFromEnv(fixed: number): number {
  const given = process.env['RELIABILITY_SEED'];
  return given ? Number(given) : fixed;
}
