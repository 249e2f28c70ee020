import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { uiResourcesEn, UI_NAMESPACE } from '@mps/web-ui';
import en from '../locales/en.json';

/** Languages whose script runs right to left (Arabic follows English). */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);

export const resources = {
  en: { translation: en, [UI_NAMESPACE]: uiResourcesEn },
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

function applyDocumentLanguage(lng: string) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lng;
  document.documentElement.dir = RTL_LANGUAGES.has(lng.split('-')[0] ?? lng) ? 'rtl' : 'ltr';
}
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

export { i18n };

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

/** Formats an ISO date for the current language, e.g. "3 May 2024". */
export function formatDate(iso: string | null | undefined, lng: string = i18n.language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(formattingLocale(lng), { dateStyle: 'medium' }).format(date);
}
