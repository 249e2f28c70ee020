import {
  AlignmentType,
  BorderStyle,
  Bookmark,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  PageNumber,
  type IParagraphOptions,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { ExportInline, ExportOutline, ExportParagraph, ExportSection, ExportTable, TextAlign } from '../outline/export-outline';

/**
 * The Word rendering of an export outline (docx): a title page, a contents list the reader sees without updating
 * fields (each entry a link to its section's bookmark), numbered headings in Word's heading styles (so Word's
 * navigation pane and its own table of contents find them), real footnotes, tables with header rows repeated on each
 * page, page numbers, and for anything but a published release the state in every page's header ("DRAFT — not for
 * citation"), with a diagonal DRAFT watermark on drafts.
 */

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<TextAlign, unknown>;

/** Twentieths of a point per indent step and for a list marker's hanging indent (a quarter inch). */
const INDENT_STEP = 360;
const MARK_COLOUR = 'B00020';
const BODY_FONT = 'Calibri';

const heading = (level: number) => HEADINGS[Math.min(Math.max(level, 1), 6) - 1]!;

/**
 * A paragraph in the document's direction: for Arabic every paragraph is bidirectional (Word's <w:bidi/>), so it
 * starts at the right and Word orders its words right to left, Latin words and numbers inside it included.
 */
type Para = (options: IParagraphOptions | string) => Paragraph;
const paragraphs = (rtl: boolean): Para =>
  rtl
    ? (options) => new Paragraph(typeof options === 'string' ? { text: options, bidirectional: true } : { ...options, bidirectional: true })
    : (options) => new Paragraph(options);

function runsOf(inlines: readonly ExportInline[]): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (const inline of inlines) {
    if (inline.kind === 'break') children.push(new TextRun({ text: '', break: 1 }));
    else if (inline.kind === 'footnote') children.push(new FootnoteReferenceRun(inline.number));
    else {
      const { bold, italic, href } = inline.marks;
      // Only marks that are set: an explicit "not bold" would override a heading style's bold.
      const run = new TextRun({ text: inline.text, ...(bold ? { bold } : {}), ...(italic ? { italics: true } : {}), ...(href ? { style: 'Hyperlink' } : {}) });
      children.push(href ? new ExternalHyperlink({ link: href, children: [run] }) : run);
    }
  }
  return children;
}

function paragraphOf(P: Para, block: ExportParagraph, sectionDepth: number): Paragraph {
  const children = runsOf(block.inlines);
  const left = block.indent * INDENT_STEP;
  if (block.marker) children.unshift(new TextRun({ text: `${block.marker}\t` }));
  return P({
    children,
    ...(block.headingLevel ? { heading: heading(sectionDepth + block.headingLevel) } : {}),
    ...(block.align ? { alignment: ALIGN[block.align] } : {}),
    ...(left
      ? {
          indent: block.marker ? { left, hanging: INDENT_STEP } : { left },
          ...(block.marker ? { tabStops: [{ type: 'left' as const, position: left }] } : {}),
        }
      : {}),
    ...(block.quote
      ? { border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'A0A0A0', space: 8 } }, style: 'Quote' }
      : {}),
  });
}

