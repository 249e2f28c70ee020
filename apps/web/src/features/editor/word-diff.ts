import { diffWordsWithSpace } from 'diff';
import type { DiffHunkLike } from './diff-view';

/** Word-level differences between two plain texts, spaces kept (the same method as the server's diffRevisions). */
export function computeWordDiff(before: string, after: string): DiffHunkLike[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    op: change.added ? 'INSERT' : change.removed ? 'DELETE' : 'EQUAL',
    text: change.value,
  }));
}
