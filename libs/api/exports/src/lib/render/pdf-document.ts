import type { Content, ContentText, Margins, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ExportInline, ExportOutline, ExportParagraph, ExportSection, ExportTable } from '../outline/export-outline';

/**
 * The PDF rendering of an export outline, as a pdfmake document definition (pure data but for the header and footer
 * callbacks): a title page, pdfmake's table of contents with page numbers, numbered headings (bookmarked in the
 * PDF's outline through the contents), tables with repeated header rows, page numbers, and for anything but a
 * published release the state in every page's header; drafts also carry a DRAFT watermark on every page.
 *
 * Footnotes: pdfmake has no page-bottom notes, so the markers keep the document-wide numbers Word gives them and
 * each section ends with its notes, each marker linking to its note.
 */

/**
 * The font family registered with pdfmake: DejaVu Sans throughout, the DejaVu face with the widest coverage (Latin,
 * Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic, many symbols); DejaVu Serif lacks Hebrew and Arabic.
 */
export const PDF_FONTS = { body: 'DejaVuSans', heading: 'DejaVuSans' } as const;

const MARK_COLOUR = '#b00020';
const LINK_COLOUR = '#1d5ba4';
const INDENT_STEP = 16;
const MARKER_WIDTH = 18;
/** A first paragraph up to this length is kept on the page of its heading. */
const KEEP_WITH_HEADING = 600;

const HEADING_SIZES = [18, 15, 13, 12, 11, 11];
/** A4 (595.28 pt) less the left and right page margins. */
const PAGE_MARGIN = 60;
const TEXT_WIDTH = 595.28 - 2 * PAGE_MARGIN;
const LINE_WIDTH = 0.5;

/**
 * Hebrew and Arabic letters: DejaVu's oblique faces have none, so such text is never set in italics (it would draw
 * empty boxes); the other marks stay.
 */
const RTL_LETTERS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const italicOk = (text: string) => !RTL_LETTERS.test(text);

function inlinesOf(inlines: readonly ExportInline[]): ContentText['text'] {
  const out: Content[] = [];
  for (const inline of inlines) {
    if (inline.kind === 'break') out.push({ text: '\n' });
    else if (inline.kind === 'footnote') {
      out.push({ text: String(inline.number), sup: true, color: LINK_COLOUR, linkToDestination: `fn${inline.number}` });
    } else {
      const { bold, italic, href } = inline.marks;
      out.push({
        text: inline.text,
        ...(bold ? { bold: true } : {}),
        ...(italic && italicOk(inline.text) ? { italics: true } : {}),
        ...(href ? { link: href, color: LINK_COLOUR, decoration: 'underline' as const } : {}),
      });
    }
  }
  // pdfmake draws nothing for an empty array but still needs a line for an empty paragraph.
  return out.length ? (out as ContentText['text']) : ' ';
}

function paragraphOf(block: ExportParagraph, sectionDepth: number, rtl = false): Content {
  const text = inlinesOf(block.inlines);
  const left = block.indent * INDENT_STEP;
  const base: ContentText = {
    text,
    ...(block.align ? { alignment: block.align } : {}),
    // Not italic: DejaVu's oblique faces lack Arabic; the indent and the colour mark the quote.
    ...(block.quote ? { color: '#3a3a3a' } : {}),
  };
  if (block.headingLevel) {
    const level = Math.min(sectionDepth + block.headingLevel, HEADING_SIZES.length);
    Object.assign(base, { font: PDF_FONTS.heading, bold: true, fontSize: HEADING_SIZES[level - 1], margin: [left, 8, 0, 4] });
    return base;
  }
  if (rtl) {
    // Right to left: the indent is on the right, and a list marker stands right of its text.
    if (!block.marker) return { ...base, margin: [0, 0, left, 6] };
    return {
      columns: [
        { width: '*', ...base },
        { width: MARKER_WIDTH, text: block.marker, alignment: 'left' as const, margin: [4, 0, 0, 0] },
      ],
      columnGap: 2,
      margin: [0, 0, Math.max(0, left - MARKER_WIDTH), 6],
    };
  }
  if (!block.marker) return { ...base, margin: [left, 0, 0, 6] };
  return {
    columns: [
      { width: MARKER_WIDTH, text: block.marker, alignment: 'right' as const, margin: [0, 0, 4, 0] },
      { width: '*', ...base },
    ],
    columnGap: 2,
    margin: [Math.max(0, left - MARKER_WIDTH), 0, 0, 6],
  };
}

