import type { IndicatorBlockAttrs } from '../content/indicator-block';
import { FIGURE_TABLE_WORDS, type FigureTableWords, intlTag } from '../i18n/figure-table-words';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { type Disaggregation, GMG_PARTS, type Comparability, type GmgPart, type Sex } from './indicator-terms';

/**
 * The tables that show indicator figures in a profile: a table or chart placed in a section (IndicatorBlockAttrs),
 * the "Key data" of the front matter and the Annex of core indicators. Pure: the same figures give the same table in
 * the web reader, the portal's pages and the Word and PDF files. A draft passes its live figures, a release the
 * figures it froze (release_indicator_values), both shaped as DocumentFigure.
 */

/** How a figure stands against the other figures of its slice (as frozen; live figures are worked out the same way). */
export type FigureSelection = 'SINGLE' | 'CHOSEN' | 'NOT_CHOSEN' | 'DIFFERING';

export interface DocumentFigure {
  indicatorCode: string;
  indicatorName: string;
  gmgPart: GmgPart;
  definition: string;
  unit: string;
  period: string;
  sex: Sex;
  /** '' : all ages. */
  ageGroup: string;
  /** '' : all countries. */
  countryCode: string;
  value: number | null;
  dataGap: boolean;
  organizationName: string;
  sourceName: string;
  comparability: Comparability;
  selection: FigureSelection;
  footnote: string | null;
}

export interface FigureTableRow {
  /** The row header (the indicator's name). */
  header: string;
  cells: string[];
  /** The numbers behind `cells` for a chart (null: a gap, or figures that differ). Only for period columns. */
  values?: Array<number | null>;
}

/** A table ready for any renderer: a caption, column headers, rows with a header cell, notes under it. */
export interface FigureTable {
  caption: string;
  /** Header of the row-header column, then of each cell column. */
  head: string[];
  rows: FigureTableRow[];
  /** Source lines and footnotes, shown under the table. */
  notes: string[];
  /** The block asked for a chart: renderers that can draw one do, the table remains its text alternative. */
  chart: boolean;
  /** Nothing to show (no figure matches): renderers say so instead of drawing an empty grid. */
  empty: boolean;
}

const NUMBERS = new Map<Locale, Intl.NumberFormat>();

/** A figure as the tables write it in `locale`: "38,900", "data gap"; "38 900", "lacune de données". */
export function formatFigure(f: Pick<DocumentFigure, 'value' | 'dataGap'>, locale: Locale = DEFAULT_LOCALE): string {
  if (f.dataGap || f.value === null) return FIGURE_TABLE_WORDS[locale].dataGap;
  let format = NUMBERS.get(locale);
  if (!format) NUMBERS.set(locale, (format = new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 2 })));
  return format.format(f.value);
}

/** "Female, aged 15-24, FR" or "Total", in `locale`. */
export function localizedDisaggregation(d: Disaggregation, locale: Locale = DEFAULT_LOCALE): string {
  const w = FIGURE_TABLE_WORDS[locale];
  const parts: string[] = [];
  if (d.sex !== 'TOTAL') parts.push(d.sex === 'FEMALE' ? w.female : w.male);
  if (d.ageGroup) parts.push(w.aged(d.ageGroup));
  if (d.countryCode) parts.push(d.countryCode);
  return parts.length ? parts.join(locale === 'ar' ? '، ' : ', ') : w.total;
}

/** Periods in time order ("2019" before "2019-Q1" before "2020"). */
const byPeriod = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Figures shown for a slice: the chosen one where one was chosen, every one where they differ and none was. */
const shown = (f: DocumentFigure) => f.selection !== 'NOT_CHOSEN';

function cellOf(figures: DocumentFigure[], locale: Locale): { text: string; value: number | null } {
  if (!figures.length) return { text: FIGURE_TABLE_WORDS[locale].none, value: null };
  if (figures.length === 1) return { text: formatFigure(figures[0]!, locale), value: figures[0]!.dataGap ? null : figures[0]!.value };
  // Differing figures side by side, kept short in the grid; the note under the table says who gave which.
  return { text: figures.map((f) => formatFigure(f, locale)).join(' / '), value: null };
}

