import en from './en.json';

/** English strings of the my-work library; the app adds them to the default namespace (top-level keys are this library's own). */
export const myWorkResourcesEn = en;
