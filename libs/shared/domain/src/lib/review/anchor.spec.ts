import { describe, expect, it } from '@jest/globals';
import { anchorProblem, findQuote, offsetMapper } from './anchor';

describe('anchorProblem', () => {
  const text = 'Remittances rose by 12% in 2023.';
  it('accepts a quote that matches the offsets', () => {
    expect(anchorProblem(text, { start: 0, end: 11, quote: 'Remittances' })).toBeNull();
  });
  it.each([
    [{ start: 0, end: 11, quote: 'remittances' }, 'does not match'],
    [{ start: 5, end: 5, quote: '' }, 'start before its end'],
    [{ start: -1, end: 3, quote: 'Rem' }, 'start before its end'],
    [{ start: 0.5, end: 3, quote: 'Rem' }, 'start before its end'],
    [{ start: 20, end: 400, quote: 'x' }, 'after the end'],
  ])('refuses %j', (anchor, reason) => {
    expect(anchorProblem(text, anchor)).toContain(reason);
  });
});

describe('offsetMapper and findQuote', () => {
  it('follows a passage moved by an insertion before it', () => {
    const before = 'Intro. Remittances rose by 12%.';
    const after = 'A new first sentence. Intro. Remittances rose by 12%.';
    const map = offsetMapper(before, after);
    const start = before.indexOf('rose');
    expect(findQuote(after, 'rose by 12%', map(start))).toEqual({ start: after.indexOf('rose'), end: after.indexOf('rose') + 11 });
  });

  it('picks the occurrence nearest to where the passage was', () => {
    const after = 'the data. More text here. the data.';
    expect(findQuote(after, 'the data', 30)).toEqual({ start: 26, end: 34 });
    expect(findQuote(after, 'the data', 2)).toEqual({ start: 0, end: 8 });
  });

  it('answers null when the quoted text is gone', () => {
    expect(findQuote('Completely rewritten.', 'rose by 12%', 0)).toBeNull();
  });

  it('maps offsets after a deletion to the place of the deletion', () => {
    const before = 'one two three four';
    const after = 'one four';
    const map = offsetMapper(before, after);
    expect(map(before.indexOf('four'))).toBe(after.indexOf('four'));
  });
});
