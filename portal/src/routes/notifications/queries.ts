import { graphql } from '../../graphql/graphql.ts';

export const NotificationItemFragment = graphql(`
  fragment NotificationItem on Notification {
    id
    kind
    title
    body
    link
    createdAt
    readAt
    account {
      id
      name
    }
  }
`);

export const UnreadCountQuery = graphql(`
  query UnreadNotificationCount {
    viewer {
      unreadNotificationCount
    }
  }
`);

export const NotificationsQuery = graphql(
  `
    query Notifications($first: Int!, $after: String, $unreadOnly: Boolean) {
      viewer {
        unreadNotificationCount
        notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            ...NotificationItem
          }
        }
      }
    }
  `,
  [NotificationItemFragment],
);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      unreadCount
      notifications {
        id
        readAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
