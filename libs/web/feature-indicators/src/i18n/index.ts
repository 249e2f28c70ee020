import en from './en.json';

/** English strings of the indicators library; the app adds them to the default namespace (top-level keys are this library's own). */
export const indicatorsResourcesEn = en;
