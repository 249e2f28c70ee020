import { describe, expect, it } from '@jest/globals';
import { documentDiff, documentDiffHunks, flattenDocument, type DiffBlock } from './document-diff';

const text = (t: string) => (t ? [{ type: 'text', text: t }] : []);
const p = (t: string) => ({ type: 'paragraph', content: text(t) });
const h = (level: number, t: string) => ({ type: 'heading', attrs: { level }, content: text(t) });
const li = (t: string, ...more: unknown[]) => ({ type: 'listItem', content: [p(t), ...more] });
const ul = (...items: unknown[]) => ({ type: 'bulletList', content: items });
const ol = (...items: unknown[]) => ({ type: 'orderedList', attrs: { start: 1 }, content: items });
const cell = (t: string, header = false) => ({ type: header ? 'tableHeader' : 'tableCell', attrs: { colspan: 1, rowspan: 1 }, content: [p(t)] });
const row = (...cells: unknown[]) => ({ type: 'tableRow', content: cells });
const table = (...rows: unknown[]) => ({ type: 'table', content: rows });
const doc = (...content: unknown[]) => ({ type: 'doc', content });

/** A compact picture of a diff: change, kind and the marked words of each block. */
const picture = (blocks: DiffBlock[]) =>
  blocks.map((b) => ({
    change: b.change,
    kind: b.kind,
    text: documentDiffHunks([b])
      .map((x) => (x.op === 'INSERT' ? `{+${x.text}}` : x.op === 'DELETE' ? `{-${x.text}}` : x.text))
      .join(''),
  }));

describe('flattenDocument', () => {
  it('keeps headings with their level, list items with their lists, quotes, tables and footnotes', () => {
    const blocks = flattenDocument(
      doc(
        h(3, 'Trends'),
        { type: 'blockquote', content: [p('Quoted')] },
        ul(li('One', ol(li('One.a'))), li('Two', p('Two, more'))),
        table(row(cell('Year', true), cell('Value', true)), row(cell('2023'), cell('12'))),
        { type: 'paragraph', content: [...text('Source'), { type: 'footnote', attrs: { text: 'NBS 2024' } }] },
      ),
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 3, quote: 0, text: 'Trends' },
      { kind: 'paragraph', quote: 1, text: 'Quoted' },
      { kind: 'listItem', quote: 0, lists: ['bullet'], text: 'One' },
      { kind: 'listItem', quote: 0, lists: ['bullet', 'ordered'], text: 'One.a' },
      { kind: 'listItem', quote: 0, lists: ['bullet'], text: 'Two' },
      { kind: 'paragraph', quote: 0, lists: ['bullet'], continues: true, text: 'Two, more' },
      {
        kind: 'table',
        quote: 0,
        text: 'Year\tValue\n2023\t12',
        rows: [
          [
            { header: true, colspan: 1, rowspan: 1, text: 'Year' },
            { header: true, colspan: 1, rowspan: 1, text: 'Value' },
          ],
          [
            { header: false, colspan: 1, rowspan: 1, text: '2023' },
            { header: false, colspan: 1, rowspan: 1, text: '12' },
          ],
        ],
      },
      { kind: 'paragraph', quote: 0, text: 'Source[1]' },
      { kind: 'footnote', quote: 0, text: 'NBS 2024' },
    ]);
  });

  it('reads nothing from what is not a document', () => {
    expect(flattenDocument(null)).toEqual([]);
    expect(flattenDocument('text')).toEqual([]);
    expect(flattenDocument({ type: 'doc', content: [null, 3, { type: 'paragraph', content: 'no' }] })).toEqual([
      { kind: 'paragraph', quote: 0, text: '' },
    ]);
  });
});