function tableOf(P: Para, table: ExportTable, sectionDepth: number, rtl: boolean): Table {
  const rows = table.rows.map(
    (row, r) =>
      new TableRow({
        tableHeader: r < table.headerRows,
        cantSplit: false,
        children: row.flatMap((cell) => {
          if (cell.kind === 'covered') return [];
          const cellParagraphs = cell.blocks.map((b) => paragraphOf(P, { ...b, headingLevel: null }, sectionDepth));
          return [
            new TableCell({
              // Word refuses a cell without a paragraph.
              children: cellParagraphs.length ? cellParagraphs : [P('')],
              columnSpan: cell.colspan,
              rowSpan: cell.rowspan,
              ...(cell.header ? { shading: { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' } } : {}),
            }),
          ];
        }),
      }),
  );
  // docx writes the merge continuations of row spans itself; the rows it gets hold only the cells that start there.
  return new Table({
    rows,
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(rtl ? { visuallyRightToLeft: true } : {}),
    columnWidths: Array.from({ length: table.columns }, () => Math.max(1, Math.floor(9000 / table.columns))),
    ...(table.indent ? { indent: { size: table.indent * INDENT_STEP, type: WidthType.DXA } } : {}),
  });
}

function sectionBody(P: Para, outline: ExportOutline, section: ExportSection, isDraft: boolean): Array<Paragraph | Table> {
  const rtl = outline.direction === 'rtl';
  const out: Array<Paragraph | Table> = [
    P({
      heading: heading(section.depth + 1),
      children: [new Bookmark({ id: section.anchor, children: [new TextRun(section.label)] })],
    }),
  ];
  for (const block of section.blocks) {
    if (block.kind === 'table') {
      out.push(tableOf(P, block, section.depth, rtl));
      // Two tables in a row would merge into one in Word.
      out.push(P(''));
    } else out.push(paragraphOf(P, block, section.depth));
  }
  if (!section.hasText && !section.isParent && isDraft) {
    out.push(P({ children: [new TextRun({ text: outline.words.noTextYet, italics: true, color: '666666' })] }));
  }
  return out;
}

function titlePage(P: Para, outline: ExportOutline): Paragraph[] {
  const t = outline.titlePage;
  const line = (text: string, options: { size?: number; bold?: boolean; color?: string; before?: number; after?: number } = {}) =>
    P({
      spacing: { before: options.before ?? 0, after: options.after ?? 120 },
      children: [new TextRun({ text, size: options.size, bold: options.bold, color: options.color })],
    });
  const out = [
    line(t.countryCode ? `${t.workspace} (${t.countryCode})` : t.workspace, { size: 28, color: '444444', before: 1200 }),
    P({ heading: HeadingLevel.TITLE, spacing: { after: 240 }, children: [new TextRun(t.title)] }),
    line(t.editionLine, { size: 28 }),
    line(t.versionLine, { size: 28, bold: true }),
    line(t.dateLine, { size: 24, after: 360 }),
  ];
  if (t.notice) out.push(line(t.notice, { size: 26, bold: true, color: MARK_COLOUR, after: 360 }));
  if (t.notes) {
    out.push(line(outline.words.releaseNotes, { bold: true, before: 120 }));
    for (const para of t.notes.split(/\n+/)) out.push(line(para));
  }
  if (t.organizations.length) {
    out.push(line(outline.words.twg, { size: 26, bold: true, before: 360 }));
    for (const group of t.organizations) {
      out.push(line(group.heading, { bold: true, before: 120, after: 60 }));
      for (const name of group.names) out.push(P({ spacing: { after: 40 }, indent: { start: INDENT_STEP }, children: [new TextRun(name)] }));
    }
  }
  return out;
}

function contents(P: Para, outline: ExportOutline): Paragraph[] {
  return [
    P({ pageBreakBefore: true, spacing: { after: 240 }, children: [new TextRun({ text: outline.words.contents, bold: true, size: 32 })] }),
    ...outline.sections.map(
      (section) =>
        P({
          indent: { start: section.depth * INDENT_STEP },
          spacing: { after: 60 },
          children: [
            new InternalHyperlink({
              anchor: section.anchor,
              children: [new TextRun({ text: section.label, style: 'Hyperlink', ...(section.depth === 0 ? { bold: true } : {}) })],
            }),
          ],
        }),
    ),
  ];
}

function pageHeader(P: Para, outline: ExportOutline): Header | undefined {
  if (!outline.pageMark) return undefined;
  const children: ParagraphChild[] = [new TextRun({ text: outline.pageMark, bold: true, color: MARK_COLOUR })];
  if (outline.state === 'DRAFT') {
    children.push(new TextWatermark({ text: outline.words.watermark, color: 'D8A0A8', opacity: 0.35, font: BODY_FONT, bold: true }));
  }
  return new Header({ children: [P({ alignment: AlignmentType.END, children })] });
}

function pageFooter(P: Para, outline: ExportOutline): Footer {
  const [before, between, after] = outline.words.pageOf;
  return new Footer({
    children: [
      P({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: `${outline.titlePage.title} — ${outline.titlePage.versionLine}   ·   ${before}`, size: 18, color: '555555' }),
          new TextRun({ children: [PageNumber.CURRENT], size: 18, color: '555555' }),
          new TextRun({ children: [between, PageNumber.TOTAL_PAGES, ...(after ? [after] : [])], size: 18, color: '555555' }),
        ],
      }),
    ],
  });
}

/** The Word document (not yet packed) of an outline. */
export function docxDocument(outline: ExportOutline): Document {
  const isDraft = outline.state === 'DRAFT';
  const rtl = outline.direction === 'rtl';
  const P = paragraphs(rtl);
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  for (const section of outline.sections) {
    for (const note of section.footnotes) footnotes[String(note.number)] = { children: [P(note.text)] };
  }
  const header = pageHeader(P, outline);
  const footer = pageFooter(P, outline);
  // The language of the fixed words, so that Word checks spelling and hyphenates in it (Arabic as complex script).
  const language = rtl ? { value: outline.locale, bidirectional: outline.locale } : { value: outline.locale };
  return new Document({
    creator: 'Migration Profile Studio',
    title: outline.metadata.title,
    subject: outline.metadata.subject,
    description: outline.pageMark ?? outline.metadata.subject,
    styles: {
      default: { document: { run: { font: BODY_FONT, size: 22, language, ...(rtl ? { sizeComplexScript: 22 } : {}) } } },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          run: { italics: true, color: '404040' },
        },
      ],
    },
    footnotes,
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1300, right: 1300 } } },
        // The title page and every other page carry the same header: "first" only differs when titlePage is set.
        headers: header ? { default: header } : {},
        footers: { default: footer },
        children: [...titlePage(P, outline), ...contents(P, outline), ...outline.sections.flatMap((s, i) => withBreak(P, sectionBody(P, outline, s, isDraft), i === 0))],
      },
    ],
  });
}

/** The first section starts on a new page after the contents. */
function withBreak(P: Para, body: Array<Paragraph | Table>, first: boolean): Array<Paragraph | Table> {
  if (!first) return body;
  return [P({ pageBreakBefore: true, children: [] }), ...body];
}

/** The .docx file of an outline. */
export async function renderDocx(outline: ExportOutline): Promise<Buffer> {
  return Packer.toBuffer(docxDocument(outline));
}
