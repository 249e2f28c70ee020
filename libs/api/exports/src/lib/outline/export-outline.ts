import type { ProfileDocument } from '@mps/api-releases';
import {
  DEFAULT_LOCALE,
  type DocumentFigure,
  FIGURE_TABLE_WORDS,
  intlTag,
  type Locale,
  localeDirection,
  type FigureTable,
  generatedFigureTables,
  indicatorBlockTable,
  layoutDocument,
  readIndicatorBlockAttrs,
  type InlineRun,
  type LaidOutNode,
  ORGANIZATION_KINDS,
  sectionLabel,
} from '@mps/shared-domain';
import { EXPORT_WORDS, type ExportWords } from './export-words';

/**
 * The format-neutral outline of an exported document: what the Word and the PDF renderers both draw (title page,
 * contents, numbered sections with their text and notes), decided once so that the two formats carry the same
 * things. Pure: a ProfileDocument in, plain data out.
 *
 * The body of a section is FLAT: lists and quotes become paragraphs with an indent, a list marker and a quote flag,
 * so that neither renderer recurses into the document's nesting (a hostile document may nest lists a hundred deep,
 * which would push text off the page and recurse deeply in the layout engines). Tables keep their grid; a table
 * inside a table cell is flattened into the cell's paragraphs.
 */

export type TextAlign = 'left' | 'center' | 'right' | 'justify';

export interface InlineMarks {
  bold: boolean;
  italic: boolean;
  /** http, https or mailto only (layoutDocument drops anything else). */
  href: string | null;
}

export type ExportInline =
  | { kind: 'text'; text: string; marks: InlineMarks }
  | { kind: 'break' }
  /** A footnote marker; `number` counts the document's footnotes from 1 in reading order. */
  | { kind: 'footnote'; number: number };

export interface ExportParagraph {
  kind: 'paragraph';
  inlines: ExportInline[];
  align: TextAlign | null;
  /** 2 to 4 for a heading inside a section's text (1 is the section's own title), null for body text. */
  headingLevel: number | null;
  /** Nesting of lists and quotes, capped at MAX_INDENT. */
  indent: number;
  /** Inside a block quote. */
  quote: boolean;
  /** The list marker ("•", "3.", "c.", "iv.") on the first paragraph of a list item; null elsewhere. */
  marker: string | null;
}

export type ExportTableCell =
  | { kind: 'cell'; header: boolean; colspan: number; rowspan: number; blocks: ExportParagraph[] }
  /** A grid position covered by a span of a cell above or to the left. */
  | { kind: 'covered' };

export interface ExportTable {
  kind: 'table';
  indent: number;
  /** Every row has `columns` entries. */
  rows: ExportTableCell[][];
  columns: number;
  /** Leading rows made only of header cells (repeated on each page), never every row. */
  headerRows: number;
}

export type ExportBlock = ExportParagraph | ExportTable;

export interface ExportSection {
  /** A bookmark/destination name, unique in the document and valid in Word ("s1", "s2", ...). */
  anchor: string;
  /** "A.2 Immigration": the number and title as sectionLabel joins them. */
  label: string;
  /** 0 for chapters and front matter. */
  depth: number;
  blocks: ExportBlock[];
  footnotes: Array<{ number: number; text: string }>;
  /** False when the section has no text (a chapter heading, or a draft section not written yet). */
  hasText: boolean;
  /** The next section is inside this one: a chapter whose text is its sections, never "not written yet". */
  isParent: boolean;
}

export type DocumentState = 'PUBLISHED' | 'WITHDRAWN' | 'CANDIDATE' | 'DRAFT';

