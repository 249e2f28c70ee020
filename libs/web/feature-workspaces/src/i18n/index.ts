import en from './en.json';

/** English strings of the workspaces library; the app adds them to the default namespace (top-level keys are this library's own). */
export const workspacesResourcesEn = en;
