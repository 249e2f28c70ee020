export * from './lib/exports.module';
export * from './lib/outline/export-outline';
