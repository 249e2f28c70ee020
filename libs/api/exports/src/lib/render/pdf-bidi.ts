import bidiFactory from 'bidi-js';
import type { EmbeddingLevels } from 'bidi-js';

/**
 * The Unicode bidirectional algorithm for pdfmake, which has none (ADR 0024).
 *
 * pdfmake measures a text node as "inlines" (a word and its trailing space each, in the order written), breaks them
 * into lines and draws each inline at its `x`, left to right. pdfkit (through fontkit) shapes each word and lays a
 * right-to-left word out right to left, but the words of a line stay in the order written, and numbers or Latin
 * acronyms inside Arabic are not placed by any rule.
 *
 * Here, per text node, the embedding levels of its whole text are resolved once (bidi-js; each paragraph's
 * direction from its first strong letter, as `unicode-bidi: plaintext` does on screen), and per laid-out line —
 * after line breaking, when pdfmake aligns the line — its characters are reordered into visual order (rule L2),
 * mirrored characters (brackets) swapped at odd levels, and the line's inlines replaced by visual pieces with
 * their `x`. A paragraph whose direction is right to left and that is aligned left (pdfmake's default) is set
 * flush right, its start. Text without any right-to-left letter is left as pdfmake laid it out.
 */

const bidi = bidiFactory();

/** Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko..., their presentation forms). */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const SPACE = /\s/;

/** The bidi facts of one text node, shared by its inlines. */
interface BidiParagraph {
  text: string;
  levels: EmbeddingLevels;
}

/** The parts of a pdfmake inline used here (pdfmake's own objects carry more, copied along). */
export interface BidiInline {
  text: string;
  width: number;
  x?: number;
  leadingCut?: number;
  trailingCut?: number;
  alignment?: string;
  /** The text node's bidi facts; copied when pdfmake splits an over-long word. */
  _bidiPara?: BidiParagraph;
  /** Where the inline's text ends in `_bidiPara.text`; copied when pdfmake splits a word, so the rest still knows. */
  _bidiEnd?: number;
  // `_bidiStart` is non-enumerable: pdfmake's copy of the rest of a split word does not take it.
  [key: string]: unknown;
}

/** A run of a line, in visual order: the text to hand to the font and its level. */
export interface VisualPiece {
  /** The inline it comes from (its index in the line). */
  inline: number;
  /** The text in the order the font must be given it (see `drawText`). */
  text: string;
  level: number;
}

/** How a font draws a string: whether it reverses it (fontkit lays a right-to-left word out right to left). */
export type ReversesFn = (inline: number, text: string) => boolean;

const reverse = (text: string) => Array.from(text).reverse().join('');

function mirrored(text: string): string {
  return Array.from(text, (ch) => bidi.getMirroredCharacter(ch) ?? ch).join('');
}

/** Tags a text node's measured inlines with their paragraph's embedding levels; nothing if there is no RTL letter. */
export function tagParagraph(items: BidiInline[]): void {
  let text = '';
  const starts: number[] = [];
  for (const item of items) {
    starts.push(text.length);
    text += item.text + (item['lineEnd'] ? '\n' : '');
  }
  if (!RTL_LETTER.test(text)) return;
  const paragraph: BidiParagraph = { text, levels: bidi.getEmbeddingLevels(text) };
  items.forEach((item, i) => {
    item._bidiPara = paragraph;
    item._bidiEnd = starts[i]! + item.text.length;
    Object.defineProperty(item, '_bidiStart', { value: starts[i], enumerable: false, writable: true });
  });
}

function startOf(inline: BidiInline): number {
  const start = (inline as { _bidiStart?: number })._bidiStart;
  return start ?? inline._bidiEnd! - inline.text.length;
}

/**
 * The visual pieces of one line whose inlines all come from `paragraph`, logical `lineStart`..`lineEnd` (inclusive,
 * trailing spaces already left out). A piece is one inline's characters of one level, contiguous, and at most one
 * word with its space (pdfkit lays out each space-separated word on its own).
 */
export function visualPieces(
  paragraph: BidiParagraph,
  lineStart: number,
  lineEnd: number,
  inlineOf: (index: number) => number,
  reverses: ReversesFn,
): { pieces: VisualPiece[]; level: number } {
  const { text, levels } = paragraph;
  const base = paragraph.levels.paragraphs.find((p) => p.start <= lineStart && lineStart <= p.end)?.level ?? 0;
  const order: number[] = [];
  for (let i = lineStart; i <= lineEnd; i++) order.push(i);
  // Rule L2: reverse, from the highest level to the lowest odd one, each run at that level or higher.
  for (const [start, end] of bidi.getReorderSegments(text, levels, lineStart, lineEnd)) {
    const a = start! - lineStart;
    const b = end! - lineStart;
    const run = order.slice(a, b + 1).reverse();
    order.splice(a, run.length, ...run);
  }
  // Rule L1: trailing spaces of the line take the paragraph's level (they are cut before this, but be safe).
  const levelAt = (i: number) => levels.levels[i]!;

  const groups: Array<{ inline: number; level: number; indices: number[] }> = [];
  let current: (typeof groups)[number] | null = null;
  for (const i of order) {
    const inline = inlineOf(i);
    const level = levelAt(i);
    const odd = level % 2 === 1;
    const prev = current?.indices[current.indices.length - 1];
    const continues =
      current !== null &&
      current.inline === inline &&
      current.level === level &&
      prev === (odd ? i + 1 : i - 1) &&
      // A word ends after its space: logically before `i` when left to right, at `i` when right to left.
      !SPACE.test(text[odd ? i : prev!]!);
    if (continues) current!.indices.push(i);
    else {
      current = { inline, level, indices: [i] };
      groups.push(current);
    }
  }

  const pieces = groups.map(({ inline, level, indices }) => {
    const logical = [...indices].sort((x, y) => x - y).map((i) => text[i]).join('');
    const odd = level % 2 === 1;
    const written = odd ? mirrored(logical) : logical;
    // The font is given the logical text when it draws it in the right order itself, so that Arabic is shaped
    // from its letters' order; otherwise the text in visual order.
    const fontReverses = Array.from(written).length > 1 && reverses(inline, written);
    const drawn = odd === fontReverses ? written : reverse(written);
    return { inline, text: drawn, level };
  });
  return { pieces, level: base };
}

