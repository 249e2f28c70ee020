/**
 * The words of indicators and data points (docs/domain.md rule 9), shared by the API's enums and the web's labels.
 */

/** The parts of the Global Migration Group's common set of core indicators. */
export const GMG_PARTS = ['I', 'II', 'III', 'IV'] as const;
export type GmgPart = (typeof GMG_PARTS)[number];
export const GMG_PART_TITLES: Readonly<Record<GmgPart, string>> = {
  I: 'Legal instruments',
  II: 'Population',
  III: 'Development (incl. remittances)',
  IV: 'Migrant stocks, refugees and students abroad',
};

export const DATA_SOURCE_TYPES = ['CENSUS', 'SURVEY', 'ADMINISTRATIVE_REGISTER', 'OTHER'] as const;
export type DataSourceType = (typeof DATA_SOURCE_TYPES)[number];

export const COMPARABILITY_LEVELS = ['COMPARABLE', 'PARTLY_COMPARABLE', 'NOT_COMPARABLE'] as const;
export type Comparability = (typeof COMPARABILITY_LEVELS)[number];

export const SEXES = ['TOTAL', 'FEMALE', 'MALE'] as const;
export type Sex = (typeof SEXES)[number];

/** What one figure describes besides its indicator and period; '' means "all" (every age, every country). */
export interface Disaggregation {
  sex: Sex;
  ageGroup: string | null;
  countryCode: string | null;
}

/**
 * The slice a figure describes: the same indicator, period and disaggregation. Two organisations supplying the same
 * slice is what "differing figures" are about (rule 9), and one organisation supplies at most one figure per slice.
 */
export function sliceKey(point: { indicatorId: string; period: string } & Disaggregation): string {
  return [point.indicatorId, point.period, point.sex, point.ageGroup ?? '', point.countryCode ?? ''].join('|');
}

/** "Female, 15-24, from UA" style words for a disaggregation ("Total" when it has none). */
export function disaggregationLabel(d: Disaggregation): string {
  const parts: string[] = [];
  if (d.sex !== 'TOTAL') parts.push(d.sex === 'FEMALE' ? 'Female' : 'Male');
  if (d.ageGroup) parts.push(`aged ${d.ageGroup}`);
  if (d.countryCode) parts.push(d.countryCode);
  return parts.length ? parts.join(', ') : 'Total';
}

export interface FigureForComparison extends Disaggregation {
  id: string;
  indicatorId: string;
  period: string;
  organizationId: string;
  value: number | null;
  dataGap: boolean;
}

/**
 * Groups figures by slice and keeps the slices that more than one organisation supplied with different values (a
 * gap and a value differ too). Equal figures from two organisations agree: nothing to resolve. Slices come sorted
 * by indicator, period and key; figures inside by organisation, so the answer is stable.
 */
export function differingFigures<T extends FigureForComparison>(points: readonly T[]): Array<{ key: string; figures: T[] }> {
  const bySlice = new Map<string, T[]>();
  for (const point of points) {
    const key = sliceKey(point);
    const list = bySlice.get(key);
    if (list) list.push(point);
    else bySlice.set(key, [point]);
  }
  const result: Array<{ key: string; figures: T[] }> = [];
  for (const [key, figures] of bySlice) {
    if (new Set(figures.map((f) => f.organizationId)).size < 2) continue;
    const values = new Set(figures.map((f) => (f.dataGap ? 'gap' : String(f.value))));
    if (values.size < 2) continue;
    result.push({ key, figures: [...figures].sort((a, b) => a.organizationId.localeCompare(b.organizationId)) });
  }
  return result.sort((a, b) => a.key.localeCompare(b.key));
}
