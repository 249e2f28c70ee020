import i18n from 'i18next';
import { DEFAULT_LOCALE, isLocale, localeDirection, pickLocale, type Locale } from '@mps/shared-domain';

/** localStorage key of the language chosen in this browser (before sign-in; the account's choice wins after). */
export const LOCALE_STORAGE_KEY = 'mps.locale';

/** Loads a library's strings in one language: undefined when that language has no file yet (English shows). */
export type StringsLoader = (lng: string) => Promise<object | undefined>;

interface Registration {
  ns: string;
  load: StringsLoader;
  /** Languages already added to i18next for this library. */
  done: Set<string>;
}

const registrations: Registration[] = [];

async function loadInto(lng: string, registration: Registration): Promise<void> {
  if (lng === DEFAULT_LOCALE || registration.done.has(lng)) return;
  registration.done.add(lng);
  try {
    const strings = await registration.load(lng);
    // deep: a file that lacks a key leaves the English one in the fallback language, never an empty string.
    if (strings) i18n.addResourceBundle(lng, registration.ns, strings, true, true);
  } catch {
    registration.done.delete(lng); // a failed chunk request may succeed next time
  }
}

/**
 * Registers a library's strings: English at once (bundled, the fallback of every key), and the loader of its other
 * languages, which runs now for the current language and later whenever the language changes. Resolves when the
 * current language's strings are in, so a lazily loaded screen never flashes English.
 */
export async function registerStrings(en: object, load?: StringsLoader, ns = 'translation'): Promise<void> {
  i18n.addResourceBundle(DEFAULT_LOCALE, ns, en, true, false);
  if (!load) return;
  const registration: Registration = { ns, load, done: new Set() };
  registrations.push(registration);
  const current = i18n.language;
  if (current && current !== DEFAULT_LOCALE) await loadInto(current, registration);
}

/** Sets `<html lang dir>` for the language (screen readers, hyphenation, right-to-left layout). */
export function applyDocumentLanguage(lng: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lng;
  document.documentElement.dir = localeDirection(lng);
}

function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The language to start in: `?lng=` in the address (links, tests, screenshots), else the one chosen earlier in this
 * browser, else the browser's own languages when one is supported, else English.
 */
export function initialLocale(): Locale {
  if (typeof window === 'undefined') return DEFAULT_LOCALE;
  const fromUrl = new URLSearchParams(window.location.search).get('lng');
  if (isLocale(fromUrl)) return fromUrl;
  return storedLocale() ?? pickLocale(navigator.languages?.length ? navigator.languages : [navigator.language]) ?? DEFAULT_LOCALE;
}

/** The current interface language (one of LOCALES; English until another is chosen). */
export function currentLocale(): Locale {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(lng) ? lng : DEFAULT_LOCALE;
}

/**
 * Switches the interface language: loads every registered library's strings in it first (so nothing shows in
 * English meanwhile), then changes i18next's language and remembers the choice in this browser.
 */
export async function changeLocale(lng: Locale): Promise<void> {
  await Promise.all(registrations.map((r) => loadInto(lng, r)));
  await i18n.changeLanguage(lng);
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, lng);
  } catch {
    // private mode: the choice lasts for this page only
  }
}
