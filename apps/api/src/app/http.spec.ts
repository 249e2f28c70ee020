import { describe, expect, it } from '@jest/globals';
import { preferredCopy } from './http';

describe('preferredCopy (which precompressed file a browser gets)', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, gzip;q=0.1', 'gzip'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
  ])('%s: %s', (header, encoding) => {
    expect(preferredCopy(header)?.encoding).toBe(encoding);
  });

  it.each([undefined, '', 'identity', 'deflate', 'br;q=0, gzip;q=0', '*;q=0'])('%s: the file itself', (header) => {
    expect(preferredCopy(header)).toBeUndefined();
  });
});
