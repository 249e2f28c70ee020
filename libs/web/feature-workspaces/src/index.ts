export * from './i18n';
export { WorkspacesPage } from './lib/workspaces-page';
