import { describe, expect, it } from '@jest/globals';
import { figureTableHtml, indicatorBlockTable, keyDataTable, annexTables, type DocumentFigure } from '../indicators/indicator-tables';
import { ContentValidationError, renderContent } from './content';
import { readIndicatorBlockAttrs } from './indicator-block';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const block = (attrs: Record<string, unknown>) => ({ type: 'indicatorBlock', attrs });

const figure = (over: Partial<DocumentFigure>): DocumentFigure => ({
  indicatorCode: 'IMM.STOCK',
  indicatorName: 'Immigrant stock',
  gmgPart: 'IV',
  definition: 'Foreign-born residents',
  unit: 'persons',
  period: '2022',
  sex: 'TOTAL',
  ageGroup: '',
  countryCode: '',
  value: 38900,
  dataGap: false,
  organizationName: 'National Bureau of Statistics',
  sourceName: 'Census 2022',
  comparability: 'COMPARABLE',
  selection: 'SINGLE',
  footnote: null,
  ...over,
});

describe('indicator blocks in section content', () => {
  it('keeps a valid block, fills defaults and drops unknown attributes', () => {
    const out = renderContent(doc(block({ codes: ['IMM.STOCK'], display: 'chart', onclick: 'alert(1)', style: 'x' })));
    const attrs = (out.canonical.content as Array<{ attrs: Record<string, unknown> }>)[0]!.attrs;
    expect(attrs).toEqual({ codes: ['IMM.STOCK'], periods: [], sex: 'TOTAL', ageGroup: '', countryCode: '', display: 'chart', caption: '' });
    expect(out.html).toContain('data-indicator-block="{&quot;codes&quot;:[&quot;IMM.STOCK&quot;]');
    expect(out.html).not.toContain('onclick');
  });

  it.each([
    ['no code', { codes: [] }],
    ['a code with markup', { codes: ['<img src=x onerror=alert(1)>'] }],
    ['a code that is not text', { codes: [{ toString: 1 }] }],
    ['codes that are not a list', { codes: 'IMM.STOCK' }],
    ['too many codes', { codes: Array.from({ length: 9 }, (_, i) => `C${i}`) }],
    ['a period that is not one', { codes: ['A'], periods: ['javascript:1'] }],
    ['an unknown display', { codes: ['A'], display: 'iframe' }],
    ['an unknown sex', { codes: ['A'], sex: 'OTHER' }],
    ['a country that is not a code', { codes: ['A'], countryCode: '"><script>' }],
    ['an age group with markup', { codes: ['A'], ageGroup: '<b>' }],
    ['a caption that is not text', { codes: ['A'], caption: 42 }],
    ['a caption too long', { codes: ['A'], caption: 'x'.repeat(301) }],
  ])('refuses a block with %s', (_what, attrs) => {
    expect(() => renderContent(doc(block(attrs)))).toThrow(ContentValidationError);
  });

  it('escapes a hostile caption wherever it is written', () => {
    const attrs = { codes: ['IMM.STOCK'], caption: '<script>alert(1)</script>' };
    const stored = renderContent(doc(block(attrs))).html;
    expect(stored).not.toContain('<script>');
    const rendered = renderContent(doc(block(attrs)), { indicatorBlock: (a) => figureTableHtml(indicatorBlockTable(a, [figure({})])) }).html;
    expect(rendered).toContain('<caption>&lt;script&gt;alert(1)&lt;/script&gt;</caption>');
    expect(readIndicatorBlockAttrs({ codes: ['x y'] })).toBeNull();
  });

  it('tables the figures of the block: a row per indicator, a column per period, differing figures side by side', () => {
    const figures = [
      figure({ period: '2021', value: 37000 }),
      figure({ period: '2022', value: 38900, selection: 'DIFFERING' }),
      figure({ period: '2022', value: 40100, selection: 'DIFFERING', organizationName: 'Migration Service', sourceName: 'Register' }),
      figure({ period: '2022', sex: 'FEMALE', value: 20000 }),
      figure({ period: '2020', value: 1, selection: 'NOT_CHOSEN' }),
    ];
    const table = indicatorBlockTable(readIndicatorBlockAttrs({ codes: ['IMM.STOCK'] })!, figures);
    expect(table.head).toEqual(['Indicator (unit)', '2021', '2022']);
    expect(table.rows).toEqual([
      { header: 'Immigrant stock (persons)', cells: ['37,000', '38,900 / 40,100'], values: [37000, null] },
    ]);
    expect(table.notes.join(' ')).toContain('Census 2022');
    expect(table.notes).toContain(
      'Immigrant stock, 2022: organisations supplied different figures, shown side by side: 38,900 (National Bureau of Statistics); 40,100 (Migration Service).',
    );
    expect(indicatorBlockTable(readIndicatorBlockAttrs({ codes: ['IMM.STOCK'], sex: 'FEMALE' })!, figures).rows[0]!.cells).toEqual(['20,000']);
    expect(indicatorBlockTable(readIndicatorBlockAttrs({ codes: ['NONE'] })!, figures).empty).toBe(true);
  });

  it('builds key data from the latest totals and the annex by GMG part', () => {
    const figures = [figure({ period: '2021', value: 37000 }), figure({ period: '2022', value: 38900 }), figure({ indicatorCode: 'REM', indicatorName: 'Remittances', gmgPart: 'III', unit: 'USD m', value: 12.5 })];
    expect(keyDataTable(figures).rows).toEqual([
      { header: 'Immigrant stock', cells: ['38,900', 'persons', '2022'] },
      { header: 'Remittances', cells: ['12.5', 'USD m', '2022'] },
    ]);
    expect(annexTables(figures).map((t) => t.caption)).toEqual(['Part III: Development (incl. remittances)', 'Part IV: Migrant stocks, refugees and students abroad']);
  });
});
