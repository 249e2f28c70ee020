import { VALIDATION_MESSAGES_EN } from '@mps/shared-domain';
import en from './en.json';

/**
 * English strings of the util library; the app adds them to the default namespace (top-level keys are this
 * library's own). `validation` holds the messages of the shared input schemas, worded once in
 * libs/shared/domain (the API uses the same sentences).
 */
export const utilResourcesEn = { ...en, validation: VALIDATION_MESSAGES_EN };
