export * from './i18n';
export * from './lib/focus-first-invalid';
export * from './lib/not-allowed';
export * from './lib/page-skeleton';
export * from './lib/page-title';
export * from './lib/problem-message';
export * from './lib/public-layout';
export * from './lib/query-error';
