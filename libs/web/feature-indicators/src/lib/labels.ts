import type { TFunction } from 'i18next';

/** "Female, aged 15-24, UA" or "Total": the words of a disaggregation. */
export function disaggregationText(t: TFunction, d: { sex: 'TOTAL' | 'FEMALE' | 'MALE' | string; ageGroup?: string | null; countryCode?: string | null }): string {
  const parts: string[] = [];
  if (d.sex === 'FEMALE' || d.sex === 'MALE') parts.push(t(`indicators.sex.${d.sex}`));
  if (d.ageGroup) parts.push(t('indicators.aged', { group: d.ageGroup }));
  if (d.countryCode) parts.push(d.countryCode);
  return parts.length ? parts.join(', ') : t('indicators.sex.TOTAL');
}

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** A figure as people read it: the number with its unit, or "Data gap". */
export function figureText(t: TFunction, f: { value?: number | null; dataGap: boolean; unit?: string }): string {
  if (f.dataGap || f.value === null || f.value === undefined) return t('indicators.dataGap');
  return f.unit ? `${numberFormat.format(f.value)} ${f.unit}` : numberFormat.format(f.value);
}

export const organizationLabel = (o: { name: string; acronym?: string | null }) => (o.acronym ? `${o.name} (${o.acronym})` : o.name);
