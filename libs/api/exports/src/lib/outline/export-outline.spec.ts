import { describe, expect, it } from '@jest/globals';
import type { ProfileDocument } from '@mps/api-releases';
import { buildExportOutline, ExportParagraph, ExportTable, longDate, MAX_INDENT, orderedMarker, writable } from './export-outline';

const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });
const doc = (...content: unknown[]) => ({ type: 'doc', content });
const item = (...content: unknown[]) => ({ type: 'listItem', content });
const cell = (value: string, attrs: Record<string, unknown> = {}, type = 'tableCell') => ({ type, attrs, content: [para(text(value))] });
const row = (...cells: unknown[]) => ({ type: 'tableRow', content: cells });

function document(sections: Array<{ number?: string; title: string; depth?: number; content: unknown }>, release: Partial<NonNullable<ProfileDocument['release']>> | null = null): ProfileDocument {
  return {
    kind: release ? 'RELEASE' : 'DRAFT',
    profileId: 'p',
    title: 'Migration Profile of Norland',
    edition: '2024',
    workspace: { id: 'w', name: 'Republic of Norland', slug: 'norland', countryCode: 'NL' },
    organizations: [
      { id: '1', name: 'Ministry of Labour', acronym: 'MoL', kind: 'MINISTRY' },
      { id: '2', name: 'Centre for Migration Studies', acronym: null, kind: 'ACADEMIA' },
      { id: '3', name: 'Interior Ministry', acronym: null, kind: 'MINISTRY' },
    ],
    release: release
      ? {
          id: 'r',
          version: '2024.1',
          status: 'PUBLISHED',
          notes: null,
          preparedAt: new Date('2025-03-01T10:00:00Z'),
          publishedAt: new Date('2025-03-04T10:00:00Z'),
          withdrawnAt: null,
          withdrawalReason: null,
          ...release,
        }
      : null,
    asOf: new Date('2026-12-02T08:00:00Z'),
    sections: sections.map((s, i) => ({
      sectionId: `s${i}`,
      key: null,
      number: s.number ?? '',
      title: s.title,
      depth: s.depth ?? 0,
      revisionId: s.content ? `r${i}` : null,
      revisionNumber: s.content ? 1 : null,
      content: s.content as ProfileDocument['sections'][number]['content'],
      html: null,
      text: null,
    })),
  };
}

const only = (content: unknown) => buildExportOutline(document([{ number: '1', title: 'One', content }])).sections[0]!;
const paragraphs = (content: unknown) => only(content).blocks as ExportParagraph[];