function sourcesOf(figures: readonly DocumentFigure[], w: FigureTableWords): string[] {
  const names = [...new Set(figures.map((f) => `${f.organizationName}${f.sourceName ? `, ${f.sourceName}` : ''}`))];
  return names.length ? [w.source(names.join('; '))] : [];
}

function footnotesOf(figures: readonly DocumentFigure[], locale: Locale): string[] {
  const w = FIGURE_TABLE_WORDS[locale];
  const notes = new Set<string>();
  for (const f of figures) {
    if (f.selection === 'DIFFERING') {
      const all = figures.filter((g) => g.selection === 'DIFFERING' && g.indicatorCode === f.indicatorCode && g.period === f.period && g.sex === f.sex && g.ageGroup === f.ageGroup && g.countryCode === f.countryCode);
      notes.add(w.differing(f.indicatorName, f.period, all.map((g) => `${formatFigure(g, locale)} (${g.organizationName})`).join('; ')));
    }
    if (f.footnote) notes.add(`${f.indicatorName}, ${f.period}: ${f.footnote}`);
  }
  return [...notes];
}

/** The table (or chart) a section shows for a block: a row per indicator, a column per period. */
export function indicatorBlockTable(attrs: IndicatorBlockAttrs, figures: readonly DocumentFigure[], locale: Locale = DEFAULT_LOCALE): FigureTable {
  const w = FIGURE_TABLE_WORDS[locale];
  const periodsWanted = attrs.periods.length ? new Set(attrs.periods) : null;
  const matching = figures.filter(
    (f) =>
      attrs.codes.includes(f.indicatorCode) &&
      f.sex === attrs.sex &&
      f.ageGroup === attrs.ageGroup &&
      f.countryCode === attrs.countryCode &&
      (!periodsWanted || periodsWanted.has(f.period)) &&
      shown(f),
  );
  const periods = [...new Set(matching.map((f) => f.period))].sort(byPeriod);
  const rows: FigureTableRow[] = [];
  const names: string[] = [];
  for (const code of attrs.codes) {
    const mine = matching.filter((f) => f.indicatorCode === code);
    if (!mine.length) continue;
    const first = mine[0]!;
    names.push(first.indicatorName);
    const cells = periods.map((p) => cellOf(mine.filter((f) => f.period === p), locale));
    rows.push({ header: `${first.indicatorName} (${first.unit})`, cells: cells.map((c) => c.text), values: cells.map((c) => c.value) });
  }
  const total = attrs.sex === 'TOTAL' && !attrs.ageGroup && !attrs.countryCode;
  const disaggregation = localizedDisaggregation({ sex: attrs.sex, ageGroup: attrs.ageGroup || null, countryCode: attrs.countryCode || null }, locale);
  const caption = attrs.caption.trim() || `${names.length ? names.join('; ') : attrs.codes.join(', ')}${total ? '' : ` — ${disaggregation}`}`;
  return {
    caption,
    head: [w.indicatorUnit, ...periods],
    rows,
    notes: [
      ...sourcesOf(matching, w),
      ...footnotesOf(matching, locale),
      ...(attrs.display === 'chart' && rows.some((r) => r.cells.some((c, i) => c.includes(' / ') && r.values?.[i] === null))
        ? [w.chartLeavesOut]
        : []),
    ],
    chart: attrs.display === 'chart',
    empty: rows.length === 0,
  };
}

const isTotal = (f: DocumentFigure) => f.sex === 'TOTAL' && !f.ageGroup && !f.countryCode;

/**
 * "Key data" (front matter): for each indicator of the catalogue with a figure, its latest total figure (all sexes,
 * ages and countries), in catalogue order.
 */
