import en from './en.json';

/** English strings of the audit library; the app adds them to the default namespace (top-level keys are this library's own). */
export const auditResourcesEn = en;
