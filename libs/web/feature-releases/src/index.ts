export * from './i18n';
export { ReleasesPage } from './lib/releases-page';
