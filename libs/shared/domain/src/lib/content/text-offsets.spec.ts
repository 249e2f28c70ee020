import { describe, expect, it } from '@jest/globals';
import { contentSchema } from './content-schema';
import { plainText } from './content';
import { layoutDocument, type InlineRun, type LaidOutNode } from './document-layout';
import { replaceTextRange } from './text-offsets';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const h = (level: number, ...content: unknown[]) => ({ type: 'heading', attrs: { level }, content });
const t = (text: string, marks?: unknown[]) => ({ type: 'text', text, ...(marks ? { marks } : {}) });
const bold = { type: 'bold' };
const italic = { type: 'italic' };
const link = (href: string) => ({ type: 'link', attrs: { href } });
const br = { type: 'hardBreak' };
const fn = (text: string) => ({ type: 'footnote', attrs: { text } });
const li = (...content: unknown[]) => ({ type: 'listItem', content });
const cell = (...content: unknown[]) => ({ type: 'tableCell', content });
const th = (...content: unknown[]) => ({ type: 'tableHeader', content });
const row = (...content: unknown[]) => ({ type: 'tableRow', content });

const documents: Record<string, unknown> = {
  'one paragraph': doc(p(t('Emigration rose in 2023.'))),
  'an empty paragraph': doc(p()),
  'headings and marks': doc(
    h(2, t('Stocks & flows')),
    p(t('Emigration '), t('rose', [bold]), t(' sharply', [bold, italic]), t(' (see '), t('NBS', [link('https://stat.example/t')]), t(').')),
  ),
  'lists and a quote': doc(
    { type: 'bulletList', content: [li(p(t('one'))), li(p(t('two')), { type: 'bulletList', content: [li(p(t('two.a')))] })] },
    { type: 'orderedList', attrs: { start: 3 }, content: [li(p(t('three')))] },
    { type: 'blockquote', content: [p(t('quoted')), p()] },
  ),
  'a table': doc(
    p(t('Before')),
    { type: 'table', content: [row(th(p(t('Year'))), th(p(t('Stock')))), row(cell(p(t('2023'))), cell(p(t('1 200'), br, t('est.'))))] },
    p(t('After')),
  ),
  'footnotes and hard breaks': doc(p(t('A'), fn('NBS, 2023 census'), t(' line'), br, t('next'), fn('')), p(t('é 🙂 ü'))),
};

function textblocks(nodes: LaidOutNode[]): Extract<LaidOutNode, { kind: 'textblock' }>[] {
  return nodes.flatMap((n) => (n.kind === 'textblock' ? [n] : textblocks(n.children)));
}

describe('layoutDocument', () => {
  for (const [name, content] of Object.entries(documents)) {
    it(`gives every run the offsets plainText has for it: ${name}`, () => {
      const layout = layoutDocument(content);
      const expected = plainText(contentSchema.nodeFromJSON(content));
      expect(layout.text).toBe(expected);
      for (const block of textblocks(layout.blocks)) {
        const shown = block.runs.map((r: InlineRun) => (r.type === 'text' ? r.text : r.type === 'hardBreak' ? '\n' : `[${r.text}]`)).join('');
        expect({ block: block.start, text: expected.slice(block.start, block.end) }).toEqual({ block: block.start, text: shown });
        for (const run of block.runs) {
          if (run.type === 'text') expect(expected.slice(run.start, run.end)).toBe(run.text);
        }
      }
    });
  }

  it('keeps the structure and the marks to render', () => {
    const layout = layoutDocument(documents['headings and marks']);
    expect(layout.blocks[0]).toMatchObject({ kind: 'textblock', type: 'heading', attrs: { level: 2 } });
    const runs = (layout.blocks[1] as Extract<LaidOutNode, { kind: 'textblock' }>).runs;
    expect(runs[2]).toMatchObject({ type: 'text', text: ' sharply', marks: { bold: true, italic: true, href: null } });
    expect(runs[4]).toMatchObject({ type: 'text', text: 'NBS', marks: { href: 'https://stat.example/t' } });
    const table = layoutDocument(documents['a table']).blocks[1];
    expect(table).toMatchObject({ kind: 'container', type: 'table' });
  });

  it('numbers footnotes in reading order', () => {
    const layout = layoutDocument(documents['footnotes and hard breaks']);
    expect(layout.footnotes).toEqual(['NBS, 2023 census', '']);
    const runs = textblocks(layout.blocks)[0]!.runs;
    expect(runs.filter((r) => r.type === 'footnote').map((r) => r.type === 'footnote' && r.number)).toEqual([1, 2]);
  });

  it('never links an address that is not http, https or mailto', () => {
    const layout = layoutDocument(doc(p(t('x', [link('javascript:alert(1)')]))));
    expect(textblocks(layout.blocks)[0]!.runs[0]).toMatchObject({ marks: { href: null } });
  });
});

