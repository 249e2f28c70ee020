export * from './i18n';
export { AuditPage } from './lib/audit-page';
