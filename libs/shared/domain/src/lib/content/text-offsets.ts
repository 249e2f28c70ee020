import { Fragment, Slice, type Mark, type Node as PMNode } from 'prosemirror-model';
import { contentSchema } from './content-schema';
import { BLOCK_SEPARATOR } from './document-layout';

/**
 * A revision's plain-text offsets (as layoutDocument in document-layout.ts counts them) mapped back into its
 * ProseMirror document, for putting a suggestion's wording in.
 */

const footnoteText = (node: PMNode) => `[${String(node.attrs['text'] ?? '')}]`;

/** A place in the plain text resolved to a document position, with the marks of the text there. */
interface ResolvedOffset {
  pos: number;
  /** The textblock the position is in (its start position, to tell blocks apart). */
  block: number;
  marks: readonly Mark[];
}

/**
 * Document positions of plain-text offsets. `side` decides where an offset between two blocks (inside the "\n\n")
 * or inside a footnote's "[text]" lands: 'start' moves forward (a passage starts after the separator), 'end' moves
 * back (a passage ends before it).
 */
function resolveOffset(doc: PMNode, offset: number, side: 'start' | 'end'): ResolvedOffset | null {
  let textOffset = 0;
  let textblocks = 0;
  let previousEnd: ResolvedOffset | null = null;
  let found: ResolvedOffset | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (!node.isTextblock) return true;
    if (textblocks++ > 0) {
      const separatorStart = textOffset;
      textOffset += BLOCK_SEPARATOR.length;
      if (offset > separatorStart && offset < textOffset) {
        // Inside the separator: the end of the block before, or the start of this one.
        if (side === 'end' && previousEnd) {
          found = previousEnd;
          return false;
        }
        offset = textOffset;
      }
    }
    const contentStart = pos + 1;
    let inner = contentStart;
    let lastMarks: readonly Mark[] = [];
    node.forEach((child) => {
      if (found) return;
      const length = child.isText ? (child.text ?? '').length : child.type.name === 'footnote' ? footnoteText(child).length : 1;
      const runStart = textOffset;
      const runEnd = textOffset + length;
      if (offset >= runStart && offset < runEnd) {
        if (child.isText) found = { pos: inner + (offset - runStart), block: pos, marks: child.marks };
        // Inside a footnote's "[text]": before the marker at its first character, else after it.
        else found = { pos: offset === runStart ? inner : inner + 1, block: pos, marks: lastMarks };
      }
      if (child.isText) lastMarks = child.marks;
      textOffset = runEnd;
      inner += child.nodeSize;
    });
    if (!found && offset === textOffset) found = { pos: inner, block: pos, marks: lastMarks };
    previousEnd = { pos: inner, block: pos, marks: lastMarks };
    return false;
  });
  return found;
}

/**
 * Replaces the plain-text range [start, end) of a document with `text` (a suggestion's wording), keeping the marks
 * of the passage's first character; "\n" in the wording becomes a hard break. Returns the new document as JSON, or
 * null when the range is outside the text or crosses blocks in a way the document cannot take (between a list and a
 * paragraph, say): the person then edits by hand.
 */
export function replaceTextRange(content: unknown, start: number, end: number, text: string): unknown | null {
  const doc = contentSchema.nodeFromJSON(content);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return null;
  const from = resolveOffset(doc, start, 'start');
  const to = resolveOffset(doc, end, end === start ? 'start' : 'end');
  if (!from || !to || to.pos < from.pos) return null;
  const marks = from.marks;
  const nodes: PMNode[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) nodes.push(contentSchema.nodes['hardBreak']!.create());
    if (line) nodes.push(contentSchema.text(line, marks));
  });
  try {
    const next = doc.replace(from.pos, to.pos, new Slice(Fragment.from(nodes), 0, 0));
    next.check();
    return next.toJSON();
  } catch {
    return null;
  }
}
