import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { shellResourcesEn } from '@mps/web-shell';
import { uiResourcesEn, UI_NAMESPACE } from '@mps/web-ui';
import { utilResourcesEn } from '@mps/web-util';
import en from '../locales/en.json';

/** Languages whose script runs right to left (Arabic follows English). */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);

/**
 * Strings are owned by the library that shows them (`src/i18n/en.json` in each),
 * and all but the presentational `ui` namespace share the default namespace:
 * each library's top-level keys are its own. The libraries loaded at start-up
 * are registered here; each feature library is registered when its route loads
 * (see addStrings and router.tsx), so its strings travel in its own chunk.
 */
export const resources = {
  en: { translation: { ...en, ...utilResourcesEn, ...shellResourcesEn }, [UI_NAMESPACE]: uiResourcesEn },
} as const;

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en'],
  ns: ['translation', UI_NAMESPACE],
  defaultNS: 'translation',
  interpolation: { escapeValue: false },
  initAsync: false,
  react: { useSuspense: false },
});

/** Adds a lazily loaded library's English strings to the default namespace (before its first render). */
export function addStrings(strings: object): void {
  i18n.addResourceBundle('en', 'translation', strings, true, false);
}

function applyDocumentLanguage(lng: string) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lng;
  document.documentElement.dir = RTL_LANGUAGES.has(lng.split('-')[0] ?? lng) ? 'rtl' : 'ltr';
}
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

export { i18n };
