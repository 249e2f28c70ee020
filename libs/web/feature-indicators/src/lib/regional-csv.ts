import { stringify } from 'csv-stringify/browser/esm/sync';
import { COMPARISON_FLAG_WORDS, spreadsheetSafeText, type ComparisonFlag } from '@mps/shared-domain';
import type { RegionalComparisonQuery } from '@mps/web-data-access';

type Comparison = RegionalComparisonQuery['regionalComparison'];

export const REGIONAL_CSV_HEADER = [
  'indicator_code',
  'indicator_name',
  'country',
  'country_code',
  'period',
  'value',
  'unit',
  'data_gap',
  'organisation',
  'source',
  'definition',
  'comparability',
  'comparability_note',
  'release',
  'flags',
] as const;

/**
 * The comparison as CSV, one line per figure (a cell whose national figures differ gives a line per figure; a cell
 * without a figure gives one line saying so), flags spelled out in words. Text cells a spreadsheet would run as a
 * formula are neutralised; numbers stay numbers. The header line is always there.
 */
export function regionalComparisonCsv(comparison: Comparison): string {
  const countries = new Map(comparison.countries.map((c) => [c.workspaceId, c]));
  const indicators = new Map(comparison.indicators.map((i) => [i.code, i]));
  const text = (value: string | null | undefined) => spreadsheetSafeText(value ?? '');
  const rows: Array<Array<string | number>> = [];
  for (const cell of comparison.cells) {
    const country = countries.get(cell.workspaceId);
    const indicator = indicators.get(cell.indicatorCode);
    const flags = cell.flags.map((f) => COMPARISON_FLAG_WORDS[f as ComparisonFlag]).join('; ');
    const base = [cell.indicatorCode, text(indicator?.name), text(country?.name), country?.countryCode ?? '', cell.period];
    if (!cell.figures.length) {
      rows.push([...base, '', indicator?.unit ?? '', 'false', '', '', '', '', '', '', flags]);
      continue;
    }
    for (const f of cell.figures) {
      rows.push([
        ...base,
        f.dataGap || f.value === null || f.value === undefined ? '' : f.value,
        text(f.unit),
        f.dataGap ? 'true' : 'false',
        text(f.organizationName),
        text(f.sourceName),
        text(f.definition),
        f.comparability,
        text(f.comparabilityNote),
        text(cell.releaseVersion),
        flags,
      ]);
    }
  }
  return stringify([[...REGIONAL_CSV_HEADER], ...rows]);
}
