import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, isRtlLocale, LOCALES } from '@mps/shared-domain';
import { loadShellResources, shellResourcesEn } from '@mps/web-shell';
import { loadUiResources, uiResourcesEn, UI_NAMESPACE } from '@mps/web-ui';
import { applyDocumentLanguage, changeLocale, initialLocale, loadUtilResources, registerStrings, utilResourcesEn, type StringsLoader } from '@mps/web-util';
import en from '../locales/en.json';

/** The app's own translations (src/locales/<lng>.json beside en.json), each its own chunk. */
const appTranslations = import.meta.glob<{ default: object }>(['../locales/*.json', '!../locales/en.json']);
const loadAppResources: StringsLoader = async (lng) => (await appTranslations[`../locales/${lng}.json`]?.())?.default;

/**
 * Strings are owned by the library that shows them (`src/i18n/en.json` in each),
 * and all but the presentational `ui` namespace share the default namespace:
 * each library's top-level keys are its own. English is bundled: it is the
 * fallback of every key. Other languages load on demand, per library, when
 * the language is chosen (docs/i18n/README.md). The libraries loaded at
 * start-up are registered here; each feature library is registered when its
 * route loads (see addStrings and router.tsx), so its strings travel in its own chunk.
 */
export const resources = {
  en: { translation: { ...en, ...utilResourcesEn, ...shellResourcesEn }, [UI_NAMESPACE]: uiResourcesEn },
} as const;

void i18n.use(initReactI18next).init({
  resources,
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  ns: ['translation', UI_NAMESPACE],
  defaultNS: 'translation',
  interpolation: {
    // React escapes text itself: values are never HTML-escaped. In a right-to-left language each interpolated
    // value (a name, a number, an acronym, a date) becomes a bidi isolate (FSI…PDI, what <bdi> does), so "MIA",
    // "2024.1" or a Latin name inside an Arabic sentence keeps its own order and never reorders the sentence.
    escapeValue: true,
    escape: (value: string) => (isRtlLocale(i18n.language) ? `\u2068${value}\u2069` : value),
  },
  initAsync: false,
  // An untranslated key shows English, never the key itself or an empty string.
  returnEmptyString: false,
  react: { useSuspense: false },
});

void registerStrings(en, loadAppResources);
void registerStrings(utilResourcesEn, loadUtilResources);
void registerStrings(shellResourcesEn, loadShellResources);
void registerStrings(uiResourcesEn, loadUiResources, UI_NAMESPACE);

/**
 * Adds a lazily loaded library's strings to the default namespace before its first render: English at once, and
 * the current language (when another) before the promise resolves.
 */
export function addStrings(strings: object, load?: StringsLoader): Promise<void> {
  return registerStrings(strings, load);
}

applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

/** Starts in the person's language (address, earlier choice, browser; see initialLocale) with its strings loaded. */
export function startInitialLanguage(): Promise<void> {
  const lng = initialLocale();
  return lng === DEFAULT_LOCALE ? Promise.resolve() : changeLocale(lng).catch(() => undefined);
}

export { i18n };
