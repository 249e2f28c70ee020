import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearDraft, createDebouncedWriter, draftKey, readDraft, writeDraft } from './draft-storage';

const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hello' }] }] };

describe('draft storage', () => {
  afterEach(() => vi.useRealTimers());

  it('stores {content, baseRevisionId, savedAt} under mps.draft.<sectionId>', () => {
    const at = new Date('2024-05-03T10:15:00Z');
    expect(writeDraft('s1', { content: doc, baseRevisionId: 'r1' }, at)).toBe(true);
    expect(JSON.parse(localStorage.getItem('mps.draft.s1') ?? 'null')).toEqual({
      content: doc,
      baseRevisionId: 'r1',
      savedAt: '2024-05-03T10:15:00.000Z',
    });
    expect(draftKey('s1')).toBe('mps.draft.s1');
    expect(readDraft('s1')).toEqual({ content: doc, baseRevisionId: 'r1', savedAt: '2024-05-03T10:15:00.000Z' });
  });

  it('keeps the suggestions a draft took in, so that the save after a reload still records them', () => {
    writeDraft('s2', { content: doc, baseRevisionId: 'r1', appliedSuggestionIds: ['c-1', 'c-2'] });
    expect(readDraft('s2')?.appliedSuggestionIds).toEqual(['c-1', 'c-2']);
    localStorage.setItem('mps.draft.s3', JSON.stringify({ content: doc, baseRevisionId: null, savedAt: '2024-01-01', appliedSuggestionIds: [1, 'c-3'] }));
    expect(readDraft('s3')?.appliedSuggestionIds).toEqual(['c-3']);
  });

  it('keeps drafts apart per section and removes them', () => {
    writeDraft('a', { content: doc, baseRevisionId: null });
    writeDraft('b', { content: doc, baseRevisionId: 'r9' });
    clearDraft('a');
    expect(readDraft('a')).toBeNull();
    expect(readDraft('b')?.baseRevisionId).toBe('r9');
  });

  it('ignores unreadable or foreign values', () => {
    localStorage.setItem('mps.draft.x', '{not json');
    localStorage.setItem('mps.draft.y', JSON.stringify({ content: { type: 'paragraph' }, baseRevisionId: null, savedAt: '2024-01-01' }));
    localStorage.setItem('mps.draft.z', JSON.stringify({ content: doc, baseRevisionId: 3, savedAt: '2024-01-01' }));
    expect(readDraft('x')).toBeNull();
    expect(readDraft('y')).toBeNull();
    expect(readDraft('z')).toBeNull();
  });

  it('writes the latest value once after the delay, and not after cancel', () => {
    vi.useFakeTimers();
    const write = vi.fn();
    const writer = createDebouncedWriter<number>(write, 500);
    writer.schedule(1);
    writer.schedule(2);
    vi.advanceTimersByTime(499);
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(write).toHaveBeenCalledExactlyOnceWith(2);
    writer.schedule(3);
    writer.cancel();
    vi.advanceTimersByTime(1000);
    expect(write).toHaveBeenCalledTimes(1);
    writer.schedule(4);
    writer.flush();
    expect(write).toHaveBeenLastCalledWith(4);
  });
});