describe('buildExportOutline', () => {
  it('keeps runs with their marks, hard breaks and footnote markers', () => {
    const [p] = paragraphs(
      doc(para(text('Plain '), text('bold', [{ type: 'bold' }]), text('both', [{ type: 'bold' }, { type: 'italic' }]), { type: 'hardBreak' }, text('site', [{ type: 'link', attrs: { href: 'https://example.org' } }]), { type: 'footnote', attrs: { text: 'Source.' } })),
    );
    expect(p!.inlines).toEqual([
      { kind: 'text', text: 'Plain ', marks: { bold: false, italic: false, href: null } },
      { kind: 'text', text: 'bold', marks: { bold: true, italic: false, href: null } },
      { kind: 'text', text: 'both', marks: { bold: true, italic: true, href: null } },
      { kind: 'break' },
      { kind: 'text', text: 'site', marks: { bold: false, italic: false, href: 'https://example.org' } },
      { kind: 'footnote', number: 1 },
    ]);
  });

  it('numbers footnotes through the whole document in reading order, each section keeping its notes', () => {
    const outline = buildExportOutline(
      document([
        { number: '1', title: 'One', content: doc(para(text('a'), { type: 'footnote', attrs: { text: 'First' } }, { type: 'footnote', attrs: { text: 'Second' } })) },
        { number: '2', title: 'Two', content: null },
        { number: '3', title: 'Three', content: doc(para(text('b'), { type: 'footnote', attrs: { text: 'Third' } })) },
      ]),
    );
    expect(outline.sections.map((s) => s.footnotes)).toEqual([
      [{ number: 1, text: 'First' }, { number: 2, text: 'Second' }],
      [],
      [{ number: 3, text: 'Third' }],
    ]);
    expect((outline.sections[2]!.blocks[0] as ExportParagraph).inlines.at(-1)).toEqual({ kind: 'footnote', number: 3 });
    expect(outline.footnoteCount).toBe(3);
  });

  it('labels sections with their number once, anchors them uniquely, and tells sections without text from chapters', () => {
    const outline = buildExportOutline(
      document([
        { title: 'Executive summary', content: doc(para(text('Summary.'))) },
        { number: 'A', title: 'Trends', content: null },
        { number: 'A.7', title: 'A.7 Diaspora', depth: 1, content: doc(para()) },
      ]),
    );
    expect(outline.sections.map(({ anchor, label, depth, hasText, isParent }) => ({ anchor, label, depth, hasText, isParent }))).toEqual([
      { anchor: 's1', label: 'Executive summary', depth: 0, hasText: true, isParent: false },
      { anchor: 's2', label: 'A Trends', depth: 0, hasText: false, isParent: true },
      { anchor: 's3', label: 'A.7 Diaspora', depth: 1, hasText: false, isParent: false },
    ]);
  });

  it('flattens lists into indented paragraphs with the markers HTML would show', () => {
    const blocks = paragraphs(
      doc(
        { type: 'orderedList', attrs: { start: 3, type: 'i' }, content: [item(para(text('three')), { type: 'bulletList', content: [item(para(text('inner')))] }), item(para(text('four')), para(text('more of four')))] },
        { type: 'bulletList', content: [item(para(text('bullet')))] },
      ),
    );
    expect(blocks.map(({ marker, indent, inlines }) => ({ marker, indent, text: inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('') }))).toEqual([
      { marker: 'iii.', indent: 1, text: 'three' },
      { marker: '◦', indent: 2, text: 'inner' },
      { marker: 'iv.', indent: 1, text: 'four' },
      { marker: null, indent: 1, text: 'more of four' },
      { marker: '•', indent: 1, text: 'bullet' },
    ]);
  });

  it('caps the indent of lists nested deeper than a page can show, keeping every item', () => {
    let list: unknown = { type: 'bulletList', content: [item(para(text('level 60')))] };
    for (let level = 59; level >= 1; level -= 1) list = { type: 'bulletList', content: [item(para(text(`level ${level}`)), list)] };
    const blocks = paragraphs(doc(list));
    expect(blocks).toHaveLength(60);
    expect(Math.max(...blocks.map((b) => b.indent))).toBe(MAX_INDENT);
    expect(blocks.every((b) => b.marker !== null)).toBe(true);
  });

  it('marks quotes and headings inside the text', () => {
    const blocks = paragraphs(doc({ type: 'heading', attrs: { level: 3 }, content: [text('Sub')] }, { type: 'blockquote', content: [para(text('Quoted'))] }));
    expect(blocks.map(({ headingLevel, quote, indent }) => ({ headingLevel, quote, indent }))).toEqual([
      { headingLevel: 3, quote: false, indent: 0 },
      { headingLevel: null, quote: true, indent: 1 },
    ]);
  });

  it('turns a table into a rectangular grid: spans placed, covered positions marked, short rows padded, empty rows dropped', () => {
    const table = only(
      doc({
        type: 'table',
        content: [
          row(cell('H1', {}, 'tableHeader'), cell('H2', {}, 'tableHeader'), cell('H3', {}, 'tableHeader')),
          row(cell('tall', { rowspan: 2 }), cell('wide', { colspan: 2 })),
          { type: 'tableRow', content: [] },
          row(cell('short')),
          row(cell('too wide', { colspan: 99 })),
        ],
      }),
    ).blocks[0] as ExportTable;
    const shape = table.rows.map((r) => r.map((c) => (c.kind === 'covered' ? '·' : `${(c.blocks[0]?.inlines[0] as { text?: string } | undefined)?.text ?? ''}${c.colspan > 1 ? `>${c.colspan}` : ''}${c.rowspan > 1 ? `v${c.rowspan}` : ''}`)));
    expect(shape).toEqual([
      ['H1', 'H2', 'H3'],
      ['tallv2', 'wide>2', '·'],
      ['·', 'short', ''],
      ['too wide>3', '·', '·'],
    ]);
    expect({ columns: table.columns, headerRows: table.headerRows }).toEqual({ columns: 3, headerRows: 1 });
  });

  it('flattens a table inside a table cell into the cell text, and repeats no header when every row is one', () => {
    const inner = { type: 'table', content: [row(cell('inner a'), cell('inner b'))] };
    const table = only(doc({ type: 'table', content: [row({ type: 'tableHeader', attrs: {}, content: [para(text('outer')), inner] })] })).blocks[0] as ExportTable;
    const first = table.rows[0]![0]!;
    expect(first.kind === 'cell' && first.blocks.map((b) => (b.inlines[0] as { text: string }).text)).toEqual(['outer', 'inner a', 'inner b']);
    expect(table.headerRows).toBe(0);
  });

  it('drops characters that Word and PDF cannot carry', () => {
    expect(writable('a\u0001b\u000Bc\uFFFEd\uD800e\tf\ng😀')).toBe('abcde\tf\ng😀');
    expect(paragraphs(doc(para(text('bell\u0007')))).map((p) => p.inlines)).toEqual([[{ kind: 'text', text: 'bell', marks: { bold: false, italic: false, href: null } }]]);
  });

  it('numbers ordered lists as HTML does', () => {
    expect([orderedMarker(1, null, 0), orderedMarker(1, 'a', 27), orderedMarker(1, 'A', 1), orderedMarker(4, 'i', 0), orderedMarker(1, 'I', 1998), orderedMarker(0, 'i', 0)]).toEqual([
      '1.',
      'ab.',
      'B.',
      'iv.',
      'MCMXCIX.',
      '0.',
    ]);
  });
});

