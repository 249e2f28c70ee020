import { graphql } from '@mps/web-data-access';

export const UNREAD_NOTIFICATION_COUNT_QUERY = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NOTIFICATION_FIELDS = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    title
    link
    dueAt
    createdAt
    readAt
    workspaceId
    actor {
      id
      displayName
    }
  }
`);

export const NOTIFICATIONS_QUERY = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      nodes {
        id
        ...NotificationFields
      }
      hasNextPage
      endCursor
    }
    unreadNotificationCount
  }
`);

export const MARK_NOTIFICATION_READ = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const MARK_ALL_NOTIFICATIONS_READ = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const NOTIFICATION_PREFERENCES_QUERY = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      email
    }
  }
`);

export const UPDATE_NOTIFICATION_PREFERENCES = graphql(`
  mutation UpdateNotificationPreferences($email: EmailNotificationMode!) {
    updateNotificationPreferences(email: $email) {
      email
    }
  }
`);

export const NOTIFICATION_EVENTS_SUBSCRIPTION = graphql(`
  subscription NotificationEvents {
    notificationEvents {
      unreadCount
    }
  }
`);
