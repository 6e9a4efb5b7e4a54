import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Button } from '../../components/Button.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/States.tsx';
import { Time } from '../../components/Time.tsx';
import { useToast } from '../../components/Toast.tsx';
import { readFragment, type FragmentOf } from '../../graphql/graphql.ts';
import { usePaginatedQuery } from '../../graphql/usePaginatedQuery.ts';
import { MarkNotificationsReadMutation, NotificationItemFragment, NotificationsQuery } from './queries.ts';

const PAGE = 20;

/** /notifications: what Ascent told the viewer, newest first, unread marked. */
export function NotificationsPage() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const filterId = useId();
  const list = usePaginatedQuery({
    query: NotificationsQuery,
    variables: { first: PAGE, unreadOnly },
    select: (data) => data.viewer?.notifications,
    additionalTypenames: ['Notification'],
  });
  const [markState, markRead] = useMutation(MarkNotificationsReadMutation);
  const { notify } = useToast();
  const unread = list.data?.viewer?.unreadNotificationCount ?? 0;

  const markAll = async () => {
    const result = await markRead({ input: { all: true } }, { additionalTypenames: ['Notification'] });
    if (result.error || result.data?.markNotificationsRead.errors.length) {
      notify('Your notifications could not be marked read. Try again.', 'error');
    } else {
      notify('All notifications are marked read.');
    }
  };

  return (
    <div className="page">
      <PageHeading
        title="Notifications"
        description="What needs you, and what changed in the places you follow. Open one to act on it."
        actions={
          <Button variant="secondary" onClick={() => void markAll()} busy={markState.fetching} disabled={unread === 0}>
            Mark all read
          </Button>
        }
      />
      <div className="switch">
        <input
          id={filterId}
          type="checkbox"
          checked={unreadOnly}
          onChange={(event) => setUnreadOnly(event.target.checked)}
        />
        <label htmlFor={filterId}>Only unread ({unread})</label>
      </div>
      {list.loading ? (
        <Loading label="Loading notifications…" />
      ) : list.error && !list.nodes.length ? (
        <ErrorState error={list.error} title="Your notifications could not be loaded" onRetry={list.retry} />
      ) : !list.nodes.length ? (
        <EmptyState title={unreadOnly ? 'Nothing unread' : 'No notifications yet'} icon="🔔">
          {unreadOnly
            ? 'You have read everything. Clear the filter to see older notifications.'
            : 'When something needs you — a proposal to answer, a goal achieved, a step to take — it appears here.'}
        </EmptyState>
      ) : (
        <section aria-label="Notifications, newest first" className="stack">
          <ul className="notification-list">
            {list.nodes.map((node) => (
              <NotificationItem
                key={node.id}
                notification={node}
                onOpen={(id) => void markRead({ input: { ids: [id] } }, { additionalTypenames: ['Notification'] })}
              />
            ))}
          </ul>
          <LoadMore
            shown={list.nodes.length}
            total={list.totalCount}
            hasNextPage={list.hasNextPage}
            loading={list.loadingMore}
            onLoadMore={list.loadMore}
            noun="notifications"
          />
        </section>
      )}
    </div>
  );
}

function NotificationItem({
  notification: data,
  onOpen,
}: {
  notification: FragmentOf<typeof NotificationItemFragment>;
  onOpen: (id: string) => void;
}) {
  const notification = readFragment(NotificationItemFragment, data);
  const unread = notification.readAt === null;
  return (
    <li className="notification" data-unread={unread}>
      <span className="notification-dot" aria-hidden="true" />
      <div className="notification-text">
        <h2 className="notification-title">
          {unread && <span className="visually-hidden">Unread: </span>}
          {notification.link ? (
            <Link to={notification.link} onClick={() => unread && onOpen(notification.id)}>
              {notification.title}
            </Link>
          ) : (
            notification.title
          )}
        </h2>
        {notification.body && <p className="notification-body">{notification.body}</p>}
        <p className="muted small">
          {notification.account && <>{notification.account.name} · </>}
          <Time value={notification.createdAt} style="datetime" />
        </p>
      </div>
      {unread && (
        <Button variant="ghost" size="small" onClick={() => onOpen(notification.id)}>
          Mark read<span className="visually-hidden"> “{notification.title}”</span>
        </Button>
      )}
    </li>
  );
}