export interface ExportOutline {
  /** The language of the file's fixed words (the profile's text stays as written). */
  locale: Locale;
  /** 'rtl' for Arabic: paragraphs and pages run right to left. */
  direction: 'ltr' | 'rtl';
  /** The file's fixed words that the renderers draw themselves (contents, page numbers, ...). */
  /** Plain strings only: the outline goes to a worker thread by structured clone. */
  words: Pick<ExportWords, 'contents' | 'noTextYet' | 'pageOf' | 'watermark' | 'releaseNotes' | 'twg'>;
  state: DocumentState;
  /** The word every page carries in its header when the document is not a published release ('DRAFT', ...). */
  pageMark: string | null;
  titlePage: {
    /** The Technical Working Group's workspace, e.g. "Republic of Norland". */
    workspace: string;
    countryCode: string | null;
    title: string;
    edition: string;
    /** "Edition 2024" in the file's language. */
    editionLine: string;
    /** "Release 2019.1", or "Current draft". */
    versionLine: string;
    /** "Published 3 March 2020", "Draft of 2 December 2026", ... */
    dateLine: string;
    /** What the reader must know before citing it (a draft, a candidate, a withdrawal with its reason), or null. */
    notice: string | null;
    notes: string | null;
    organizations: Array<{ heading: string; names: string[] }>;
  };
  /** Document metadata (Word's core properties, the PDF's info dictionary). */
  metadata: { title: string; subject: string };
  sections: ExportSection[];
  /** Total footnotes of the document (numbered 1..footnoteCount). */
  footnoteCount: number;
}

/** Deepest indent drawn; deeper lists and quotes stay at this indent (their markers still show their level). */
export const MAX_INDENT = 8;


/**
 * Characters XML 1.0 cannot carry (C0 controls but tab and line ends, U+FFFE/U+FFFF) and lone surrogates: Word
 * refuses a file holding them, and a PDF would draw boxes. The API already refuses NUL and lone surrogates on input;
 * this keeps the export valid whatever older rows hold.
 */
// eslint-disable-next-line no-control-regex
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function writable(text: string): string {
  return text.replace(UNWRITABLE, '');
}

