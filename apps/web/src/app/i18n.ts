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

/** Formats an ISO date for the current language, e.g. "3 May 2024". */
export function formatDate(iso: string | null | undefined, lng: string = i18n.language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(lng, { dateStyle: 'medium' }).format(date);
}
