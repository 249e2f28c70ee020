export * from './i18n';
export { MyWorkPage } from './lib/my-work-page';