function tableOf(table: ExportTable, sectionDepth: number, rtl = false): Content {
  // Right to left, a table's first column is on the right; pdfmake places spans rightwards, so a table with column
  // spans keeps its left-to-right order.
  const mirror = rtl && table.rows.every((row) => row.every((cell) => cell.kind === 'covered' || cell.colspan === 1));
  const body: TableCell[][] = table.rows.map((row) =>
    (mirror ? [...row].reverse() : row).map((cell): TableCell => {
      if (cell.kind === 'covered') return {};
      const stack = cell.blocks.map((b) => paragraphOf({ ...b, headingLevel: null }, sectionDepth, rtl));
      return {
        stack: stack.length ? stack : [{ text: ' ' }],
        ...(cell.colspan > 1 ? { colSpan: cell.colspan } : {}),
        ...(cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
        ...(cell.header ? { fillColor: '#ededed', bold: true } : {}),
      };
    }),
  );
  // Fixed equal widths that add up to the text width: with '*' pdfmake widens a column to its longest word and a
  // wide table runs off the page; with a fixed width it breaks a word that does not fit, as in body text.
  const padding = table.columns > 12 ? 1 : 4;
  const available = TEXT_WIDTH - table.indent * INDENT_STEP - table.columns * (2 * padding + LINE_WIDTH) - LINE_WIDTH;
  const width = Math.max(1, available / table.columns);
  return {
    table: { headerRows: table.headerRows, widths: Array.from({ length: table.columns }, () => width), body, dontBreakRows: false },
    layout: {
      hLineWidth: () => LINE_WIDTH,
      vLineWidth: () => LINE_WIDTH,
      hLineColor: () => '#888888',
      vLineColor: () => '#888888',
      paddingLeft: () => padding,
      paddingRight: () => padding,
      paddingTop: () => 3,
      paddingBottom: () => 1,
    },
    // Many columns: smaller type, so that more words fit a column before they wrap.
    fontSize: table.columns > 16 ? 6 : table.columns > 8 ? 7 : table.columns > 4 ? 8.5 : 9.5,
    margin: rtl ? [0, 4, table.indent * INDENT_STEP, 10] : [table.indent * INDENT_STEP, 4, 0, 10],
  };
}

function sectionOf(outline: ExportOutline, section: ExportSection, isDraft: boolean): Content[] {
  const rtl = outline.direction === 'rtl';
  const size = HEADING_SIZES[Math.min(section.depth, HEADING_SIZES.length - 1)];
  const heading: Content = {
    text: section.label,
    id: section.anchor,
    font: PDF_FONTS.heading,
    bold: true,
    fontSize: size,
    margin: [0, section.depth === 0 ? 16 : 12, 0, 6],
    tocItem: true,
    tocMargin: rtl ? [0, 0, section.depth * 14, 3] : [section.depth * 14, 0, 0, 3],
    ...(section.depth === 0 ? { tocStyle: { bold: true } } : {}),
    headlineLevel: section.depth + 1,
  };
  const body: Content[] = section.blocks.map((block) =>
    block.kind === 'table' ? tableOf(block, section.depth, rtl) : paragraphOf(block, section.depth, rtl),
  );
  if (!section.hasText && !section.isParent && isDraft) {
    body.push({ text: outline.words.noTextYet, italics: italicOk(outline.words.noTextYet), color: '#666666', margin: [0, 0, 0, 6] });
  }
  const first = section.blocks[0];
  const keepFirst = first?.kind === 'paragraph' && first.inlines.reduce((n, i) => n + (i.kind === 'text' ? i.text.length : 1), 0) <= KEEP_WITH_HEADING;
  const out: Content[] = keepFirst || (!section.hasText && body.length) ? [{ stack: [heading, body.shift()!], unbreakable: true }] : [heading];
  out.push(...body);
  if (section.footnotes.length) {
    out.push({
      stack: [
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 0.5, lineColor: '#888888' }], margin: [0, 6, 0, 4] },
        ...section.footnotes.map(
          (note): Content => ({
            columns: [
              { width: 22, text: String(note.number), fontSize: 8.5, id: `fn${note.number}` },
              { width: '*', text: note.text || ' ', fontSize: 8.5 },
            ],
            margin: [0, 0, 0, 2],
          }),
        ),
      ],
    });
  }
  return out;
}

