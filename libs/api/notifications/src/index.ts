export * from './lib/notifications.module';
export * from './lib/notifications.entities';
