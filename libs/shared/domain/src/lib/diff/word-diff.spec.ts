import { describe, expect, it } from '@jest/globals';
import { wordDiff } from './word-diff';

function rebuild(hunks: ReturnType<typeof wordDiff>, side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'INSERT' : 'DELETE';
  return hunks.filter((h) => h.op !== skip).map((h) => h.text).join('');
}

describe('wordDiff', () => {
  it('marks changed words and keeps both texts rebuildable, spaces included', () => {
    const before = 'Returns grew slowly in 2023.';
    const after = 'Returns grew sharply in 2023 and  2024.';
    const hunks = wordDiff(before, after);
    expect(hunks).toContainEqual({ op: 'DELETE', text: 'slowly' });
    expect(hunks).toContainEqual({ op: 'INSERT', text: 'sharply' });
    expect(rebuild(hunks, 'before')).toBe(before);
    expect(rebuild(hunks, 'after')).toBe(after);
  });

  it('answers one EQUAL hunk for identical texts and nothing for two empty ones', () => {
    expect(wordDiff('Same text', 'Same text')).toEqual([{ op: 'EQUAL', text: 'Same text' }]);
    expect(wordDiff('', '')).toEqual([]);
  });
});
