import { describe, expect, it } from '@jest/globals';
import { strFromU8, unzipSync } from 'fflate';
import type { ProfileDocument } from '@mps/api-releases';
import { buildExportOutline, ExportOutline } from '../outline/export-outline';
import { renderDocx } from './docx-document';
import { pdfDefinition } from './pdf-document';
import { renderPdf } from './render-pdf';

/**
 * Both renderers on hostile documents (deep lists, wide and spanning tables, scripts beyond Latin, emoji, empty
 * nodes): they finish, the Word file's XML parses as the text it should hold, and the PDF's text holds every piece.
 * The HTTP integration test (apps/api/test/document-exports) covers the real documents end to end.
 */

const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });

function deepList(levels: number): unknown {
  let list: unknown = { type: 'orderedList', attrs: { start: 1, type: 'A' }, content: [{ type: 'listItem', content: [para(text(`Deepest item ${levels}`))] }] };
  for (let level = levels - 1; level >= 1; level -= 1) {
    list = { type: 'bulletList', content: [{ type: 'listItem', content: [para(text(`Item ${level}`)), list] }] };
  }
  return list;
}

function wideTable(columns: number, rows: number): unknown {
  const cell = (r: number, c: number) => ({ type: r === 0 ? 'tableHeader' : 'tableCell', attrs: {}, content: [para(text(`R${r}C${c}`))] });
  return {
    type: 'table',
    content: [
      ...Array.from({ length: rows }, (_, r) => ({ type: 'tableRow', content: Array.from({ length: columns }, (_, c) => cell(r, c)) })),
      { type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 100, rowspan: 100 }, content: [para(text('Spans everything'))] }] },
      { type: 'tableRow', content: [] },
    ],
  };
}

const HOSTILE = {
  type: 'doc',
  content: [
    para(text('Mixed scripts: Ассоциация, Ελληνικά, עברית, العربية, 中文, emoji 👩🏽‍💻🌍.')),
    para(),
    deepList(60),
    wideTable(30, 40),
    { type: 'blockquote', content: [{ type: 'blockquote', content: [para(text('A quote in a quote'), { type: 'footnote', attrs: { text: '' } })] }] },
    para(text('Supercalifragilisticexpialidocious'.repeat(20))),
    para(text('<w:p>&amp; not markup</w:p> ]]>')),
  ],
};

function outlineOf(content: unknown, kind: 'DRAFT' | 'RELEASE' = 'DRAFT'): ExportOutline {
  const document: ProfileDocument = {
    kind,
    profileId: 'p',
    title: 'Hostile <profile> & "quotes"',
    edition: '2024',
    workspace: { id: 'w', name: 'Norland', slug: 'norland', countryCode: null },
    organizations: [],
    release: null,
    asOf: new Date('2026-12-02T00:00:00Z'),
    sections: [
      { sectionId: 'a', key: null, number: '1', title: 'Hostile section', depth: 0, revisionId: 'r', revisionNumber: 1, content: content as ProfileDocument['sections'][number]['content'], html: null, text: null },
    ],
  };
  return buildExportOutline(document);
}

const xmlText = (xml: string) =>
  xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

async function pdfText(bytes: Buffer): Promise<string[]> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const { text: pages } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false });
  return pages.map((page) => page.replace(/\s+/g, ' '));
}

describe('renderDocx', () => {
  it('writes hostile documents as valid text: every item of a 60-deep list, every cell, markup characters escaped', async () => {
    const files = unzipSync(await renderDocx(outlineOf(HOSTILE)));
    const xml = strFromU8(files['word/document.xml']!);
    const body = xmlText(xml);
    expect(body).toContain('Deepest item 60');
    for (let level = 1; level < 60; level += 1) expect(body).toContain(`Item ${level}\n`);
    expect(body).toContain('R39C29');
    expect(body).toContain('Spans everything');
    expect(body).toContain('<w:p>&amp; not markup</w:p> ]]>');
    expect(body).toContain('👩🏽‍💻');
    expect(body).toContain('Hostile <profile> & "quotes"');
    // Indents stop at the cap: no paragraph indented past the page.
    const indents = [...xml.matchAll(/<w:ind w:left="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...indents)).toBeLessThanOrEqual(8 * 360);
  });
});

describe('renderPdf', () => {
  it('lays out hostile documents with every piece of text and a DRAFT on every page', async () => {
    const pages = await pdfText(await renderPdf(outlineOf(HOSTILE)));
    // Narrow table columns break words across lines: compare without white space.
    const compact = (s: string) => s.replace(/\s+/g, '');
    const all = compact(pages.join(''));
    for (const piece of ['Deepest item 60', 'Item 59', 'R0C0', 'R39C29', 'Spans everything', 'A quote in a quote', '<w:p>&amp; not markup</w:p> ]]>', 'Ассоциация', 'Ελληνικά']) {
      expect({ piece, found: all.includes(compact(piece)) }).toEqual({ piece, found: true });
    }
    pages.forEach((page, i) => expect({ i, draft: page.includes('DRAFT') }).toEqual({ i, draft: true }));
  }, 30_000);

  it('repeats a table header row on every page it runs over, in columns that fit the page', () => {
    const definition = pdfDefinition(outlineOf({ type: 'doc', content: [wideTable(3, 5)] }));
    const table = (definition.content as unknown as Array<Record<string, unknown>>).find((node) => 'table' in node) as { table: { headerRows: number; widths: unknown[] } };
    expect(table.table.headerRows).toBe(1);
    // Fixed widths that fill the text width exactly (A4 less margins, padding and rules), so nothing runs off the page.
    const widths = table.table.widths as number[];
    expect(widths).toHaveLength(3);
    expect(widths.reduce((a, b) => a + b, 0) + 3 * (8 + 0.5) + 0.5).toBeCloseTo(595.28 - 120, 5);
  });

  it('puts no watermark and no page mark on a published release', () => {
    const outline = { ...outlineOf(HOSTILE, 'RELEASE'), state: 'PUBLISHED' as const, pageMark: null };
    const definition = pdfDefinition(outline);
    expect(definition.watermark).toBeUndefined();
    expect(definition.header).toBeUndefined();
  });
});