function titlePage(outline: ExportOutline): Content[] {
  const t = outline.titlePage;
  const out: Content[] = [
    { text: t.countryCode ? `${t.workspace} (${t.countryCode})` : t.workspace, fontSize: 14, color: '#444444', margin: [0, 80, 0, 12] },
    { text: t.title, font: PDF_FONTS.heading, bold: true, fontSize: 26, margin: [0, 0, 0, 16] },
    { text: t.editionLine, fontSize: 14, margin: [0, 0, 0, 4] },
    { text: t.versionLine, fontSize: 14, bold: true, margin: [0, 0, 0, 4] },
    { text: t.dateLine, fontSize: 12, margin: [0, 0, 0, 18] },
  ];
  if (t.notice) out.push({ text: t.notice, bold: true, fontSize: 13, color: MARK_COLOUR, margin: [0, 0, 0, 18] });
  if (t.notes) out.push({ text: outline.words.releaseNotes, bold: true, margin: [0, 6, 0, 4] }, { text: t.notes, margin: [0, 0, 0, 12] });
  if (t.organizations.length) {
    out.push({ text: outline.words.twg, font: PDF_FONTS.heading, bold: true, fontSize: 13, margin: [0, 12, 0, 6] });
    for (const group of t.organizations) {
      out.push({ text: group.heading, bold: true, fontSize: 10, margin: [0, 6, 0, 2] }, organizationList(group.names, outline.direction === 'rtl'));
    }
  }
  return out;
}

/**
 * The title page's names as a bulleted list. pdfmake draws a `ul`'s bullets on the left whatever the alignment, so
 * right to left each name is a row with its bullet at its right, as the text's own lists are (`paragraphOf`).
 */
function organizationList(names: readonly string[], rtl: boolean): Content {
  if (!rtl) return { ul: [...names], fontSize: 10, margin: [8, 0, 0, 0] };
  return {
    stack: names.map((name) => ({
      columns: [
        { width: '*', text: name },
        { width: MARKER_WIDTH, text: '•', alignment: 'left' as const, margin: [4, 0, 0, 0] },
      ],
      columnGap: 2,
    })),
    fontSize: 10,
  };
}

/**
 * The contents page. Left to right it is pdfmake's own table of contents (entries from the headings' `tocItem`).
 * pdfmake lays that out left to right only (entry left, page number right), so right to left the same table is
 * built here mirrored, each page number a `pageReference` to its heading's id, which pdfmake fills in as it does for
 * its own contents.
 */
function contentsOf(outline: ExportOutline): Content {
  const title = { text: outline.words.contents, font: PDF_FONTS.heading, bold: true, fontSize: 16, margin: [0, 0, 0, 12] as Margins };
  if (outline.direction !== 'rtl') return { toc: { title, textStyle: { fontSize: 10 } }, pageBreak: 'before' };
  const rows: TableCell[][] = outline.sections.map((section) => [
    { pageReference: section.anchor, alignment: 'left', margin: [0, 0, 0, 3] },
    { text: section.label, linkToDestination: section.anchor, alignment: 'right', bold: section.depth === 0, margin: [0, 0, section.depth * 14, 3] },
  ]);
  return {
    stack: [title, ...(rows.length ? [{ table: { dontBreakRows: true, widths: ['auto', '*'], body: rows }, layout: 'noBorders', fontSize: 10 }] : [])],
    pageBreak: 'before',
  };
}

/** The pdfmake document definition of an outline. */
export function pdfDefinition(outline: ExportOutline): TDocumentDefinitions {
  const isDraft = outline.state === 'DRAFT';
  const rtl = outline.direction === 'rtl';
  const mark = outline.pageMark;
  const [before, between, after] = outline.words.pageOf;
  return {
    pageSize: 'A4',
    pageMargins: [PAGE_MARGIN, 60, PAGE_MARGIN, 56],
    info: { title: outline.metadata.title, subject: outline.metadata.subject, creator: 'Migration Profile Studio', producer: 'Migration Profile Studio' },
    // An Arabic file is set flush right throughout (fixed words, Latin names); each line's words and letters are put
    // in visual order by the bidirectional algorithm (pdf-bidi.ts, installed by render-pdf.ts; docs/adr/0024).
    defaultStyle: { font: PDF_FONTS.body, fontSize: 10, lineHeight: 1.2, ...(rtl ? { alignment: 'right' as const } : {}) },
    language: outline.locale,
    ...(isDraft ? { watermark: { text: outline.words.watermark, color: MARK_COLOUR, opacity: 0.1, bold: true, font: PDF_FONTS.heading } } : {}),
    header: mark
      ? () => ({ text: mark, alignment: rtl ? 'left' : 'right', bold: true, fontSize: 9, color: MARK_COLOUR, font: PDF_FONTS.heading, margin: [60, 28, 60, 0] })
      : undefined,
    footer: (page: number, pages: number) => ({
      text: `${outline.titlePage.title} — ${outline.titlePage.versionLine}   ·   ${before}${page}${between}${pages}${after}`,
      alignment: 'center',
      fontSize: 8,
      color: '#555555',
      margin: [60, 20, 60, 0],
    }),
    content: [
      ...titlePage(outline),
      contentsOf(outline),
      { text: '', pageBreak: 'after' },
      ...outline.sections.flatMap((section) => sectionOf(outline, section, isDraft)),
    ],
  };
}
