import { CONTENT_SCHEMA_SPEC, LINK_PROTOCOLS } from './content-schema-spec';

/**
 * A section's document laid out with the offset of every character in its plain text (`plainText`, which comment
 * anchors index into): the same walk, so that a reader can highlight an anchored passage and turn a selection back
 * into offsets, and an editor can replace the passage a suggestion names (text-offsets.ts).
 *
 * The walk (kept identical to plainText): textblocks (paragraphs, headings, also inside lists, quotes and table
 * cells) joined by "\n\n"; a hard break is "\n"; a footnote is "[its text]".
 *
 * It reads the stored JSON itself, as ProseMirror's `schema.nodeFromJSON` reads it (the same node and mark types and
 * attributes from the one spec, content-schema-spec.ts; adjacent text with the same marks joined; the same errors),
 * without ProseMirror's model: the profile screen lays out the section it shows with it, and the model (some 15 KB of
 * JavaScript gzipped) is then only needed when someone edits (docs/adr/0029). A test holds the two readings together.
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

interface AttrSpec {
  default?: unknown;
  validate?: (value: unknown) => void;
}
type AttrSpecs = Readonly<Record<string, AttrSpec>>;
interface TypeSpec {
  group?: string;
  content?: string;
  inline?: boolean;
  attrs?: AttrSpecs;
}

const NODE_SPECS: Readonly<Record<string, TypeSpec>> = CONTENT_SCHEMA_SPEC.nodes;
const MARK_SPECS: Readonly<Record<string, TypeSpec>> = CONTENT_SCHEMA_SPEC.marks;
/** ProseMirror orders a node's marks by their place in the schema. */
const MARK_RANK = new Map(Object.keys(MARK_SPECS).map((name, rank) => [name, rank]));

/** A node as read from JSON: its attributes complete (defaults filled in, unknown ones dropped), its text joined. */
interface ReadNode {
  type: string;
  attrs: Record<string, unknown>;
  content: ReadNode[];
  marks: ReadMark[];
  text?: string;
}
interface ReadMark {
  type: string;
  attrs: Record<string, unknown>;
}

function specOf(specs: Readonly<Record<string, TypeSpec>>, name: unknown, what: string): TypeSpec {
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(specs, name)) throw new RangeError(`Unknown ${what} type: ${String(name)}`);
  return specs[name]!;
}

const hasDefault = (spec: AttrSpec) => Object.prototype.hasOwnProperty.call(spec, 'default');

/**
 * As ProseMirror's computeAttrs: every declared attribute, given (and then checked) or its default; nothing else. No
 * attributes at all (null, say) give the defaults when every attribute has one, unchecked, as there.
 */
function readAttrs(specs: AttrSpecs | undefined, value: unknown): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  const entries = Object.entries(specs ?? {});
  if (!value && entries.every(([, spec]) => hasDefault(spec))) {
    for (const [name, spec] of entries) attrs[name] = spec.default;
    return attrs;
  }
  for (const [name, spec] of entries) {
    let given = value ? (value as Record<string, unknown>)[name] : value;
    if (given === undefined) {
      if (!hasDefault(spec)) throw new RangeError(`No value supplied for attribute ${name}`);
      given = spec.default;
    } else {
      spec.validate?.(given);
    }
    attrs[name] = given;
  }
  return attrs;
}

