export * from './i18n';
export { NotificationBell } from './lib/notification-bell';

/**
 * The notifications page and its settings, a chunk of their own: every signed-in screen loads this library for the
 * header's bell only.
 */
export const loadNotificationPages = () => import('./lib/notification-pages');
