/**
 * Regional comparison (issue 11 item 8): how the published figures of member countries stand against each other and
 * against the international reference. Pure, so that the API, its tests and the web's CSV agree on one rule.
 */
import type { Comparability } from './indicator-terms';

/**
 * Why a cell of a regional comparison cannot be read at face value. Every flag has words (the web shows them as text,
 * never as colour alone, and the CSV spells them out):
 * - DEFINITION_DIFFERS_BETWEEN_COUNTRIES: this country's definition is not the one most member countries use.
 * - DIFFERS_FROM_REFERENCE: the country maps the indicator to another international reference than the regional
 *   catalogue, or marked the figure only partly comparable with the international standard.
 * - NOT_COMPARABLE: the country marked the figure not comparable with the international standard.
 * - DIFFERING_NATIONAL_FIGURES: national organisations gave different figures and the country did not choose one.
 * - GAP: the country recorded a known gap in the data.
 * - NO_FIGURE: the country's published releases hold no figure for this indicator and period.
 */
export const COMPARISON_FLAGS = [
  'DEFINITION_DIFFERS_BETWEEN_COUNTRIES',
  'DIFFERS_FROM_REFERENCE',
  'NOT_COMPARABLE',
  'DIFFERING_NATIONAL_FIGURES',
  'GAP',
  'NO_FIGURE',
] as const;
export type ComparisonFlag = (typeof COMPARISON_FLAGS)[number];

export const COMPARISON_FLAG_WORDS: Readonly<Record<ComparisonFlag, string>> = {
  DEFINITION_DIFFERS_BETWEEN_COUNTRIES: 'Definition differs from other countries',
  DIFFERS_FROM_REFERENCE: 'Differs from the international reference',
  NOT_COMPARABLE: 'Not comparable',
  DIFFERING_NATIONAL_FIGURES: 'National figures differ',
  GAP: 'Data gap',
  NO_FIGURE: 'No published figure',
};

/** The most indicators one comparison may ask for (a table wider than that is not read by anyone). */
export const REGIONAL_COMPARISON_MAX_INDICATORS = 20;

/** One frozen figure of a member country, as its latest published release holds it. */
export interface RegionalFigure {
  country: string;
  indicatorCode: string;
  period: string;
  value: number | null;
  dataGap: boolean;
  /** The catalogue definition the country froze with the figure. */
  definition: string;
  /** The national definition the supplying organisation used, when it said so. */
  nationalDefinition: string | null;
  internationalReference: string | null;
  comparability: Comparability;
  /** National organisations differ on this figure's slice and the country chose none (frozen as DIFFERING). */
  differing: boolean;
}

/** Definitions compare by their words: case, spacing and a closing full stop do not make a difference. */
export function normalizeDefinition(text: string | null | undefined): string {
  return (text ?? '').trim().replace(/\s+/g, ' ').replace(/\.$/, '').toLowerCase();
}

/** The definition a figure was collected under: the national one when given, else the country's catalogue's. */
export function definitionUsed(figure: Pick<RegionalFigure, 'definition' | 'nationalDefinition'>): string {
  return figure.nationalDefinition?.trim() ? figure.nationalDefinition.trim() : figure.definition.trim();
}

/**
 * For each indicator, the definitions that count as "the usual one": the definition most member countries use (each
 * country counted once per definition). When two or more tie for most, none is usual and every country differs; when
 * all countries use one definition, nothing differs.
 */
export function usualDefinitions(figures: readonly RegionalFigure[]): Map<string, string | null> {
  const countriesByDefinition = new Map<string, Map<string, Set<string>>>();
  for (const f of figures) {
    if (f.dataGap) continue;
    const perIndicator = countriesByDefinition.get(f.indicatorCode) ?? new Map<string, Set<string>>();
    countriesByDefinition.set(f.indicatorCode, perIndicator);
    const key = normalizeDefinition(definitionUsed(f));
    const countries = perIndicator.get(key) ?? new Set<string>();
    countries.add(f.country);
    perIndicator.set(key, countries);
  }
  const usual = new Map<string, string | null>();
  for (const [code, perIndicator] of countriesByDefinition) {
    const ranked = [...perIndicator.entries()].sort((a, b) => b[1].size - a[1].size);
    const top = ranked[0]!;
    usual.set(code, ranked.length > 1 && ranked[1]![1].size === top[1].size ? null : top[0]);
  }
  return usual;
}

/**
 * The flags of one figure, given the usual definition of its indicator (usualDefinitions) and the international
 * reference of the regional catalogue for it (null when the regional catalogue has no such indicator or names none:
 * then only the country's own comparability speaks).
 */
export function figureFlags(figure: RegionalFigure, usualDefinition: string | null | undefined, reference: string | null | undefined): ComparisonFlag[] {
  const flags: ComparisonFlag[] = [];
  if (!figure.dataGap && usualDefinition !== undefined && normalizeDefinition(definitionUsed(figure)) !== usualDefinition) {
    flags.push('DEFINITION_DIFFERS_BETWEEN_COUNTRIES');
  }
  const otherReference = Boolean(reference) && normalizeDefinition(figure.internationalReference) !== normalizeDefinition(reference);
  if (otherReference || figure.comparability === 'PARTLY_COMPARABLE') flags.push('DIFFERS_FROM_REFERENCE');
  if (figure.comparability === 'NOT_COMPARABLE') flags.push('NOT_COMPARABLE');
  if (figure.differing) flags.push('DIFFERING_NATIONAL_FIGURES');
  if (figure.dataGap) flags.push('GAP');
  return flags;
}

/** Flags of a cell holding several figures (national figures that differ): every flag any of them has, in order. */
export function mergeFlags(lists: ReadonlyArray<readonly ComparisonFlag[]>): ComparisonFlag[] {
  const present = new Set(lists.flat());
  return COMPARISON_FLAGS.filter((f) => present.has(f));
}
