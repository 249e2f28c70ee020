export * from './locales';
export * from './validation-messages';
export * from './error-messages';
export * from './figure-table-words';
export * from './release-blocker-words';
