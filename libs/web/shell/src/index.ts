export * from './i18n';
export { AppLayout } from './lib/app-layout';
export { RequireAuth } from './lib/require-auth';
