import en from './en.json';

/** English strings of the shell library; the app adds them to the default namespace (top-level keys are this library's own). */
export const shellResourcesEn = en;

/** Every other language's file beside en.json (fr.json, ar.json...), each its own chunk, fetched only when chosen. */
const translations = import.meta.glob<{ default: object }>(['./*.json', '!./en.json']);

/**
 * The shell library's strings in language `lng`, loaded on demand (docs/i18n/README.md); undefined when the
 * language has no file yet, and any key a file lacks falls back to English.
 */
export function loadShellResources(lng: string): Promise<object | undefined> {
  const load = translations[`./${lng}.json`];
  return load ? load().then((m) => m.default) : Promise.resolve(undefined);
}
