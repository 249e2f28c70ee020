export * from './lib/notifications.module';
export * from './lib/notifications.entities';
export * from './lib/entities/notification.entity';
export * from './lib/services/notifications.service';
export * from './lib/services/notification-dispatcher.service';
export * from './lib/services/notification-delivery.service';
export * from './lib/services/notification-sweep.service';
export * from './lib/services/notification-mail';
