export * from './lib/portal.module';