describe('documentDiff', () => {
  it('answers every block equal and nothing counted for identical documents', () => {
    const d = doc(h(2, 'Title'), p('Same text.'), ul(li('a')));
    const diff = documentDiff(d, structuredClone(d));
    expect(diff.blocks.map((b) => b.change)).toEqual(['equal', 'equal', 'equal']);
    expect({ added: diff.added, removed: diff.removed }).toEqual({ added: 0, removed: 0 });
  });

  it('answers nothing for two empty documents, and all added from an empty one', () => {
    expect(documentDiff(doc(), doc()).blocks).toEqual([]);
    expect(documentDiff(undefined, null).blocks).toEqual([]);
    const diff = documentDiff(doc(p('')), doc(p('New text here')));
    expect(picture(diff.blocks)).toEqual([{ change: 'changed', kind: 'paragraph', text: '{+New text here}' }]);
    expect(diff.added).toBe(3);
  });

  it('word-diffs short blocks that gained words', () => {
    const diff = documentDiff(doc(h(2, 'Overview'), ul(li('Bălți'))), doc(h(2, 'Overview and trends'), ul(li('Bălți and Edineț'))));
    expect(picture(diff.blocks)).toEqual([
      { change: 'changed', kind: 'heading', text: 'Overview{+ and trends}' },
      { change: 'changed', kind: 'listItem', text: 'Bălți{+ and Edineț}' },
    ]);
  });

  it('keeps a changed heading a heading, with its words marked inside', () => {
    const diff = documentDiff(doc(h(2, 'Return migration'), p('Body')), doc(h(2, 'Return and circular migration'), p('Body')));
    expect(diff.blocks[0]).toMatchObject({ change: 'changed', kind: 'heading', level: 2 });
    expect(picture(diff.blocks)[0].text).toBe('Return {+and circular }migration');
  });

  it('shows a heading whose level changed as removed and added, never as a word change', () => {
    const diff = documentDiff(doc(h(2, 'Trends')), doc(h(3, 'Trends')));
    expect(diff.blocks.map((b) => [b.change, b.level])).toEqual([
      ['removed', 2],
      ['added', 3],
    ]);
  });

  it('marks an added list item as added, in its list, and the others unchanged', () => {
    const diff = documentDiff(doc(ul(li('Labour'), li('Study'))), doc(ul(li('Labour'), li('Family reunification'), li('Study'))));
    expect(picture(diff.blocks)).toEqual([
      { change: 'equal', kind: 'listItem', text: 'Labour' },
      { change: 'added', kind: 'listItem', text: '{+Family reunification}' },
      { change: 'equal', kind: 'listItem', text: 'Study' },
    ]);
    expect(diff.blocks[1].lists).toEqual(['bullet']);
  });

  it('word-diffs a changed list item inside its list', () => {
    const diff = documentDiff(doc(ol(li('Remittances rose by 5%'), li('Other'))), doc(ol(li('Remittances rose by 7%'), li('Other'))));
    expect(picture(diff.blocks)).toEqual([
      { change: 'changed', kind: 'listItem', text: 'Remittances rose by {-5%}{+7%}' },
      { change: 'equal', kind: 'listItem', text: 'Other' },
    ]);
    expect(diff.blocks[0].lists).toEqual(['ordered']);
  });

  it('marks whole words, and both versions can be rebuilt from the marks', () => {
    const pairs = [
      ['Emigrants: 1,200 (2022).', 'Emigrants: 1,250 (2023), est.'],
      ['foo-bar baz', 'foo baz'],
      ['Return migration', 'Return and circular migration'],
      ['a.b.c d', 'a.x.c d e'],
    ];
    for (const [before, after] of pairs) {
      const hunks = documentDiffHunks(documentDiff(doc(p(before)), doc(p(after))).blocks);
      const rebuilt = {
        before: hunks.filter((x) => x.op !== 'INSERT').map((x) => x.text).join(''),
        after: hunks.filter((x) => x.op !== 'DELETE').map((x) => x.text).join(''),
      };
      expect(rebuilt).toEqual({ before, after });
    }
    const [changed] = documentDiff(doc(p('Emigrants: 1,200 people')), doc(p('Emigrants: 1,250 people'))).blocks;
    expect(picture([changed])[0].text).toBe('Emigrants: {-1,200}{+1,250} people');
    const [phrase] = documentDiff(doc(p('driven by labour migrants coming back')), doc(p('driven by seasonal workers coming back'))).blocks;
    expect(picture([phrase])[0].text).toBe('driven by {-labour migrants}{+seasonal workers} coming back');
    const [longer] = documentDiff(doc(p('back from the European Union.')), doc(p('back from the European Union and Israel.'))).blocks;
    expect(picture([longer])[0].text).toBe('back from the European Union{+ and Israel}.');
  });

  it('diffs a table cell by cell: a changed cell marked, an added row added', () => {
    const before = doc(table(row(cell('Year', true), cell('Emigrants', true)), row(cell('2022'), cell('1,200'))));
    const after = doc(table(row(cell('Year', true), cell('Emigrants', true)), row(cell('2022'), cell('1,250')), row(cell('2023'), cell('1,300'))));
    const [block] = documentDiff(before, after).blocks;
    expect(block.kind).toBe('table');
    expect(block.change).toBe('changed');
    expect(block.rows?.map((r) => [r.change, r.cells.map((c) => `${c.change}:${c.hunks.map((x) => `${x.op[0]}${x.text}`).join('')}`)])).toEqual([
      ['equal', ['equal:EYear', 'equal:EEmigrants']],
      ['changed', ['equal:E2022', 'changed:D1,200I1,250']],
      ['added', ['added:I2023', 'added:I1,300']],
    ]);
    expect(block.rows?.[0].cells[0].header).toBe(true);
  });

  it('shows a removed block as removed and keeps the rest aligned', () => {
    const diff = documentDiff(doc(p('First.'), p('Second.'), p('Third.')), doc(p('First.'), p('Third.')));
    expect(picture(diff.blocks)).toEqual([
      { change: 'equal', kind: 'paragraph', text: 'First.' },
      { change: 'removed', kind: 'paragraph', text: '{-Second.}' },
      { change: 'equal', kind: 'paragraph', text: 'Third.' },
    ]);
    expect(diff.removed).toBe(1);
  });

  it('says a block moved when it was removed in one place and added, unchanged, in another', () => {
    const diff = documentDiff(
      doc(p('Alpha para.'), p('Beta para.'), p('Gamma para.'), p('Delta para.')),
      doc(p('Beta para.'), p('Gamma para.'), p('Delta para.'), p('Alpha para.')),
    );
    const moved = diff.blocks.filter((b) => b.moved);
    expect(moved.map((b) => [b.change, documentDiffHunks([b])[0].text])).toEqual([
      ['removed', 'Alpha para.'],
      ['added', 'Alpha para.'],
    ]);
  });

  it('shows a rewritten paragraph as removed and added rather than a confetti of word changes', () => {
    const diff = documentDiff(doc(p('Irregular crossings fell sharply.')), doc(p('Labour shortages persist in agriculture.')));
    expect(diff.blocks.map((b) => b.change)).toEqual(['removed', 'added']);
  });

  it('never marks the break between paragraphs: each block carries only its own words', () => {
    const diff = documentDiff(doc(p('One.'), p('Two.')), doc(p('One.'), p('Two.'), p('Three.')));
    for (const hunk of documentDiffHunks(diff.blocks)) expect(hunk.text).not.toMatch(/^\s+$/);
  });

  it('finishes for hostile sizes: 5,000 paragraphs, all changed or reshuffled', () => {
    const many = (f: (i: number) => string) => doc(...Array.from({ length: 5_000 }, (_, i) => p(f(i))));
    const rewritten = documentDiff(
      many((i) => `Paragraph ${i} says something about migration.`),
      many((i) => `Absatz ${i * 7} sagt etwas anderes.`),
    );
    expect(rewritten.blocks.length).toBeGreaterThanOrEqual(5_000);
    const reversed = documentDiff(
      many((i) => `Paragraph ${i}.`),
      many((i) => `Paragraph ${4_999 - i}.`),
    );
    expect(reversed.blocks.length).toBeGreaterThanOrEqual(5_000);
    const oneEdit = documentDiff(
      many((i) => `Paragraph ${i}.`),
      many((i) => (i === 2_500 ? 'Paragraph 2500, edited.' : `Paragraph ${i}.`)),
    );
    expect(oneEdit.blocks.filter((b) => b.change !== 'equal')).toHaveLength(1);
    const huge = 'word '.repeat(50_000);
    expect(documentDiff(doc(p(huge)), doc(p(`${huge}end`))).added).toBe(1);
  });
});
