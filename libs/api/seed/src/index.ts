export * from './lib/seed.module';
export * from './lib/demo-data';
export { DEMO_REGIONAL_USERS, DEMO_REGIONAL_WORKSPACE } from './lib/demo-regional';