describe('the title page', () => {
  it('of a published release: workspace, title, edition, version, publication date and the TWG by kind of organisation', () => {
    const outline = buildExportOutline(document([], { notes: 'First edition.' }));
    expect(outline.state).toBe('PUBLISHED');
    expect(outline.pageMark).toBeNull();
    expect(outline.titlePage).toEqual({
      workspace: 'Republic of Norland',
      countryCode: 'NL',
      title: 'Migration Profile of Norland',
      edition: '2024',
      editionLine: 'Edition 2024',
      versionLine: 'Release 2024.1',
      dateLine: 'Published 4 March 2025',
      notice: null,
      notes: 'First edition.',
      organizations: [
        { heading: 'Ministries', names: ['Ministry of Labour (MoL)', 'Interior Ministry'] },
        { heading: 'Academia', names: ['Centre for Migration Studies'] },
      ],
    });
  });

  it('of a withdrawn release says when and why, and every page says so', () => {
    const outline = buildExportOutline(document([], { status: 'WITHDRAWN', withdrawnAt: new Date('2025-06-30T23:30:00Z'), withdrawalReason: 'Table 2 was wrong' }));
    expect(outline.titlePage.notice).toBe('Withdrawn on 30 June 2025: Table 2 was wrong');
    expect(outline.pageMark).toMatch(/^WITHDRAWN/);
  });

  it('of a candidate and of a draft warn against citing them on the title page and on every page', () => {
    const candidate = buildExportOutline(document([], { status: 'CANDIDATE', publishedAt: null }));
    expect([candidate.titlePage.dateLine, candidate.titlePage.notice, candidate.pageMark]).toEqual([
      'Prepared 1 March 2025',
      'Release candidate — not yet published, not for citation.',
      'RELEASE CANDIDATE — not for citation',
    ]);
    const draft = buildExportOutline(document([]));
    expect([draft.state, draft.titlePage.versionLine, draft.titlePage.dateLine, draft.pageMark]).toEqual([
      'DRAFT',
      'Current draft',
      'Draft as of 2 December 2026',
      'DRAFT — not for citation',
    ]);
    expect(draft.titlePage.notice).toMatch(/^Draft — not for citation\./);
  });

  it('writes dates in UTC whatever the server time zone', () => {
    expect(longDate(new Date('2025-12-31T23:59:59Z'))).toBe('31 December 2025');
  });
});

