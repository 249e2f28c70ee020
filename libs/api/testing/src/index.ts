export * from './lib/postgres';
export * from './lib/test-server';
export * from './lib/fixtures';
