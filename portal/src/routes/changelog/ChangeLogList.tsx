import { Link } from 'react-router';
import { Badge } from '../../components/Badge.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/States.tsx';
import { Time } from '../../components/Time.tsx';
import { graphql, readFragment, type FragmentOf } from '../../graphql/graphql.ts';
import { usePaginatedQuery } from '../../graphql/usePaginatedQuery.ts';
import { describeEntry } from './format.ts';

export const ChangeLogItemFragment = graphql(`
  fragment ChangeLogItem on ChangeLogEntry {
    id
    action
    actorName
    entityType
    entityId
    createdAt
    changes {
      field
      before
      after
    }
  }
`);

export const AccountChangeLogQuery = graphql(
  `
    query AccountChangeLog($accountId: ID!, $first: Int!, $after: String) {
      node(id: $accountId) {
        __typename
        ... on Account {
          id
          changeLog(first: $first, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              id
              ...ChangeLogItem
            }
          }
        }
      }
    }
  `,
  [ChangeLogItemFragment],
);

const PAGE_SIZE = 20;

const ICONS: Record<string, string> = {
  success: '✓',
  info: '✉',
  warning: '✕',
  neutral: '✎',
};

/**
 * An account's change log, newest first, a page at a time. `linkBase` is where the
 * account's pages start ('' for a customer, '/accounts/<id>' for staff): entries about a
 * goal link to it.
 */
export function ChangeLogList({ accountId, linkBase }: { accountId: string; linkBase: string }) {
  const list = usePaginatedQuery({
    query: AccountChangeLogQuery,
    variables: { accountId, first: PAGE_SIZE },
    select: (data) => (data.node?.__typename === 'Account' ? data.node.changeLog : null),
    additionalTypenames: ['ChangeLogEntry'],
  });
  if (list.loading) return <Loading label="Loading the change log…" />;
  if (list.error && !list.nodes.length) {
    return <ErrorState error={list.error} title="The change log could not be loaded" onRetry={list.retry} />;
  }
  if (!list.nodes.length) {
    return (
      <EmptyState title="No changes recorded yet" icon="✎">
        Every change to the account — its details, team, goals and stakeholders — is recorded here, with who made it and
        when.
      </EmptyState>
    );
  }
  return (
    <section className="card" aria-label="Changes, newest first">
      <ol className="timeline">
        {list.nodes.map((node) => (
          <ChangeLogItem key={node.id} entry={node} linkBase={linkBase} />
        ))}
      </ol>
      {list.error && (
        <ErrorState error={list.error} title="More changes could not be loaded" onRetry={list.retry} headingLevel={3} />
      )}
      <LoadMore
        shown={list.nodes.length}
        total={list.totalCount}
        hasNextPage={list.hasNextPage}
        loading={list.loadingMore}
        onLoadMore={list.loadMore}
        noun="entries"
      />
    </section>
  );
}

function ChangeLogItem({
  entry: data,
  linkBase,
}: {
  entry: FragmentOf<typeof ChangeLogItemFragment>;
  linkBase: string;
}) {
  const entry = readFragment(ChangeLogItemFragment, data);
  const shown = describeEntry(entry);
  return (
    <li className="timeline-item">
      <span className="timeline-icon" aria-hidden="true">
        {ICONS[shown.tone]}
      </span>
      <div>
        <div className="row">
          <Badge tone={shown.tone}>{shown.label}</Badge>
          <span className="timeline-meta">
            <Time value={entry.createdAt} style="relative" />
          </span>
        </div>
        <p className="timeline-title">{shown.summary}</p>
        {entry.entityType === 'Goal' && (
          <Link to={`${linkBase}/goals/${encodeURIComponent(entry.entityId)}`} className="small">
            Open the goal<span className="visually-hidden">: {shown.summary}</span>
          </Link>
        )}
        {shown.changes.length > 0 && (
          <ul className="changes" aria-label="Changed fields">
            {shown.changes.map((change) => (
              <li className="change" key={change.field}>
                <span className="change-field">{change.label}</span>
                {change.before !== null && (
                  <>
                    <del className="change-before">
                      <span className="visually-hidden">from </span>
                      {change.before}
                    </del>
                    <span aria-hidden="true">→</span>
                  </>
                )}
                {change.after !== null ? (
                  <ins className="change-after">
                    <span className="visually-hidden">{change.before !== null ? 'to ' : 'set to '}</span>
                    {change.after}
                  </ins>
                ) : (
                  <span className="muted">removed</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