function readMark(json: unknown): ReadMark {
  if (!json) throw new RangeError('Invalid input for Mark.fromJSON');
  const { type, attrs } = json as { type?: unknown; attrs?: unknown };
  const spec = specOf(MARK_SPECS, type, 'mark');
  return { type: type as string, attrs: readAttrs(spec.attrs, attrs) };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const sameMarks = (a: readonly ReadMark[], b: readonly ReadMark[]) =>
  a.length === b.length && a.every((mark, i) => mark.type === b[i]!.type && sameValue(mark.attrs, b[i]!.attrs));

function readNode(json: unknown): ReadNode {
  if (!json) throw new RangeError('Invalid input for Node.fromJSON');
  const source = json as { type?: unknown; attrs?: unknown; content?: unknown; marks?: unknown; text?: unknown };
  let marks: ReadMark[] = [];
  if (source.marks) {
    if (!Array.isArray(source.marks)) throw new RangeError('Invalid mark data for Node.fromJSON');
    // Stable, as ProseMirror's sort.
    marks = source.marks.map(readMark).sort((a, b) => MARK_RANK.get(a.type)! - MARK_RANK.get(b.type)!);
  }
  if (source.type === 'text') {
    if (typeof source.text !== 'string') throw new RangeError('Invalid text node in JSON');
    if (!source.text) throw new RangeError('Empty text nodes are not allowed');
    return { type: 'text', attrs: {}, content: [], marks, text: source.text };
  }
  const content: ReadNode[] = [];
  if (source.content) {
    if (!Array.isArray(source.content)) throw new RangeError('Invalid input for Fragment.fromJSON');
    // Adjacent text with the same marks becomes one node, as in ProseMirror's Fragment.fromArray.
    for (const child of source.content.map(readNode)) {
      const last = content[content.length - 1];
      if (last?.text !== undefined && child.text !== undefined && sameMarks(last.marks, child.marks)) {
        content[content.length - 1] = { ...last, text: last.text + child.text };
      } else content.push(child);
    }
  }
  const spec = specOf(NODE_SPECS, source.type, 'node');
  return { type: source.type as string, attrs: readAttrs(spec.attrs, source.attrs), content, marks };
}

/** A block whose content is text (paragraph, heading), as ProseMirror's isTextblock. */
const isTextblock = (node: ReadNode) => node.text === undefined && !NODE_SPECS[node.type]!.inline && /\binline\b/.test(NODE_SPECS[node.type]!.content ?? '');

const footnoteText = (node: ReadNode) => `[${String(node.attrs['text'] ?? '')}]`;

function runMarks(marks: readonly ReadMark[]): RunMarks {
  let href: string | null = null;
  for (const mark of marks) {
    if (mark.type !== 'link') continue;
    const candidate = String(mark.attrs['href'] ?? '');
    try {
      if ((LINK_PROTOCOLS as readonly string[]).includes(new URL(candidate).protocol)) href = candidate;
    } catch {
      href = null;
    }
  }
  return {
    bold: marks.some((m) => m.type === 'bold'),
    italic: marks.some((m) => m.type === 'italic'),
    href,
  };
}

/** Lays out a stored document (ProseMirror JSON of the section schema). Throws on a document that does not fit the schema. */
export function layoutDocument(content: unknown): DocumentLayout {
  const doc = readNode(content);
  let offset = 0;
  let textblocks = 0;
  const parts: string[] = [];
  const footnotes: string[] = [];

  const walk = (node: ReadNode): LaidOutNode => {
    if (isTextblock(node)) {
      if (textblocks++ > 0) offset += BLOCK_SEPARATOR.length;
      const start = offset;
      const runs: InlineRun[] = [];
      let line = '';
      for (const child of node.content) {
        const at = offset;
        if (child.text !== undefined) {
          const text = child.text;
          runs.push({ type: 'text', text, start: at, end: at + text.length, marks: runMarks(child.marks) });
          line += text;
          offset += text.length;
        } else if (child.type === 'hardBreak') {
          runs.push({ type: 'hardBreak', start: at, end: at + 1 });
          line += '\n';
          offset += 1;
        } else if (child.type === 'footnote') {
          const text = String(child.attrs['text'] ?? '');
          footnotes.push(text);
          const shown = footnoteText(child);
          runs.push({ type: 'footnote', text, number: footnotes.length, start: at, end: at + shown.length });
          line += shown;
          offset += shown.length;
        }
      }
      parts.push(line);
      return { kind: 'textblock', type: node.type as 'paragraph' | 'heading', attrs: { ...node.attrs }, start, end: offset, runs };
    }
    return { kind: 'container', type: node.type, attrs: { ...node.attrs }, children: node.content.map(walk) };
  };

  const blocks = doc.content.map(walk);
  return { blocks, text: parts.join(BLOCK_SEPARATOR), footnotes };
}
