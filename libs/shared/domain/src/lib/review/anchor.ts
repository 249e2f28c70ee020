import { diffWordsWithSpace } from 'diff';

/** A passage of a revision's plain text (`Revision.text`): offsets in UTF-16 code units, as String.slice counts. */
export interface TextRange {
  start: number;
  end: number;
  quote: string;
}

/** Longest passage a comment may quote. */
export const MAX_QUOTE_LENGTH = 10_000;

/** Why an anchor does not fit `text`, in words for the person who sent it; null when it fits. */
export function anchorProblem(text: string, anchor: TextRange): string | null {
  const { start, end, quote } = anchor;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
    return 'The passage must have a start before its end, both whole numbers from 0.';
  }
  if (end > text.length) return `The passage ends at ${end}, after the end of the text (${text.length} characters).`;
  if (end - start > MAX_QUOTE_LENGTH) return `A comment may quote at most ${MAX_QUOTE_LENGTH} characters.`;
  if (text.slice(start, end) !== quote) {
    return 'The quoted text does not match the revision at these positions: select the passage again.';
  }
  return null;
}

/**
 * Maps offsets of `before` to where the same place is in `after`, following a word diff: text that stayed keeps
 * its place relative to its surroundings. Beyond an edit budget (huge rewrites) the offsets are kept as they are;
 * the anchor search below still finds the quote, just by distance to the old offset.
 */
export function offsetMapper(before: string, after: string): (offset: number) => number {
  if (before === after) return (offset) => offset;
  const changes = diffWordsWithSpace(before, after, { maxEditLength: 20_000 });
  if (!changes) return (offset) => Math.min(offset, after.length);
  // Pairs of (old offset, new offset) at the start of every unchanged run.
  const equalRuns: Array<{ oldStart: number; newStart: number; length: number }> = [];
  let oldPos = 0;
  let newPos = 0;
  for (const change of changes) {
    const length = change.value.length;
    if (change.added) newPos += length;
    else if (change.removed) oldPos += length;
    else {
      equalRuns.push({ oldStart: oldPos, newStart: newPos, length });
      oldPos += length;
      newPos += length;
    }
  }
  return (offset) => {
    // The last unchanged run starting at or before the offset: inside it the offset moves with it; in the edit after
    // it, it lands where that edit starts in the new text.
    let lo = 0;
    let hi = equalRuns.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (equalRuns[mid]!.oldStart <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return 0;
    const run = equalRuns[found]!;
    return run.newStart + Math.min(offset - run.oldStart, run.length);
  };
}

/**
 * Where `quote` is in `text`, nearest to `near` (docs/domain.md rule 6: an anchor follows its quoted text), or null
 * when the text no longer holds it (the anchor is orphaned).
 */
export function findQuote(text: string, quote: string, near: number): { start: number; end: number } | null {
  if (!quote) return null;
  let best: number | null = null;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (best === null || Math.abs(at - near) < Math.abs(best - near)) best = at;
    if (at > near) break; // later occurrences are only further away
  }
  return best === null ? null : { start: best, end: best + quote.length };
}
