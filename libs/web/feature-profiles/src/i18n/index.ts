import { editorResourcesEn } from '@mps/web-editor';
import en from './en.json';

/**
 * English strings of the profiles library, with those of the editor it shows;
 * the app adds them to the default namespace (top-level keys are each library's own).
 */
export const profilesResourcesEn = { ...editorResourcesEn, ...en };
