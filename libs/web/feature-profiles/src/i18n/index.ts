import { editorResourcesEn, loadEditorResources } from '@mps/web-editor';
import en from './en.json';

/**
 * English strings of the profiles library, with those of the editor it shows;
 * the app adds them to the default namespace (top-level keys are each library's own).
 */
export const profilesResourcesEn = { ...editorResourcesEn, ...en };

/** Every other language's file beside en.json (fr.json, ar.json...), each its own chunk, fetched only when chosen. */
const translations = import.meta.glob<{ default: object }>(['./*.json', '!./en.json']);

/**
 * The profiles and editor strings in language `lng`, loaded on demand (docs/i18n/README.md); undefined when
 * neither has a file yet, and any key a file lacks falls back to English.
 */
export async function loadProfilesResources(lng: string): Promise<object | undefined> {
  const load = translations[`./${lng}.json`];
  const [editor, own] = await Promise.all([loadEditorResources(lng), load ? load().then((m) => m.default) : undefined]);
  return editor || own ? { ...editor, ...own } : undefined;
}
