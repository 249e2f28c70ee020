export * from './lib/seed.module';
export * from './lib/demo-data';
