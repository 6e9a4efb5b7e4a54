import { useEffect } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { UnreadCountQuery } from './queries.ts';

/** How often the bell asks for news while the page is open. */
const REFRESH_MS = 30_000;
const CONTEXT = { additionalTypenames: ['Notification'] };

/** The header's bell: a link to the notifications, with the unread count. */
export function NotificationBell() {
  const [{ data }, reexecute] = useQuery({ query: UnreadCountQuery, context: CONTEXT });
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') reexecute({ requestPolicy: 'network-only' });
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reexecute]);
  const unread = data?.viewer?.unreadNotificationCount ?? 0;
  const label = unread === 0 ? 'Notifications' : `Notifications, ${unread} unread`;
  return (
    <Link to="/notifications" className="bell" aria-label={label} title={label}>
      <svg
        width="20"
        height="20"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        aria-hidden="true"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span className="bell-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
