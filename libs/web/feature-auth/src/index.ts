export * from './i18n';
export { LoginPage } from './lib/login-page';