describe('indicator figures in the files', () => {
  const figure = (period: string, value: number) => ({
    indicatorCode: 'IMM.STOCK',
    indicatorName: 'Immigrant stock',
    gmgPart: 'IV' as const,
    definition: 'Foreign-born residents',
    unit: 'persons',
    period,
    sex: 'TOTAL' as const,
    ageGroup: '',
    countryCode: '',
    value,
    dataGap: false,
    organizationName: 'Ministry of Internal Affairs',
    sourceName: 'Register',
    comparability: 'COMPARABLE' as const,
    selection: 'SINGLE' as const,
    footnote: null,
  });
  const block = { type: 'indicatorBlock', attrs: { codes: ['IMM.STOCK'], display: 'chart', caption: 'Stock' } };
  const texts = (blocks: ReturnType<typeof buildExportOutline>['sections'][number]['blocks']) =>
    blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('')] : []));

  it('draws a block as its caption, a grid with a header row and its notes; a chart as its table', () => {
    const doc0 = document([{ title: 'Immigration', content: doc(block) }]);
    const [section] = buildExportOutline({ ...doc0, figures: [figure('2021', 38700), figure('2022', 41250)] }).sections;
    const table = section!.blocks.find((b): b is ExportTable => b.kind === 'table')!;
    expect(table).toMatchObject({ columns: 3, headerRows: 1 });
    expect(table.rows[1]!.map((c) => (c.kind === 'cell' ? texts(c.blocks).join() : ''))).toEqual(['Immigrant stock (persons)', '38,700', '41,250']);
    expect(texts(section!.blocks)).toEqual(['Stock', 'Chart shown as its table.', 'Source: Ministry of Internal Affairs, Register.']);
  });

  it('flattens a block inside a table cell into lines, and generates Key data and the Annex into their sections', () => {
    const doc0 = document([
      { title: 'Key data', content: null },
      { title: 'Table', content: doc({ type: 'table', content: [row({ type: 'tableCell', content: [block] })] }) },
      { title: 'Annex', content: null },
    ]);
    doc0.sections[0]!.key = 'key-data';
    doc0.sections[2]!.key = 'annex';
    const [keyData, inCell, annex] = buildExportOutline({ ...doc0, figures: [figure('2022', 41250)] }).sections;
    expect(keyData!.hasText).toBe(true);
    expect(texts(keyData!.blocks)[0]).toBe('Key data: the latest figure of each core indicator');
    const cellBlocks = (inCell!.blocks[0] as ExportTable).rows[0]![0]!;
    expect(cellBlocks.kind === 'cell' && texts(cellBlocks.blocks)).toEqual(['Stock', 'Immigrant stock (persons): 2022 41,250']);
    expect(texts(annex!.blocks)[0]).toBe('Part IV: Migrant stocks, refugees and students abroad');
  });
});

describe('the outline in another language', () => {
  it('words the title page, the page mark and the figure tables in it, dates and figures as it writes them', () => {
    const draft = document([{ title: 'Введение', content: doc(para(text('Текст раздела.'))) }]);
    const fr = buildExportOutline(draft, 'fr');
    expect(fr).toMatchObject({ locale: 'fr', direction: 'ltr', pageMark: 'BROUILLON — ne pas citer' });
    expect(fr.titlePage).toMatchObject({ versionLine: 'Brouillon actuel', editionLine: 'Édition 2024' });
    expect(fr.titlePage.dateLine).toMatch(/^Brouillon au \d{1,2} [a-zéû]+ \d{4}$/);
    expect(fr.words).toMatchObject({ contents: 'Table des matières', watermark: 'BROUILLON' });
    // The profile's text stays as written.
    expect(fr.sections[0]!.label).toBe('Введение');
    const ar = buildExportOutline(
      document([{ title: 'Text', content: doc(para(text('x'))) }], { status: 'PUBLISHED', version: '2024.1', publishedAt: new Date('2025-03-04T00:00:00Z') }),
      'ar',
    );
    expect(ar).toMatchObject({ direction: 'rtl', pageMark: null });
    expect(ar.titlePage.versionLine).toBe('النسخة المنشورة 2024.1');
    expect(ar.titlePage.dateLine).toBe(`نُشرت في ${new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2025-03-04T00:00:00Z'))}`);
  });
});