interface PdfmakeLine {
  inlines: BidiInline[];
  inlineWidths: number;
  leadingCut: number;
  trailingCut: number;
  _bidiDone?: boolean;
}

interface PdfkitFont {
  layout?: (text: string) => { glyphs: Array<{ codePoints: number[] }> };
}

/** Whether pdfkit draws `text` right to left in this font: its first character's glyph comes last. */
function fontReverses(font: PdfkitFont | undefined, text: string): boolean {
  if (!font?.layout) return false;
  const { glyphs } = font.layout(text);
  if (glyphs.length < 2) return false;
  const first = text.codePointAt(0)!;
  return !glyphs[0]!.codePoints.includes(first) && glyphs[glyphs.length - 1]!.codePoints.includes(first);
}

/**
 * Replaces a laid-out line's inlines by its visual pieces, with their widths and positions. Returns whether the
 * line's paragraph runs right to left (for its alignment).
 */
export function reorderLine(line: PdfmakeLine, widthOf: (text: string, inline: BidiInline) => number): boolean {
  if (line._bidiDone) return false;
  line._bidiDone = true;
  const inlines = line.inlines;
  const paragraph = inlines[0]?._bidiPara;
  if (!paragraph || inlines.some((inline) => inline._bidiPara !== paragraph)) return false;
  const starts = inlines.map(startOf);
  const lineStart = starts[0]!;
  let lineEnd = starts[inlines.length - 1]! + inlines[inlines.length - 1]!.text.length - 1;
  // Leading and trailing spaces of a line are not drawn (pdfmake cuts them from its width too).
  let first = lineStart;
  while (first <= lineEnd && SPACE.test(paragraph.text[first]!) && (inlines[0]!.leadingCut ?? 0) >= 0) first++;
  while (lineEnd >= first && SPACE.test(paragraph.text[lineEnd]!)) lineEnd--;
  if (lineEnd < first) return false;
  const lineText = paragraph.text.slice(first, lineEnd + 1);
  const base = paragraph.levels.paragraphs.find((p) => p.start <= first && first <= p.end)?.level ?? 0;
  if (!RTL_LETTER.test(lineText) && base % 2 === 0) return false;

  const inlineOf = (index: number) => {
    let k = inlines.length - 1;
    while (k > 0 && starts[k]! > index) k--;
    return k;
  };
  const { pieces, level } = visualPieces(paragraph, first, lineEnd, inlineOf, (k, text) =>
    fontReverses(inlines[k]!['font'] as PdfkitFont | undefined, text),
  );

  // An indent pdfmake expressed as a negative leading cut stays at the line's start.
  const indent = Math.max(0, -(inlines[0]!.leadingCut ?? 0));
  let x = indent;
  const out: BidiInline[] = pieces.map((piece) => {
    const source = inlines[piece.inline]!;
    const sameText = piece.text === source.text;
    const width = sameText ? source.width : widthOf(piece.text, source);
    const copy: BidiInline = { ...source, text: piece.text, width, x, leadingCut: 0, trailingCut: 0 };
    x += width;
    return copy;
  });
  line.inlines = out;
  line.inlineWidths = x;
  line.leadingCut = 0;
  line.trailingCut = 0;
  return level % 2 === 1;
}

interface ElementWriterLike {
  prototype: { alignLine(this: unknown, line: PdfmakeLine): void };
}
interface TextInlinesLike {
  prototype: {
    buildInlines(this: unknown, ...args: unknown[]): { items: BidiInline[] };
    widthOfText(this: unknown, text: string, inline: BidiInline): number;
  };
}

let installed = false;

/**
 * Installs the algorithm into pdfmake (once per process or worker): levels when a text node is measured, visual
 * order when a line is aligned. pdfmake 0.3's `TextInlines.buildInlines` and `ElementWriter.alignLine`.
 */
export function installPdfBidi(): void {
  if (installed) return;
  installed = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ElementWriter = (require('pdfmake/js/ElementWriter') as { default: ElementWriterLike }).default;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const TextInlines = (require('pdfmake/js/TextInlines') as { default: TextInlinesLike }).default;

  const buildInlines = TextInlines.prototype.buildInlines;
  TextInlines.prototype.buildInlines = function (this: unknown, ...args: unknown[]) {
    const result = buildInlines.apply(this, args);
    tagParagraph(result.items);
    return result;
  };
  const widthOfText = TextInlines.prototype.widthOfText;
  const alignLine = ElementWriter.prototype.alignLine;
  ElementWriter.prototype.alignLine = function (this: unknown, line: PdfmakeLine) {
    const rtl = reorderLine(line, (text, inline) => widthOfText.call(null, text, inline));
    // A right-to-left paragraph starts on the right: pdfmake's default "left" becomes its start.
    if (rtl) for (const inline of line.inlines) if (!inline.alignment || inline.alignment === 'left') inline.alignment = 'right';
    alignLine.call(this, line);
  };
}
