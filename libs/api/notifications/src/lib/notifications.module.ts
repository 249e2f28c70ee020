import { Module } from '@nestjs/common';
import { IamModule } from '@mps/api-iam';
import { NotificationResolver } from './resolvers/notification.resolver';
import { NotificationDelivery } from './services/notification-delivery.service';
import { NotificationDispatcher } from './services/notification-dispatcher.service';
import { NotificationSweep } from './services/notification-sweep.service';
import { NotificationsService } from './services/notifications.service';

/**
 * In-app notifications, e-mail (immediate or daily digest) and reminders, made from the audit log
 * (docs/adr/0012-notifications-from-the-audit-log.md).
 */
@Module({
  imports: [IamModule],
  providers: [NotificationsService, NotificationDispatcher, NotificationDelivery, NotificationSweep, NotificationResolver],
  exports: [NotificationsService, NotificationDispatcher, NotificationDelivery, NotificationSweep],
})
export class NotificationsModule {}
