export * from './lib/roles';
export * from './lib/permissions';
export * from './lib/operations';
export * from './lib/outline';
export * from './lib/error-codes';
export * from './lib/validation';
export * from './lib/content/content-schema';
export * from './lib/content/content';
