export * from './server';
export * from './lib/fixtures';
