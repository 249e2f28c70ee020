import uiEn from './en.json';

/** i18next namespace of the presentational components. */
export const UI_NAMESPACE = 'ui';
/** English strings of the presentational components (register under the `ui` namespace). */
export const uiResourcesEn = uiEn;
