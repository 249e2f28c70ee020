import { describe, expect, it } from '@jest/globals';
import { LOCALES } from '@mps/shared-domain';
import { COMMENT_RESPONSE_WORDS } from './comment-response-words';

describe('COMMENT_RESPONSE_WORDS', () => {
  it('gives every language every heading and word, a sheet name Excel accepts, and its own words', () => {
    const shape = (value: object): unknown =>
      Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'object' ? shape(v as object) : typeof v]));
    for (const locale of LOCALES) {
      const words = COMMENT_RESPONSE_WORDS[locale];
      expect(shape(words)).toEqual(shape(COMMENT_RESPONSE_WORDS.en));
      // Excel refuses sheet names longer than 31 characters or holding : \\ / ? * [ ].
      expect(words.sheet.length).toBeLessThanOrEqual(31);
      expect(words.sheet).not.toMatch(/[:\\/?*[\]]/);
      const headings = Object.values(words.headers);
      expect(new Set(headings).size).toBe(headings.length);
      if (locale !== 'en') expect(words.headers.comment).not.toBe(COMMENT_RESPONSE_WORDS.en.headers.comment);
    }
  });
});