/** "2 December 2026" ("2 décembre 2026", ...), in UTC so that the server's time zone never changes a file. */
export function longDate(date: Date, locale: Locale = DEFAULT_LOCALE): string {
  return new Intl.DateTimeFormat(intlTag(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

const ROMAN: Array<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let rest = n;
  let out = '';
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

function letters(n: number): string {
  if (n <= 0) return String(n);
  let rest = n;
  let out = '';
  while (rest > 0) {
    rest -= 1;
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  }
  return out;
}

/** The marker of the item at `index` (0-based) of an ordered list, as HTML's <ol start type> numbers it. */
export function orderedMarker(start: number, type: string | null, index: number): string {
  const n = start + index;
  switch (type) {
    case 'a':
      return `${letters(n)}.`;
    case 'A':
      return `${letters(n).toUpperCase()}.`;
    case 'i':
      return `${roman(n)}.`;
    case 'I':
      return `${roman(n).toUpperCase()}.`;
    default:
      return `${n}.`;
  }
}

const BULLETS = ['•', '◦', '▪'];

interface Context {
  indent: number;
  quote: boolean;
  /** Inside a table cell: a nested table is flattened into paragraphs. */
  inTable: boolean;
  listDepth: number;
  /** Added to layoutDocument's per-section footnote numbers. */
  footnoteOffset: number;
  /** The figures tables and charts in the text show: frozen for a release, live for a draft. */
  figures: readonly DocumentFigure[];
  locale: Locale;
}

const plain = (text: string, bold = false): ExportInline => ({ kind: 'text', text: writable(text), marks: { bold, italic: false, href: null } });
const paragraphOf = (inlines: ExportInline[], indent: number): ExportParagraph => ({
  kind: 'paragraph',
  inlines,
  align: null,
  headingLevel: null,
  indent,
  quote: false,
  marker: null,
});
const cellOf = (text: string, header: boolean): ExportTableCell => ({
  kind: 'cell',
  header,
  colspan: 1,
  rowspan: 1,
  blocks: [paragraphOf(text ? [plain(text)] : [], 0)],
});

/**
 * A table of indicator figures (a table or chart in the text, Key data, the Annex) as the files draw it: its caption
 * in bold, the grid with a header row, then its sources and notes. A chart is drawn as its table, which says so.
 */
export function figureTableBlocks(table: FigureTable, indent: number, flat = false, locale: Locale = DEFAULT_LOCALE): ExportBlock[] {
  const words = FIGURE_TABLE_WORDS[locale];
  const caption = paragraphOf([plain(table.caption, true)], indent);
  if (table.empty) return [caption, paragraphOf([plain(words.noFigures)], indent)];
  if (flat) {
    // Inside a table cell a nested grid is flattened, like any other nested table: a line per row.
    return [caption, ...table.rows.map((r) => paragraphOf([plain(`${r.header}: ${r.cells.map((c, i) => `${table.head[i + 1]} ${c}`).join('; ')}`)], indent))];
  }
  const rows: ExportTableCell[][] = [
    table.head.map((h) => cellOf(h, true)),
    ...table.rows.map((r) => [cellOf(r.header, true), ...r.cells.map((c) => cellOf(c, false))]),
  ];
  const notes = [...(table.chart ? [words.chartAsTable] : []), ...table.notes];
  return [
    caption,
    { kind: 'table', indent, rows, columns: table.head.length, headerRows: 1 },
    ...notes.map((n) => paragraphOf([{ kind: 'text', text: writable(n), marks: { bold: false, italic: true, href: null } }], indent)),
  ];
}

function inlinesOf(runs: InlineRun[], footnoteOffset: number): ExportInline[] {
  const inlines: ExportInline[] = [];
  for (const run of runs) {
    if (run.type === 'text') {
      const text = writable(run.text);
      if (text) inlines.push({ kind: 'text', text, marks: { ...run.marks } });
    } else if (run.type === 'hardBreak') {
      inlines.push({ kind: 'break' });
    } else {
      inlines.push({ kind: 'footnote', number: footnoteOffset + run.number });
    }
  }
  return inlines;
}

const alignOf = (attrs: Record<string, unknown>): TextAlign | null => {
  const value = attrs['textAlign'];
  return value === 'left' || value === 'center' || value === 'right' || value === 'justify' ? value : null;
};

function blocksOf(nodes: readonly LaidOutNode[], ctx: Context, out: ExportBlock[]): void {
  for (const node of nodes) blockOf(node, ctx, out);
}

function blockOf(node: LaidOutNode, ctx: Context, out: ExportBlock[]): void {
  if (node.kind === 'textblock') {
    out.push({
      kind: 'paragraph',
      inlines: inlinesOf(node.runs, ctx.footnoteOffset),
      align: alignOf(node.attrs),
      headingLevel: node.type === 'heading' ? Math.min(Math.max(Number(node.attrs['level']) || 2, 2), 4) : null,
      indent: ctx.indent,
      quote: ctx.quote,
      marker: null,
    });
    return;
  }
  switch (node.type) {
    case 'bulletList':
    case 'orderedList': {
      const inner: Context = { ...ctx, indent: Math.min(ctx.indent + 1, MAX_INDENT), listDepth: ctx.listDepth + 1 };
      const start = Number(node.attrs['start'] ?? 1);
      const type = typeof node.attrs['type'] === 'string' ? (node.attrs['type'] as string) : null;
      node.children.forEach((item, index) => {
        const marker =
          node.type === 'bulletList' ? BULLETS[ctx.listDepth % BULLETS.length]! : orderedMarker(Number.isFinite(start) ? start : 1, type, index);
        const itemBlocks: ExportBlock[] = [];
        blocksOf(item.kind === 'container' ? item.children : [item], inner, itemBlocks);
        const first = itemBlocks[0];
        if (first?.kind === 'paragraph' && first.indent === inner.indent) first.marker = marker;
        else itemBlocks.unshift({ kind: 'paragraph', inlines: [], align: null, headingLevel: null, indent: inner.indent, quote: inner.quote, marker });
        out.push(...itemBlocks);
      });
      return;
    }
    case 'blockquote':
      blocksOf(node.children, { ...ctx, indent: Math.min(ctx.indent + 1, MAX_INDENT), quote: true }, out);
      return;
    case 'indicatorBlock': {
      const attrs = readIndicatorBlockAttrs(node.attrs);
      if (attrs) out.push(...figureTableBlocks(indicatorBlockTable(attrs, ctx.figures, ctx.locale), ctx.indent, ctx.inTable, ctx.locale));
      return;
    }
    case 'table':
      if (ctx.inTable) blocksOf(node.children, ctx, out);
      else {
        const table = tableOf(node, ctx);
        if (table) out.push(table);
      }
      return;
    default:
      // tableRow, tableCell, tableHeader met outside a table's grid (only nested tables): their paragraphs in order.
      blocksOf(node.children, ctx, out);
  }
}

/** Cells never span further than this, whatever the document says (the schema allows 100). */
const MAX_SPAN = 100;

/**
 * The table as a rectangular grid: spans placed where HTML would place them, clipped to the table, positions under a
 * span marked covered, short rows padded with empty cells, empty rows dropped (Word refuses a row without cells).
 */
function tableOf(node: Extract<LaidOutNode, { kind: 'container' }>, ctx: Context): ExportTable | null {
  const cellCtx: Context = { ...ctx, indent: 0, quote: false, inTable: true, listDepth: 0 };
  const sourceRows = node.children.filter(
    (row): row is Extract<LaidOutNode, { kind: 'container' }> => row.kind === 'container' && row.children.length > 0,
  );
  if (!sourceRows.length) return null;
  const grid: Array<Array<ExportTableCell | undefined>> = sourceRows.map(() => []);
  sourceRows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.children) {
      while (grid[r]![c] !== undefined) c += 1;
      const colspan = clampSpan(cell.attrs['colspan']);
      const rowspan = Math.min(clampSpan(cell.attrs['rowspan']), sourceRows.length - r);
      const blocks: ExportBlock[] = [];
      blocksOf(cell.kind === 'container' ? cell.children : [cell], cellCtx, blocks);
      const paragraphs = blocks.filter((b): b is ExportParagraph => b.kind === 'paragraph');
      grid[r]![c] = {
        kind: 'cell',
        header: cell.type === 'tableHeader',
        colspan,
        rowspan,
        blocks: paragraphs,
      };
      for (let dr = 0; dr < rowspan; dr += 1) {
        for (let dc = 0; dc < colspan; dc += 1) {
          if (dr === 0 && dc === 0) continue;
          // A span that runs into a cell placed earlier (a malformed table) stops short of it.
          if (grid[r + dr]![c + dc] === undefined) grid[r + dr]![c + dc] = { kind: 'covered' };
        }
      }
      c += colspan;
    }
  });
  const columns = tableWidth(grid);
  const rows = grid.map((row) =>
    Array.from({ length: columns }, (_, c): ExportTableCell => row[c] ?? { kind: 'cell', header: false, colspan: 1, rowspan: 1, blocks: [] }),
  );
  // Spans were written before the width was known: clip them so that none reaches outside the grid.
  for (const row of rows) {
    row.forEach((cell, c) => {
      if (cell.kind === 'cell') cell.colspan = Math.min(cell.colspan, columns - c);
    });
  }
  let headerRows = 0;
  while (headerRows < rows.length && rows[headerRows]!.every((cell) => cell.kind === 'covered' || cell.header)) headerRows += 1;
  if (headerRows === rows.length) headerRows = 0;
  // A header row spanning down into body rows would split the header: repeat nothing then.
  if (rows.slice(0, headerRows).some((row, r) => row.some((cell) => cell.kind === 'cell' && r + cell.rowspan > headerRows))) headerRows = 0;
  return { kind: 'table', indent: ctx.indent, rows, columns, headerRows };
}

