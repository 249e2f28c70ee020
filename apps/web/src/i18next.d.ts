import 'i18next';
import type en from './locales/en.json';
import type { uiResourcesEn } from '@mps/web-ui';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof en;
      ui: typeof uiResourcesEn;
    };
  }
}
