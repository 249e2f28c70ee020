import i18n from 'i18next';

/**
 * The locale used to format dates and numbers for a UI language. For English,
 * the browser's own English variant when it has one, else international
 * (British) English: "3 May 2024, 14:02", as in UN and IOM documents.
 */
export function formattingLocale(lng: string = i18n.language): string {
  if (lng !== 'en') return lng;
  const preferred = typeof navigator === 'undefined' ? undefined : navigator.languages?.find((l) => l.startsWith('en-'));
  return preferred ?? 'en-GB';
}

function format(iso: string | null | undefined, lng: string, options: Intl.DateTimeFormatOptions): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(formattingLocale(lng), options).format(date);
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
