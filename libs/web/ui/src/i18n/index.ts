import uiEn from './en.json';

/** i18next namespace of the presentational components. */
export const UI_NAMESPACE = 'ui';
/** English strings of the presentational components (register under the `ui` namespace). */
export const uiResourcesEn = uiEn;

/** Every other language's file beside en.json (fr.json, ar.json...), each its own chunk, fetched only when chosen. */
const translations = import.meta.glob<{ default: object }>(['./*.json', '!./en.json']);

/** The presentational components' strings in language `lng` (the `ui` namespace); undefined when not translated yet. */
export function loadUiResources(lng: string): Promise<object | undefined> {
  const load = translations[`./${lng}.json`];
  return load ? load().then((m) => m.default) : Promise.resolve(undefined);
}
