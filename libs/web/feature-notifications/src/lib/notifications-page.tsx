import { useMutation, useQuery, getFragmentData, useCurrentWorkspace, type NotificationFieldsFragment } from '@mps/web-data-access';
import { Alert, Anchor, Badge, Box, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconBell, IconSettings } from '@tabler/icons-react';
import { EmptyState, formatDate, formatDateTime, LoadingSkeleton, PageHeader } from '@mps/web-ui';
import { QueryError, usePageTitle } from '@mps/web-util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  MARK_ALL_NOTIFICATIONS_READ,
  MARK_NOTIFICATION_READ,
  NOTIFICATION_FIELDS,
  NOTIFICATIONS_QUERY,
  UNREAD_NOTIFICATION_COUNT_QUERY,
} from './notification-documents';

const PAGE_SIZE = 20;

/** The notification centre: the signed-in person's notifications, newest first, each a link to its object. */
export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.title'));
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(NOTIFICATIONS_QUERY, {
    variables: { first: PAGE_SIZE, unreadOnly },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [markAll, markAllState] = useMutation(MARK_ALL_NOTIFICATIONS_READ, {
    // The announcement follows the mutation's own answer; the list and the bell catch up when their refetches land
    // (waiting for them made the confirmation depend on two more round trips).
    refetchQueries: [UNREAD_NOTIFICATION_COUNT_QUERY, 'Notifications'],
  });
  const page = data?.notifications;
  const items = (page?.nodes ?? []).map((n) => getFragmentData(NOTIFICATION_FIELDS, n));
  const unread = data?.unreadNotificationCount ?? 0;

  const markAllRead = async () => {
    const result = await markAll();
    const count = result.data?.markAllNotificationsRead ?? 0;
    setAnnouncement(t('notifications.markedAllRead', { count }));
  };

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        description={t('notifications.description')}
        actions={
          <Anchor component={Link} to="/notifications/settings" fw={600}>
            <Group gap={6} wrap="nowrap">
              <IconSettings size={18} aria-hidden />
              {t('notifications.settingsLink')}
            </Group>
          </Anchor>
        }
      />
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <SegmentedControl
            aria-label={t('notifications.show')}
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(value) => setUnreadOnly(value === 'unread')}
            data={[
              { value: 'all', label: t('notifications.showAll') },
              { value: 'unread', label: t('notifications.showUnread') },
            ]}
          />
          <Button variant="default" onClick={() => void markAllRead()} disabled={unread === 0} loading={markAllState.loading}>
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        <div role="status" aria-live="polite">
          {announcement ? (
            <Alert color="green" variant="light" py="xs">
              {announcement}
            </Alert>
          ) : null}
        </div>
        {error && !page ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !page ? (
          <LoadingSkeleton rows={4} />
        ) : items.length === 0 ? (
          <EmptyState
            headingOrder={2}
            icon={<IconBell size={24} />}
            title={unreadOnly ? t('notifications.emptyUnreadTitle') : t('notifications.emptyTitle')}
          >
            {unreadOnly ? t('notifications.emptyUnreadBody') : t('notifications.emptyBody')}
          </EmptyState>
        ) : (
          <>
            <Box component="ul" aria-label={t('notifications.listLabel')} p={0} m={0} style={{ listStyle: 'none' }}>
              {items.map((item) => (
                <NotificationItem key={item.id} item={item} />
              ))}
            </Box>
            {page.hasNextPage ? (
              <Button
                variant="default"
                style={{ alignSelf: 'flex-start' }}
                loading={loading}
                onClick={() =>
                  void fetchMore({
                    variables: { after: page.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => ({
                      ...fetchMoreResult,
                      notifications: {
                        ...fetchMoreResult.notifications,
                        nodes: [...previous.notifications.nodes, ...fetchMoreResult.notifications.nodes],
                      },
                    }),
                  })
                }
              >
                {t('notifications.loadOlder')}
              </Button>
            ) : (
              <Text size="sm" c="dimmed">
                {t('notifications.allShown')}
              </Text>
            )}
          </>
        )}
      </Stack>
    </>
  );
}

/** One notification: what happened (the object's name in bold), when, a due date, and Open / Mark as read. */
function NotificationItem({ item }: { item: NotificationFieldsFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const current = useCurrentWorkspace();
  const [markRead, markState] = useMutation(MARK_NOTIFICATION_READ, { refetchQueries: [UNREAD_NOTIFICATION_COUNT_QUERY] });
  const unread = item.readAt === null;

  const open = async (event: React.MouseEvent) => {
    event.preventDefault();
    // The object lives in its workspace: switch to it first, so the page and the navigation agree.
    if (current.workspace?.id !== item.workspaceId) current.selectWorkspace(item.workspaceId);
    if (unread) await markRead({ variables: { id: item.id } }).catch(() => undefined);
    void navigate(item.link);
  };

  return (
    <Box component="li" mb="sm">
      <Paper
        withBorder
        radius="md"
        p={{ base: 'sm', sm: 'md' }}
        style={{
          borderInlineStart: unread ? '6px solid var(--mantine-color-navy-7, #1d3557)' : undefined,
          background: unread ? 'var(--mantine-color-blue-0)' : undefined,
        }}
      >
        <Stack gap={6}>
          <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
            <Anchor component={Link} to={item.link} onClick={(e) => void open(e)} c="black" underline="always" fw={unread ? 600 : 400}>
              <NotificationSentence item={item} />
            </Anchor>
            {unread ? (
              <Badge color="navy" variant="filled" style={{ flexShrink: 0 }}>
                {t('notifications.unread')}
              </Badge>
            ) : null}
          </Group>
          <Group gap="md" wrap="wrap">
            <Text size="sm" c="dimmed" component="time" dateTime={item.createdAt}>
              {formatDateTime(item.createdAt)}
            </Text>
            {item.dueAt ? (
              <Text size="sm" fw={600}>
                {t('notifications.closingDate', { date: formatDate(item.dueAt) })}
              </Text>
            ) : null}
            {unread ? (
              <Button size="compact-sm" variant="subtle" loading={markState.loading} onClick={() => void markRead({ variables: { id: item.id } })}>
                {t('notifications.markRead')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Paper>
    </Box>
  );
}

const MARK = '\u0001';

/**
 * The sentence of a kind with the actor's name and the object's title put in as text: stored texts are never parsed
 * as markup (a title like "<i>x</i>" shows as typed), and the title is bold.
 */
export function NotificationSentence({ item }: { item: Pick<NotificationFieldsFragment, 'kind' | 'title' | 'actor'> }) {
  const { t } = useTranslation();
  const sentence = t(`notifications.kind.${item.kind}`, { actor: `${MARK}actor${MARK}`, title: `${MARK}title${MARK}` });
  return (
    <>
      {sentence.split(MARK).map((part, index) =>
        index % 2 === 0 ? (
          part
        ) : part === 'title' ? (
          <strong key={index}>{item.title}</strong>
        ) : (
          <span key={index}>{item.actor?.displayName ?? t('notifications.someone')}</span>
        ),
      )}
    </>
  );
}
