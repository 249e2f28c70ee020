/**
 * Offsets in a revision's plain text of a DOM selection inside the reading view. Every piece of rendered text is an
 * element carrying data-start and data-end (its offsets); atoms (footnote markers, hard breaks) carry data-atom.
 */

const LEAF = '[data-start]';

function leafOffsets(leaf: Element): { start: number; end: number; atom: boolean } {
  return {
    start: Number(leaf.getAttribute('data-start')),
    end: Number(leaf.getAttribute('data-end')),
    atom: leaf.hasAttribute('data-atom'),
  };
}

/** The plain-text offset of a DOM point (node, offset) inside `root`, or null when it is outside the text. */
export function offsetOfPoint(root: Element, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const leaf = element?.closest(LEAF);
  if (leaf && root.contains(leaf)) {
    const { start, end, atom } = leafOffsets(leaf);
    if (node.nodeType === Node.TEXT_NODE && !atom) return Math.min(start + offset, end);
    return offset > 0 ? end : start;
  }
  // A point between pieces of text: the start of the first one after it, else the end of the last one.
  const leaves = Array.from(root.querySelectorAll(LEAF));
  if (!leaves.length) return null;
  const point = (node.ownerDocument ?? document).createRange();
  point.setStart(node, offset);
  point.collapse(true);
  // comparePoint answers 1 for a point after the (collapsed) range, 0 for the same point.
  const next = leaves.find((candidate) => point.comparePoint(candidate, 0) >= 0);
  return next ? leafOffsets(next).start : leafOffsets(leaves[leaves.length - 1]!).end;
}

/** The [start, end) offsets a selection covers inside `root`, or null when it is collapsed or outside. */
export function selectionOffsets(root: Element, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = offsetOfPoint(root, range.startContainer, range.startOffset);
  const end = offsetOfPoint(root, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
