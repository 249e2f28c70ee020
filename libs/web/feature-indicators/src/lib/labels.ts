import { formatList, formatNumber } from '@mps/web-ui';
import type { TFunction } from 'i18next';

/** "Female, aged 15-24, UA" or "Total": the words of a disaggregation. */
export function disaggregationText(t: TFunction, d: { sex: 'TOTAL' | 'FEMALE' | 'MALE' | string; ageGroup?: string | null; countryCode?: string | null }): string {
  const parts: string[] = [];
  if (d.sex === 'FEMALE' || d.sex === 'MALE') parts.push(t(`indicators.sex.${d.sex}`));
  if (d.ageGroup) parts.push(t('indicators.aged', { group: d.ageGroup }));
  if (d.countryCode) parts.push(d.countryCode);
  return parts.length ? formatList(parts) : t('indicators.sex.TOTAL');
}

/** A figure as people read it: the number with its unit, or "Data gap". */
export function figureText(t: TFunction, f: { value?: number | null; dataGap: boolean; unit?: string }): string {
  if (f.dataGap || f.value === null || f.value === undefined) return t('indicators.dataGap');
  const value = formatNumber(f.value, { maximumFractionDigits: 2 });
  return f.unit ? `${value} ${f.unit}` : value;
}

export const organizationLabel = (o: { name: string; acronym?: string | null }) => (o.acronym ? `${o.name} (${o.acronym})` : o.name);
