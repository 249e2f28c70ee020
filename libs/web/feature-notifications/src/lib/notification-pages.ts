/** The notifications page and its settings, loaded together through loadNotificationPages (src/index.ts). */
export { NotificationsPage } from './notifications-page';
export { NotificationSettingsPage } from './notification-settings-page';
