export * from './lib/exports.module';
export * from './lib/outline/export-outline';
export { EXPORT_WORDS } from './lib/outline/export-words';
