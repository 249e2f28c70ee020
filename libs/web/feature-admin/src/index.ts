export * from './i18n';
export { AdminPage } from './lib/admin-page';
