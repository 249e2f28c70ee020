import { NotificationCursorEntity, NotificationDigestEntity, NotificationEntity, NotificationPreferenceEntity } from './entities/notification.entity';

export const NOTIFICATIONS_ENTITIES: Array<new () => object> = [
  NotificationEntity,
  NotificationCursorEntity,
  NotificationPreferenceEntity,
  NotificationDigestEntity,
];
