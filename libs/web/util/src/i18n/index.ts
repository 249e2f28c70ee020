import { ERROR_MESSAGES_EN, VALIDATION_MESSAGES_EN } from '@mps/shared-domain';
import en from './en.json';

/**
 * English strings of the util library; the app adds them to the default namespace (top-level keys are this
 * library's own). `validation` holds the messages of the shared input schemas and `apiErrors` one sentence per
 * contract error code, both worded once in libs/shared/domain in every language (the API uses the same sentences).
 */
export const utilResourcesEn = { ...en, validation: VALIDATION_MESSAGES_EN, apiErrors: ERROR_MESSAGES_EN };

/** Every other language's file beside en.json (fr.json, ar.json...), each its own chunk, fetched only when chosen. */
const translations = import.meta.glob<{ default: object }>(['./*.json', '!./en.json']);

/**
 * The util library's strings in language `lng`, loaded on demand (docs/i18n/README.md), with the shared validation
 * and error sentences of that language; any key the file lacks (or a missing file) falls back to English.
 */
export async function loadUtilResources(lng: string): Promise<object | undefined> {
  const load = translations[`./${lng}.json`];
  // The other languages' validation and error sentences travel with a language when it is chosen, not in every first load.
  const [own, { VALIDATION_MESSAGES_TRANSLATED, ERROR_MESSAGES }] = await Promise.all([
    load ? load().then((m) => m.default) : {},
    import('./translated-validation-messages'),
  ]);
  const validation = VALIDATION_MESSAGES_TRANSLATED[lng as keyof typeof VALIDATION_MESSAGES_TRANSLATED];
  const apiErrors = ERROR_MESSAGES[lng as keyof typeof ERROR_MESSAGES];
  return { ...own, ...(validation ? { validation } : {}), ...(apiErrors ? { apiErrors } : {}) };
}