export function keyDataTable(figures: readonly DocumentFigure[], locale: Locale = DEFAULT_LOCALE): FigureTable {
  const w = FIGURE_TABLE_WORDS[locale];
  const rows: FigureTableRow[] = [];
  const used: DocumentFigure[] = [];
  const codes = [...new Set(figures.map((f) => f.indicatorCode))];
  for (const code of codes) {
    const totals = figures.filter((f) => f.indicatorCode === code && isTotal(f) && shown(f));
    const latest = totals.map((f) => f.period).sort(byPeriod).at(-1);
    if (!latest) continue;
    const inLatest = totals.filter((f) => f.period === latest);
    const first = inLatest[0]!;
    used.push(...inLatest);
    rows.push({ header: first.indicatorName, cells: [cellOf(inLatest, locale).text, first.unit, latest] });
  }
  return {
    caption: w.keyDataCaption,
    head: [...w.keyDataHead],
    rows,
    notes: [...sourcesOf(used, w), ...footnotesOf(used, locale)],
    chart: false,
    empty: rows.length === 0,
  };
}

const selectionWords = (w: FigureTableWords): Record<FigureSelection, string> => ({
  SINGLE: '',
  CHOSEN: w.chosen,
  NOT_CHOSEN: w.notChosen,
  DIFFERING: w.differ,
});

/** The Annex of core indicators: a table per GMG part with every figure, its source and comparability. */
export function annexTables(figures: readonly DocumentFigure[], locale: Locale = DEFAULT_LOCALE): FigureTable[] {
  const w = FIGURE_TABLE_WORDS[locale];
  const selection = selectionWords(w);
  return GMG_PARTS.flatMap((part) => {
    const mine = figures.filter((f) => f.gmgPart === part);
    if (!mine.length) return [];
    return [
      {
        caption: w.annexCaption(part, w.gmgParts[part]),
        head: [...w.annexHead],
        rows: mine.map((f) => ({
          header: `${f.indicatorName} (${f.indicatorCode})`,
          cells: [
            f.period,
            localizedDisaggregation({ sex: f.sex, ageGroup: f.ageGroup || null, countryCode: f.countryCode || null }, locale),
            formatFigure(f, locale),
            f.unit,
            `${f.organizationName}${f.sourceName ? `, ${f.sourceName}` : ''}`,
            [w.comparability[f.comparability], selection[f.selection]].filter(Boolean).join('; '),
          ],
        })),
        notes: footnotesOf(mine, locale),
        chart: false,
        empty: false,
      },
    ];
  });
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * A figure table as HTML for server-rendered pages (the portal): a real table with its caption, column and row
 * headers, and the notes under it. Everything is escaped. A chart block is drawn as its table here (static pages
 * carry no script), which says so.
 */
export function figureTableHtml(table: FigureTable, locale: Locale = DEFAULT_LOCALE): string {
  const w = FIGURE_TABLE_WORDS[locale];
  const caption = `<caption>${escapeHtml(table.caption)}</caption>`;
  if (table.empty) {
    return `<figure class="indicator-block"><table>${caption}<tbody><tr><td>${escapeHtml(w.noFigures)}</td></tr></tbody></table></figure>`;
  }
  const head = `<thead><tr>${table.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const body = `<tbody>${table.rows
    .map((r) => `<tr><th scope="row">${escapeHtml(r.header)}</th>${r.cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody>`;
  const notes = [...(table.chart ? [w.chartAsTable] : []), ...table.notes];
  const foot = notes.length ? `<figcaption>${notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('')}</figcaption>` : '';
  return `<figure class="indicator-block"><table>${caption}${head}${body}</table>${foot}</figure>`;
}

/** The outline keys of the sections whose figures are generated from the catalogue and the data. */
export const GENERATED_FIGURE_SECTIONS = { keyData: 'key-data', annex: 'annex' } as const;

/**
 * The tables generated for a section of the standard outline, shown after its own text: "Key data" (front matter)
 * gets the key data table, the Annex the annex tables. Other sections, and a document without figures, get none.
 * A profile that archives either section has chosen not to show it.
 */
export function generatedFigureTables(
  sectionKey: string | null,
  figures: readonly DocumentFigure[] | undefined,
  locale: Locale = DEFAULT_LOCALE,
): FigureTable[] {
  if (!figures?.length) return [];
  if (sectionKey === GENERATED_FIGURE_SECTIONS.keyData) {
    const table = keyDataTable(figures, locale);
    return table.empty ? [] : [table];
  }
  if (sectionKey === GENERATED_FIGURE_SECTIONS.annex) return annexTables(figures, locale);
  return [];
}
