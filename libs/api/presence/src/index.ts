export * from './lib/presence.module';
