/** Highlighted passages of the reading view (pure). */

/** A thread's passage in the current revision's text. */
export interface Passage {
  threadId: string;
  start: number;
  end: number;
  resolved: boolean;
}

/** A piece of a text run with the threads whose passage covers it. */
export interface Segment {
  start: number;
  end: number;
  threadIds: string[];
}

/**
 * Splits the range [start, end) of a run at every passage boundary inside it, so that each piece is covered by the
 * same passages throughout.
 */
export function segmentRun(start: number, end: number, passages: readonly Passage[]): Segment[] {
  if (end <= start) return [{ start, end, threadIds: [] }];
  const cuts = new Set<number>([start, end]);
  for (const p of passages) {
    if (p.start > start && p.start < end) cuts.add(p.start);
    if (p.end > start && p.end < end) cuts.add(p.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    segments.push({ start: s, end: e, threadIds: passages.filter((p) => p.start < e && p.end > s).map((p) => p.threadId) });
  }
  return segments;
}

/** The anchors a reader can highlight: those on this revision whose quote is still there. */
export function passagesOn<
  T extends { id: string; resolved: boolean; anchor: { revisionId: string; start: number; end: number; orphaned: boolean } | null },
>(threads: readonly T[], revisionId: string, textLength: number): Passage[] {
  return threads.flatMap((t) =>
    t.anchor && t.anchor.revisionId === revisionId && !t.anchor.orphaned && t.anchor.end <= textLength && t.anchor.start < t.anchor.end
      ? [{ threadId: t.id, start: t.anchor.start, end: t.anchor.end, resolved: t.resolved }]
      : [],
  );
}

/**
 * A selection turned into an anchor: [start, end) trimmed of the white space at either end (a selection dragged to
 * the end of a paragraph takes its line break), with the quote taken from the revision's text. Null when nothing
 * but white space is selected.
 */
export function anchorFromOffsets(text: string, start: number, end: number): { start: number; end: number; quote: string } | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e <= s) return null;
  return { start: s, end: e, quote: text.slice(s, e) };
}

/**
 * The sentences of a revision's text, each as an anchor (offsets trimmed, quote from the text): the passages a
 * person can pick with the keyboard when commenting, instead of selecting text with a mouse. Paragraph breaks end a
 * sentence too; blank pieces are left out. Sentence boundaries follow the language's rules (Intl.Segmenter).
 */
export function sentencesOf(text: string, locale?: string): Array<{ start: number; end: number; quote: string }> {
  const pieces: Array<{ index: number; segment: string }> = [];
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    for (const { index, segment } of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)) pieces.push({ index, segment });
  } else {
    for (const match of text.matchAll(/[^.!?\n]+(?:[.!?]+|\n+|$)/g)) pieces.push({ index: match.index ?? 0, segment: match[0] });
  }
  // A line break inside a piece (a heading without a full stop before the next paragraph) ends a sentence too.
  return pieces.flatMap(({ index, segment }) =>
    [...segment.matchAll(/[^\n]+/g)].flatMap((line) => {
      const start = index + (line.index ?? 0);
      const anchor = anchorFromOffsets(text, start, start + line[0].length);
      return anchor ? [anchor] : [];
    }),
  );
}
