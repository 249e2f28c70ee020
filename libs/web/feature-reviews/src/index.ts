export * from './i18n';
export { ReviewCyclesPage } from './lib/review-cycles-page';
