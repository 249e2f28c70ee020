import { Fragment, Slice, type Mark, type Node as PMNode } from 'prosemirror-model';
import { contentSchema, LINK_PROTOCOLS } from './content-schema';

/**
 * A section's document laid out with the offset of every character in its plain text (`plainText`, which comment
 * anchors index into): the same walk, so that a reader can highlight an anchored passage and turn a selection back
 * into offsets, and an editor can replace the passage a suggestion names.
 *
 * The walk (kept identical to plainText): textblocks (paragraphs, headings, also inside lists, quotes and table
 * cells) joined by "\n\n"; a hard break is "\n"; a footnote is "[its text]".
 */

export interface RunMarks {
  bold: boolean;
  italic: boolean;
  /** A link's address, only when it is http, https or mailto (the server already refuses others). */
  href: string | null;
}

export type InlineRun =
  | { type: 'text'; text: string; start: number; end: number; marks: RunMarks }
  | { type: 'hardBreak'; start: number; end: number }
  /** `number` counts footnotes from 1 in reading order; its offsets cover "[text]". */
  | { type: 'footnote'; text: string; number: number; start: number; end: number };

export type LaidOutNode =
  | {
      kind: 'textblock';
      type: 'paragraph' | 'heading';
      attrs: Record<string, unknown>;
      /** Offsets of the block's text in the plain text: [start, end). */
      start: number;
      end: number;
      runs: InlineRun[];
    }
  | { kind: 'container'; type: string; attrs: Record<string, unknown>; children: LaidOutNode[] };

export interface DocumentLayout {
  blocks: LaidOutNode[];
  /** Equal to plainText of the document (a test holds them together). */
  text: string;
  /** Footnote texts in reading order (numbered from 1). */
  footnotes: string[];
}

/** The separator plainText puts between textblocks. */
export const BLOCK_SEPARATOR = '\n\n';

const footnoteText = (node: PMNode) => `[${String(node.attrs['text'] ?? '')}]`;

function runMarks(marks: readonly Mark[]): RunMarks {
  let href: string | null = null;
  for (const mark of marks) {
    if (mark.type.name !== 'link') continue;
    const candidate = String(mark.attrs['href'] ?? '');
    try {
      if ((LINK_PROTOCOLS as readonly string[]).includes(new URL(candidate).protocol)) href = candidate;
    } catch {
      href = null;
    }
  }
  return {
    bold: marks.some((m) => m.type.name === 'bold'),
    italic: marks.some((m) => m.type.name === 'italic'),
    href,
  };
}

/** Lays out a stored document (ProseMirror JSON of the section schema). Throws on a document that does not fit the schema. */
export function layoutDocument(content: unknown): DocumentLayout {
  const doc = contentSchema.nodeFromJSON(content);
  let offset = 0;
  let textblocks = 0;
  const parts: string[] = [];
  const footnotes: string[] = [];

  const walk = (node: PMNode): LaidOutNode => {
    if (node.isTextblock) {
      if (textblocks++ > 0) offset += BLOCK_SEPARATOR.length;
      const start = offset;
      const runs: InlineRun[] = [];
      let line = '';
      node.forEach((child) => {
        const at = offset;
        if (child.isText) {
          const text = child.text ?? '';
          runs.push({ type: 'text', text, start: at, end: at + text.length, marks: runMarks(child.marks) });
          line += text;
          offset += text.length;
        } else if (child.type.name === 'hardBreak') {
          runs.push({ type: 'hardBreak', start: at, end: at + 1 });
          line += '\n';
          offset += 1;
        } else if (child.type.name === 'footnote') {
          const text = String(child.attrs['text'] ?? '');
          footnotes.push(text);
          const shown = footnoteText(child);
          runs.push({ type: 'footnote', text, number: footnotes.length, start: at, end: at + shown.length });
          line += shown;
          offset += shown.length;
        }
      });
      parts.push(line);
      return { kind: 'textblock', type: node.type.name as 'paragraph' | 'heading', attrs: { ...node.attrs }, start, end: offset, runs };
    }
    const children: LaidOutNode[] = [];
    node.forEach((child) => children.push(walk(child)));
    return { kind: 'container', type: node.type.name, attrs: { ...node.attrs }, children };
  };

  const blocks: LaidOutNode[] = [];
  doc.forEach((child) => blocks.push(walk(child)));
  return { blocks, text: parts.join(BLOCK_SEPARATOR), footnotes };
}

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
