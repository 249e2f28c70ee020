export * from './i18n';
export { IndicatorsPage } from './lib/indicators-page';
export { IndicatorPage } from './lib/indicator-page';
export { ImportPage } from './lib/import-page';
export { RegionalComparisonPage } from './lib/regional-comparison-page';
