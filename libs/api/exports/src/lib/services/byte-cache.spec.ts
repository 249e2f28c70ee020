import { describe, expect, it } from '@jest/globals';
import { ByteCache } from './byte-cache';

const file = (size: number, tag = '') => ({ bytes: Buffer.alloc(size), tag });

describe('ByteCache', () => {
  it('generates a key once, also when asked again while it is being generated', async () => {
    const cache = new ByteCache<ReturnType<typeof file>>(1000);
    let runs = 0;
    const generate = async () => {
      runs += 1;
      await new Promise((r) => setTimeout(r, 5));
      return file(10, 'a');
    };
    const [one, two] = await Promise.all([cache.get('a', generate), cache.get('a', generate)]);
    expect(await cache.get('a', generate)).toBe(one);
    expect({ runs, same: one === two }).toEqual({ runs: 1, same: true });
  });

  it('forgets the least recently used files beyond its size, and keeps nothing of a failed generation', async () => {
    const cache = new ByteCache<ReturnType<typeof file>>(100);
    await cache.get('a', async () => file(25));
    await cache.get('b', async () => file(25));
    await cache.get('a', async () => file(25)); // a is now used more recently than b
    await cache.get('c', async () => file(25));
    await cache.get('d', async () => file(25));
    await cache.get('e', async () => file(25));
    expect(['a', 'b', 'c', 'd', 'e'].filter((k) => cache.has(k))).toEqual(['a', 'c', 'd', 'e']);
    expect(cache.totalBytes).toBeLessThanOrEqual(100);
    await expect(cache.get('x', async () => Promise.reject(new Error('render failed')))).rejects.toThrow('render failed');
    expect(cache.has('x')).toBe(false);
    expect(await cache.get('x', async () => file(1, 'retried'))).toMatchObject({ tag: 'retried' });
  });

  it('serves a file larger than a quarter of its budget without keeping it', async () => {
    const cache = new ByteCache<ReturnType<typeof file>>(100);
    await cache.get('big', async () => file(30));
    expect(cache.has('big')).toBe(false);
  });
});