/** Applies the replacement and returns the new plain text (or null). */
function replaced(content: unknown, quote: string, text: string, occurrence = 0): { json: unknown; text: string } | null {
  const before = plainText(contentSchema.nodeFromJSON(content));
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = before.indexOf(quote, start + 1);
  const json = replaceTextRange(content, start, start + quote.length, text);
  return json === null ? null : { json, text: plainText(contentSchema.nodeFromJSON(json)) };
}

describe('replaceTextRange', () => {
  it('replaces a passage inside one paragraph', () => {
    expect(replaced(documents['one paragraph'], 'rose', 'fell')?.text).toBe('Emigration fell in 2023.');
  });

  it('keeps the marks of the passage it replaces', () => {
    const out = replaced(documents['headings and marks'], 'rose', 'grew');
    expect(out?.text).toBe('Stocks & flows\n\nEmigration grew sharply (see NBS).');
    const paragraph = (out!.json as { content: Array<{ content: Array<{ text: string; marks?: Array<{ type: string }> }> }> }).content[1]!;
    expect(paragraph.content.find((n) => n.text.includes('grew'))?.marks).toEqual([{ type: 'bold' }]);
  });

  it('replaces across marks and across a hard break', () => {
    expect(replaced(documents['headings and marks'], 'rose sharply', 'rose')?.text).toBe('Stocks & flows\n\nEmigration rose (see NBS).');
    expect(replaced(documents['footnotes and hard breaks'], 'line\nnext', 'line, then next')?.text).toBe(
      'A[NBS, 2023 census] line, then next[]\n\né 🙂 ü',
    );
  });

  it('replaces inside a table cell and leaves the table whole', () => {
    const out = replaced(documents['a table'], '1 200', '1 250');
    expect(out?.text).toBe('Before\n\nYear\n\nStock\n\n2023\n\n1 250\nest.\n\nAfter');
    expect(() => contentSchema.nodeFromJSON(out!.json).check()).not.toThrow();
  });

  it('turns line breaks of the wording into hard breaks, and deletes with empty wording', () => {
    expect(replaced(documents['one paragraph'], 'rose', 'rose\nsharply')?.text).toBe('Emigration rose\nsharply in 2023.');
    expect(replaced(documents['one paragraph'], ' in 2023', '')?.text).toBe('Emigration rose.');
  });

  it('joins two paragraphs when the passage spans them', () => {
    const content = doc(p(t('First part.')), p(t('Second part.')));
    expect(replaced(content, 'part.\n\nSecond', 'and second')?.text).toBe('First and second part.');
  });

  it('replaces the occurrence at the offsets given, not the first one', () => {
    const content = doc(p(t('rose and rose again')));
    expect(replaced(content, 'rose', 'fell', 1)?.text).toBe('rose and fell again');
  });

  it('answers null for offsets outside the text or a passage the document cannot take', () => {
    expect(replaceTextRange(documents['one paragraph'], 5, 500, 'x')).toBeNull();
    expect(replaceTextRange(documents['one paragraph'], -1, 2, 'x')).toBeNull();
    const listThenParagraph = doc({ type: 'bulletList', content: [li(p(t('item')))] }, p(t('para')));
    expect(replaceTextRange(listThenParagraph, 2, 9, 'x')).toBeNull();
  });
});
