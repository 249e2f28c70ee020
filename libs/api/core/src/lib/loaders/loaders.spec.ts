import { describe, expect, it } from '@jest/globals';
import { coalescingLoader, RequestLoaders } from './loaders';

describe('coalescingLoader', () => {
  it('answers the lookups of many callers in the same turn with one batch, each caller its own answer', async () => {
    const batches: string[][] = [];
    const loader = coalescingLoader<string, string>(async (keys) => {
      batches.push([...keys]);
      return keys.map((k) => k.toUpperCase());
    });
    // As subscribers woken by one event do: each asks from its own promise chain.
    const answers = await Promise.all(['a', 'b', 'a', 'c'].map((k) => Promise.resolve().then(() => loader.load(k))));
    expect(answers).toEqual(['A', 'B', 'A', 'C']);
    expect(batches).toHaveLength(1);
  });

  it('keeps nothing: the same key asked in a later turn is read again', async () => {
    let reads = 0;
    let value = 'live';
    const loader = coalescingLoader<string, string>(async (keys) => {
      reads += 1;
      return keys.map(() => value);
    });
    expect(await loader.load('session')).toBe('live');
    value = 'revoked';
    expect(await loader.load('session')).toBe('revoked');
    expect(reads).toBe(2);
  });
});

describe('RequestLoaders.memo', () => {
  it('computes a key once per request (a promise included), another request computes it again', async () => {
    let computed = 0;
    const compute = () => Promise.resolve(++computed);
    const request = new RequestLoaders();
    const first = request.memo('counts:p1', compute);
    expect(request.memo('counts:p1', compute)).toBe(first);
    expect(await first).toBe(1);
    expect(await request.memo('counts:p2', compute)).toBe(2);
    expect(await new RequestLoaders().memo('counts:p1', compute)).toBe(3);
  });
});
