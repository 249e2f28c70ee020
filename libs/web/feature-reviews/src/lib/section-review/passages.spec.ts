import { describe, expect, it } from 'vitest';
import { anchorFromOffsets, passagesOn, segmentRun, sentencesOf } from './passages';

describe('segmentRun', () => {
  it('cuts a run at every passage boundary inside it and names the threads covering each piece', () => {
    const passages = [
      { threadId: 'a', start: 5, end: 12, resolved: false },
      { threadId: 'b', start: 10, end: 30, resolved: false },
    ];
    expect(segmentRun(0, 20, passages)).toEqual([
      { start: 0, end: 5, threadIds: [] },
      { start: 5, end: 10, threadIds: ['a'] },
      { start: 10, end: 12, threadIds: ['a', 'b'] },
      { start: 12, end: 20, threadIds: ['b'] },
    ]);
    expect(segmentRun(40, 50, passages)).toEqual([{ start: 40, end: 50, threadIds: [] }]);
  });
});

describe('passagesOn', () => {
  const thread = (id: string, anchor: { revisionId: string; start: number; end: number; orphaned: boolean } | null, resolved = false) => ({
    id,
    resolved,
    anchor,
  });
  it('keeps anchors on this revision that are not orphaned and fit the text', () => {
    const threads = [
      thread('on', { revisionId: 'r2', start: 0, end: 4, orphaned: false }),
      thread('older', { revisionId: 'r1', start: 0, end: 4, orphaned: false }),
      thread('gone', { revisionId: 'r2', start: 0, end: 4, orphaned: true }),
      thread('none', null),
      thread('beyond', { revisionId: 'r2', start: 8, end: 40, orphaned: false }),
      thread('resolved', { revisionId: 'r2', start: 1, end: 3, orphaned: false }, true),
    ];
    expect(passagesOn(threads, 'r2', 20)).toEqual([
      { threadId: 'on', start: 0, end: 4, resolved: false },
      { threadId: 'resolved', start: 1, end: 3, resolved: true },
    ]);
  });
});

describe('anchorFromOffsets', () => {
  const text = 'Emigration rose.\n\nRemittances fell.';
  it('trims the white space a selection drags along, and quotes the text', () => {
    expect(anchorFromOffsets(text, 11, 18)).toEqual({ start: 11, end: 16, quote: 'rose.' });
    expect(anchorFromOffsets(text, 16, 18)).toBeNull();
  });
  it('accepts offsets in either order and clamps them to the text', () => {
    expect(anchorFromOffsets(text, 40, 30)).toEqual({ start: 30, end: 35, quote: 'fell.' });
  });
});

describe('sentencesOf', () => {
  it('gives each sentence as an anchor into the text, paragraph breaks ending sentences too', () => {
    const text = 'Legal framework\n\nThe Asylum Act of 2022 (no. 118) sets the procedure. Its regulation sets the conditions.\n\n';
    const sentences = sentencesOf(text, 'en');
    expect(sentences.map((s) => s.quote)).toEqual([
      'Legal framework',
      'The Asylum Act of 2022 (no. 118) sets the procedure.',
      'Its regulation sets the conditions.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.quote);
  });

  it('finds nothing in a text of white space only', () => {
    expect(sentencesOf('  \n\n ')).toEqual([]);
  });
});