/**
 * The number of columns: the width most rows have (ties: the narrower), widened to the last column where a cell
 * starts so that no cell's text is lost. A well-formed table (the editor keeps them rectangular) has one width; a
 * malformed cell spanning 99 columns of a 3-column table spans the 3, as a browser draws it.
 */
function tableWidth(grid: ReadonlyArray<ReadonlyArray<ExportTableCell | undefined>>): number {
  const counts = new Map<number, number>();
  for (const row of grid) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  for (const [width, count] of counts) {
    if (count > best || (count === best && width < mode)) {
      mode = width;
      best = count;
    }
  }
  const lastStart = Math.max(...grid.map((row) => row.reduce((last, cell, c) => (cell?.kind === 'cell' ? c : last), 0)));
  return Math.max(mode, lastStart + 1, 1);
}

function clampSpan(value: unknown): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

function titleLines(doc: ProfileDocument, locale: Locale): Pick<ExportOutline['titlePage'], 'versionLine' | 'dateLine' | 'notice'> & { state: DocumentState } {
  const w = EXPORT_WORDS[locale];
  const date = (d: Date) => longDate(d, locale);
  const release = doc.release;
  if (!release) {
    return { state: 'DRAFT', versionLine: w.currentDraft, dateLine: w.draftAsOf(date(doc.asOf)), notice: w.draftNotice };
  }
  const versionLine = w.release(writable(release.version));
  if (release.status === 'CANDIDATE') {
    return { state: 'CANDIDATE', versionLine, dateLine: w.prepared(date(release.preparedAt)), notice: w.candidateNotice };
  }
  const published = w.published(date(release.publishedAt ?? release.preparedAt));
  if (release.status === 'WITHDRAWN') {
    return {
      state: 'WITHDRAWN',
      versionLine,
      dateLine: published,
      notice: w.withdrawn(release.withdrawnAt ? date(release.withdrawnAt) : null, release.withdrawalReason ? writable(release.withdrawalReason) : null),
    };
  }
  return { state: 'PUBLISHED', versionLine, dateLine: published, notice: null };
}

