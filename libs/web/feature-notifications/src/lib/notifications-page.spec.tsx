import { MantineProvider } from '@mantine/core';
import type { MockedResponse } from '@mps/web-data-access/testing';
import { MockedProvider } from '@mps/web-data-access/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AuthContext, type AuthContextValue } from '@mps/web-data-access';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { NotificationBell } from './notification-bell';
import {
  MARK_ALL_NOTIFICATIONS_READ,
  MARK_NOTIFICATION_READ,
  NOTIFICATION_PREFERENCES_QUERY,
  NOTIFICATIONS_QUERY,
  UNREAD_NOTIFICATION_COUNT_QUERY,
  UPDATE_NOTIFICATION_PREFERENCES,
} from './notification-documents';
import { NotificationSettingsPage } from './notification-settings-page';
import { NotificationsPage } from './notifications-page';

const notification = (id: string, over: Record<string, unknown> = {}) => ({
  __typename: 'Notification',
  id,
  kind: 'SECTION_ASSIGNED',
  title: 'A.4 Emigration',
  link: `/profiles/p-1/sections/${id}`,
  dueAt: null,
  createdAt: '2026-05-03T14:02:00.000Z',
  readAt: null,
  workspaceId: 'w-1',
  actor: { __typename: 'User', id: 'u-1', displayName: 'Ana Popescu' },
  ...over,
});

const listMock = (nodes: ReturnType<typeof notification>[], unread: number): MockedResponse => ({
  request: { query: NOTIFICATIONS_QUERY, variables: { first: 20, unreadOnly: false } },
  result: {
    data: {
      notifications: { __typename: 'NotificationConnection', nodes, hasNextPage: false, endCursor: null },
      unreadNotificationCount: unread,
    },
  },
});
const countMock = (count: number): MockedResponse => ({
  request: { query: UNREAD_NOTIFICATION_COUNT_QUERY },
  result: { data: { unreadNotificationCount: count } },
});

function renderAt(path: string, routes: Array<{ path: string; element: ReactNode }>, mocks: MockedResponse[]) {
  const auth: AuthContextValue = {
    status: 'signed-in',
    user: null,
    memberships: [],
    userError: null,
    reloadUser: vi.fn(),
    signOutReason: null,
    login: vi.fn(),
    logout: vi.fn(),
    retryRestore: vi.fn(),
    acceptInvitation: vi.fn(),
    currentWorkspaceId: 'w-1',
    setCurrentWorkspaceId: vi.fn(),
  };
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AuthContext.Provider value={auth}>
      <MockedProvider mocks={mocks}>
        <MantineProvider>
          <RouterProvider router={router} />
        </MantineProvider>
      </MockedProvider>
    </AuthContext.Provider>,
  );
  return { router, auth };
}

describe('NotificationsPage', () => {
  it('says what happened with the title as plain text, marks unread ones in words, and opening one marks it read', async () => {
    const { router } = renderAt(
      '/notifications',
      [
        { path: '/notifications', element: <NotificationsPage /> },
        { path: '/profiles/:profileId/sections/:sectionId', element: <p>Section screen</p> },
      ],
      [
        listMock(
          [
            notification('n-2', { kind: 'COMMENT_REPLY', title: '<i>B.2</i> Economic development', link: '/profiles/p-1/sections/s-2?thread=c-1' }),
            notification('n-1', { readAt: '2026-05-03T15:00:00.000Z', kind: 'RELEASE_PUBLISHED', title: 'Norland 2024.1', actor: null }),
          ],
          1,
        ),
        {
          request: { query: MARK_NOTIFICATION_READ, variables: { id: 'n-2' } },
          result: { data: { markNotificationRead: { __typename: 'Notification', id: 'n-2', readAt: '2026-05-04T09:00:00.000Z' } } },
        },
        countMock(0),
      ],
    );
    const list = await screen.findByRole('list', { name: 'Notifications, newest first' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const reply = within(items[0]!).getByRole('link');
    expect(reply).toHaveTextContent('Ana Popescu replied to a thread you wrote in on <i>B.2</i> Economic development');
    expect(reply.querySelector('i')).toBeNull();
    expect(within(items[0]!).getByText('Unread')).toBeInTheDocument();
    expect(within(items[1]!).queryByText('Unread')).toBeNull();
    expect(within(items[1]!).getByRole('link')).toHaveTextContent('Someone published the release Norland 2024.1');

    await userEvent.click(reply);
    expect(await screen.findByText('Section screen')).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/profiles/p-1/sections/s-2?thread=c-1');
  });

  it('marks all read and says how many', async () => {
    renderAt('/notifications', [{ path: '/notifications', element: <NotificationsPage /> }], [
      listMock([notification('n-1'), notification('n-2')], 2),
      { request: { query: MARK_ALL_NOTIFICATIONS_READ }, result: { data: { markAllNotificationsRead: 2 } } },
      countMock(0),
      listMock([notification('n-1', { readAt: '2026-05-04T09:00:00.000Z' }), notification('n-2', { readAt: '2026-05-04T09:00:00.000Z' })], 0),
    ]);
    // The button stays disabled until the list has said how many are unread; clicking it earlier does nothing.
    await screen.findByRole('list', { name: 'Notifications, newest first' });
    const markAll = screen.getByRole('button', { name: 'Mark all as read' });
    await waitFor(() => expect(markAll).toBeEnabled());
    await userEvent.click(markAll);
    expect(await screen.findByText('2 notifications marked as read.')).toBeInTheDocument();
  });

  it('says so when there is nothing to show', async () => {
    renderAt('/notifications', [{ path: '/notifications', element: <NotificationsPage /> }], [listMock([], 0)]);
    expect(await screen.findByRole('heading', { name: 'No notifications' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark all as read' })).toBeDisabled();
  });
});

describe('NotificationBell', () => {
  it('is a link to the centre whose name says how many are unread', async () => {
    renderAt('/my-work', [{ path: '/my-work', element: <NotificationBell /> }], [countMock(3)]);
    const bell = await screen.findByRole('link', { name: 'Notifications, 3 unread' });
    expect(bell).toHaveAttribute('href', '/notifications');
  });
});

describe('NotificationSettingsPage', () => {
  it('shows the current choice and saves a new one', async () => {
    renderAt('/notifications/settings', [{ path: '/notifications/settings', element: <NotificationSettingsPage /> }], [
      { request: { query: NOTIFICATION_PREFERENCES_QUERY }, result: { data: { notificationPreferences: { __typename: 'NotificationPreferences', email: 'IMMEDIATE' } } } },
      {
        request: { query: UPDATE_NOTIFICATION_PREFERENCES, variables: { email: 'DAILY_DIGEST' } },
        result: { data: { updateNotificationPreferences: { __typename: 'NotificationPreferences', email: 'DAILY_DIGEST' } } },
      },
    ]);
    const group = await screen.findByRole('radiogroup', { name: 'Email about my notifications' });
    expect(within(group).getByRole('radio', { name: 'As they happen' })).toBeChecked();
    await userEvent.click(within(group).getByRole('radio', { name: 'Once a day' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Your settings are saved.')).toBeInTheDocument();
  });
});
