import i18n from 'i18next';

/**
 * Every date, number, list and relative time the web app shows is formatted here, with `Intl` for the interface
 * language (no ad-hoc formatting elsewhere).
 *
 * The locale used to format for a UI language. For English, the browser's own English variant when it has one,
 * else international (British) English: "3 May 2024, 14:02", as in UN and IOM documents. Other languages use
 * their own conventions (e.g. "3 mai 2024", "٣ مايو ٢٠٢٤").
 */
export function formattingLocale(lng: string = i18n.language): string {
  if (!lng.startsWith('en')) return lng;
  const preferred = typeof navigator === 'undefined' ? undefined : navigator.languages?.find((l) => l.startsWith('en-'));
  return preferred ?? 'en-GB';
}

/**
 * One formatter per locale and options: making an `Intl` formatter costs far more than using it, and a screen formats
 * hundreds of values at once (the outline's organisation lists, dates in every row).
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat | Intl.RelativeTimeFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat | Intl.RelativeTimeFormat>(
  kind: string,
  locale: string,
  options: object,
  make: () => T,
): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let made = formatters.get(key) as T | undefined;
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

function format(iso: string | null | undefined, lng: string, options: Intl.DateTimeFormatOptions): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const locale = formattingLocale(lng);
  return formatter('date', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(date);
}

/** Formats an ISO date for the current language, e.g. "3 May 2024". */
export function formatDate(iso: string | null | undefined, lng: string = i18n.language): string {
  return format(iso, lng, { dateStyle: 'medium' });
}

/** Date and time for the current language, e.g. "3 May 2024, 14:02". */
export function formatDateTime(iso: string | null | undefined, lng: string = i18n.language): string {
  return format(iso, lng, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Time of day for the current language, e.g. "14:02" (for changes made moments ago). */
export function formatTime(iso: string | null | undefined, lng: string = i18n.language): string {
  return format(iso, lng, { timeStyle: 'short' });
}

/** A number for the current language, e.g. "12,500" / "12 500" / "١٢٬٥٠٠"; empty for null. */
export function formatNumber(value: number | null | undefined, options: Intl.NumberFormatOptions = {}, lng: string = i18n.language): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  const locale = formattingLocale(lng);
  return formatter('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** A list for the current language: "A, B and C" / "A, B et C" / "A، وB وC" (`or` for alternatives). */
export function formatList(items: readonly string[], type: 'and' | 'or' = 'and', lng: string = i18n.language): string {
  const locale = formattingLocale(lng);
  const options: Intl.ListFormatOptions = { style: 'long', type: type === 'and' ? 'conjunction' : 'disjunction' };
  return formatter('list', locale, options, () => new Intl.ListFormat(locale, options)).format(items);
}

const RELATIVE_STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** How long ago or ahead a moment is, for the current language: "3 hours ago", "dans 2 jours", "вчера". */
export function formatRelativeTime(iso: string | null | undefined, now: Date = new Date(), lng: string = i18n.language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  let amount = (date.getTime() - now.getTime()) / 1000;
  let unit: Intl.RelativeTimeFormatUnit = 'second';
  for (const [step, size] of RELATIVE_STEPS) {
    unit = step;
    if (Math.abs(amount) < size) break;
    amount /= size;
  }
  const locale = formattingLocale(lng);
  return formatter('relative', locale, { numeric: 'auto' }, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(Math.round(amount), unit);
}
