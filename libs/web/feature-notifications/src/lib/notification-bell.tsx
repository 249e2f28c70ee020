import { useQuery, useSubscription, useLiveReconnect, useDataClient } from '@mps/web-data-access';
import { Anchor, Box } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NOTIFICATION_EVENTS_SUBSCRIPTION, UNREAD_NOTIFICATION_COUNT_QUERY } from './notification-documents';

/** Above this the badge says "99+": the exact number is in the accessible name and on the page. */
const BADGE_MAX = 99;

/**
 * The header's bell: a link to the notification centre whose badge shows the unread count. The count follows the
 * notificationEvents subscription (new notifications, or ones read in another tab) without a reload, and is fetched
 * again after a dropped live connection.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const client = useDataClient();
  const { data, refetch } = useQuery(UNREAD_NOTIFICATION_COUNT_QUERY, { fetchPolicy: 'cache-and-network' });
  const count = data?.unreadNotificationCount ?? 0;

  useSubscription(NOTIFICATION_EVENTS_SUBSCRIPTION, {
    fetchPolicy: 'no-cache',
    ignoreResults: true,
    onData: ({ data: event }) => {
      const unread = event.data?.notificationEvents.unreadCount;
      if (unread === undefined) return;
      client.writeQuery({ query: UNREAD_NOTIFICATION_COUNT_QUERY, data: { unreadNotificationCount: unread } });
      // The centre, if open, shows the new ones too.
      void client.refetchQueries({ include: ['Notifications'] });
    },
  });
  useLiveReconnect(() => void refetch());

  return (
    <Anchor
      component={Link}
      to="/notifications"
      c="white"
      aria-label={count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell')}
      style={{ position: 'relative', display: 'inline-flex', alignItems: 'center', padding: 6, borderRadius: 4 }}
    >
      <IconBell size={24} aria-hidden stroke={1.8} />
      {count > 0 ? (
        <Box
          component="span"
          aria-hidden
          style={{
            position: 'absolute',
            top: -2,
            insetInlineEnd: -4,
            minWidth: 20,
            height: 20,
            padding: '0 5px',
            borderRadius: 10,
            background: '#ffbf47',
            color: '#0b0c0c',
            fontSize: 12,
            fontWeight: 700,
            lineHeight: '20px',
            textAlign: 'center',
          }}
        >
          {count > BADGE_MAX ? `${BADGE_MAX}+` : count}
        </Box>
      ) : null}
    </Anchor>
  );
}
