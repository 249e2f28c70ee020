import { diffWordsWithSpace } from 'diff';

/** What one piece of a word diff does to the older text. The API's `DiffOp` enum has the same names. */
export type WordDiffOp = 'EQUAL' | 'INSERT' | 'DELETE';

export interface WordDiffHunk {
  op: WordDiffOp;
  text: string;
}

/**
 * Word-level differences between two plain texts (jsdiff), spaces kept so that the
 * EQUAL+DELETE hunks rebuild `before` and the EQUAL+INSERT hunks rebuild `after`
 * exactly. The API's `diffRevisions` and the web's diff and merge views both use
 * this one function, so that what a person sees matches what the server reports.
 */
export function wordDiff(before: string, after: string): WordDiffHunk[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    op: change.added ? 'INSERT' : change.removed ? 'DELETE' : 'EQUAL',
    text: change.value,
  }));
}
