import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Badge, type BadgeTone } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/States.tsx';
import { Time } from '../../components/Time.tsx';
import { graphql, readFragment, type FragmentOf, type MailStatus } from '../../graphql/graphql.ts';
import { usePaginatedQuery } from '../../graphql/usePaginatedQuery.ts';
import { NotAvailable } from '../accounts/NotAvailable.tsx';
import { capabilitiesOf } from '../identity/roles.ts';
import { useViewer } from '../identity/viewer.ts';
import { linkify } from './linkify.ts';

const MailMessageFragment = graphql(`
  fragment MailMessageItem on MailMessage {
    id
    toEmail
    subject
    bodyText
    status
    createdAt
    deliveredAt
  }
`);

const MailboxQuery = graphql(
  `
    query Mailbox($first: Int!, $after: String) {
      viewer {
        mailbox(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            ...MailMessageItem
          }
        }
      }
    }
  `,
  [MailMessageFragment],
);

const STATUS: Record<MailStatus, { label: string; tone: BadgeTone }> = {
  HELD: { label: 'Held in mailbox', tone: 'info' },
  PENDING: { label: 'Queued', tone: 'warning' },
  SENT: { label: 'Sent', tone: 'success' },
  FAILED: { label: 'Failed', tone: 'danger' },
};

const VARIABLES = { first: 20 };

/** The dev mailbox: messages Ascent would have emailed, kept here when no mail server is set. */
export function MailboxPage() {
  const viewer = useViewer();
  const can = capabilitiesOf(viewer);
  if (!can.mailbox) return <NotAvailable title="Mailbox" />;
  return (
    <div className="page">
      <PageHeading
        title="Mailbox"
        description="No email server is set up, so the messages Ascent sends — such as invitations — are kept here. Open one to read it and use its link."
      />
      <Messages />
    </div>
  );
}

function Messages() {
  const list = usePaginatedQuery({
    query: MailboxQuery,
    variables: VARIABLES,
    select: (data) => data.viewer?.mailbox,
    additionalTypenames: ['MailMessage'],
  });
  if (list.loading) return <Loading label="Loading messages…" />;
  if (list.error && !list.nodes.length) {
    return <ErrorState error={list.error} title="The mailbox could not be loaded" onRetry={list.retry} />;
  }
  if (!list.nodes.length) {
    return (
      <EmptyState title="No messages yet" icon="✉" action={<Link to="/team">Invite someone</Link>}>
        When you invite someone, the invitation email appears here.
      </EmptyState>
    );
  }
  return (
    <section aria-label="Messages, newest first" className="stack">
      <ul className="message-list">
        {list.nodes.map((node) => (
          <MessageItem key={node.id} message={node} />
        ))}
      </ul>
      {list.error && (
        <ErrorState
          error={list.error}
          title="More messages could not be loaded"
          onRetry={list.retry}
          headingLevel={3}
        />
      )}
      <LoadMore
        shown={list.nodes.length}
        total={list.totalCount}
        hasNextPage={list.hasNextPage}
        loading={list.loadingMore}
        onLoadMore={list.loadMore}
        noun="messages"
      />
    </section>
  );
}

function MessageItem({ message: data }: { message: FragmentOf<typeof MailMessageFragment> }) {
  const message = readFragment(MailMessageFragment, data);
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const status = STATUS[message.status];
  return (
    <li className="message">
      <div className="message-summary">
        <h2 className="message-subject">{message.subject}</h2>
        <p className="muted small">
          To <strong className="message-to">{message.toEmail}</strong> ·{' '}
          <Time value={message.createdAt} style="datetime" />
        </p>
        <div className="row">
          <Badge tone={status.tone}>{status.label}</Badge>
          <Button
            variant="ghost"
            size="small"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => setOpen((value) => !value)}
          >
            {open ? 'Hide message' : 'Show message'}
            <span className="visually-hidden"> “{message.subject}”</span>
          </Button>
        </div>
      </div>
      <div id={bodyId} hidden={!open}>
        <p className="message-body">
          {linkify(message.bodyText).map((part, index) =>
            part.kind === 'link' ? (
              <a key={index} href={part.href}>
                {part.text}
              </a>
            ) : (
              <span key={index}>{part.text}</span>
            ),
          )}
        </p>
      </div>
    </li>
  );
}
