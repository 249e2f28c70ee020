/**
 * The interface languages (the UN working languages the Technical Working Groups use), English first: it is the
 * fallback of every string. docs/i18n/README.md explains how to add one.
 */
export const LOCALES = ['en', 'fr', 'es', 'ru', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself, as the language switcher shows it (never translated). */
export const LOCALE_NATIVE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ru: 'Русский',
  ar: 'العربية',
};

/** Languages whose script runs right to left. */
const RTL_LOCALES: ReadonlySet<string> = new Set(['ar', 'fa', 'he', 'ur']);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The base language of a tag ("fr-CA" → "fr"), lower case. */
export function baseLanguage(tag: string): string {
  return (tag.split(/[-_]/)[0] ?? tag).toLowerCase();
}

/** The first supported language among `tags` (e.g. navigator.languages or Accept-Language), by base language. */
export function pickLocale(tags: ReadonlyArray<string | null | undefined>): Locale | null {
  for (const tag of tags) {
    if (!tag) continue;
    const base = baseLanguage(tag.trim());
    if (isLocale(base)) return base;
  }
  return null;
}

/** The languages of an Accept-Language header, best first. */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((l) => l.tag && l.tag !== '*' && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((l) => l.tag);
}

/**
 * The language of a file or page the API writes for a request: the one the address asks for (`?lang=`), else the
 * signed-in person's (users.locale), else the first of Accept-Language's the app speaks (20 at most), else English.
 */
export function requestLocale(asked: unknown, accountLocale: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(asked)) return asked;
  if (isLocale(accountLocale)) return accountLocale;
  return pickLocale(parseAcceptLanguage(acceptLanguage).slice(0, 20)) ?? DEFAULT_LOCALE;
}

export function isRtlLocale(tag: string): boolean {
  return RTL_LOCALES.has(baseLanguage(tag));
}

/** `ltr` or `rtl`, for the `dir` attribute of a page in that language. */
export function localeDirection(tag: string): 'ltr' | 'rtl' {
  return isRtlLocale(tag) ? 'rtl' : 'ltr';
}