/**
 * The outline of a release or a draft, ready for either renderer, with its fixed words in `locale` (dates and
 * figures formatted for it too). Throws only on content that is not a document.
 */
export function buildExportOutline(doc: ProfileDocument, locale: Locale = DEFAULT_LOCALE): ExportOutline {
  const w = EXPORT_WORDS[locale];
  const { state, ...lines } = titleLines(doc, locale);
  let footnoteCount = 0;
  const sections = doc.sections.map((section, index): ExportSection => {
    const layout = section.content ? layoutDocument(section.content) : null;
    const blocks: ExportBlock[] = [];
    const figures = doc.figures ?? [];
    if (layout) blocksOf(layout.blocks, { indent: 0, quote: false, inTable: false, listDepth: 0, footnoteOffset: footnoteCount, figures, locale }, blocks);
    // Key data and the Annex: generated from the catalogue and the figures, after the section's own text.
    for (const table of generatedFigureTables(section.key, figures, locale)) blocks.push(...figureTableBlocks(table, 0, false, locale));
    const footnotes = (layout?.footnotes ?? []).map((text, i) => ({ number: footnoteCount + i + 1, text: writable(text) }));
    footnoteCount += footnotes.length;
    const hasText = blocks.some((b) => b.kind === 'table' || b.inlines.length > 0);
    return {
      anchor: `s${index + 1}`,
      label: writable(sectionLabel({ number: section.number, title: section.title })),
      depth: Math.max(0, Math.min(section.depth, 5)),
      blocks: hasText ? blocks : [],
      footnotes,
      hasText,
      isParent: (doc.sections[index + 1]?.depth ?? -1) > section.depth,
    };
  });
  const organizations = ORGANIZATION_KINDS.map((kind) => ({
    heading: w.organizationKinds[kind],
    names: doc.organizations
      .filter((o) => o.kind === kind)
      .map((o) => writable(o.acronym ? `${o.name} (${o.acronym})` : o.name)),
  })).filter((group) => group.names.length > 0);
  const title = writable(doc.title);
  const edition = writable(doc.edition);
  return {
    locale,
    direction: localeDirection(locale),
    words: {
      contents: w.contents,
      noTextYet: w.noTextYet,
      pageOf: w.pageOf,
      watermark: w.watermark,
      releaseNotes: w.releaseNotes,
      twg: w.twg,
    },
    state,
    pageMark: state === 'PUBLISHED' ? null : w.pageMarks[state],
    titlePage: {
      workspace: writable(doc.workspace.name),
      countryCode: doc.workspace.countryCode,
      title,
      edition,
      editionLine: w.edition(edition),
      ...lines,
      notes: doc.release?.notes ? writable(doc.release.notes) : null,
      organizations,
    },
    metadata: {
      title: `${title} (${edition})`,
      subject: w.subject(writable(doc.workspace.name), lines.versionLine, lines.dateLine.toLocaleLowerCase(intlTag(locale))),
    },
    sections,
    footnoteCount,
  };
}
