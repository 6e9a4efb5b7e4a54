import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { LoadMore } from '../../components/LoadMore.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/States.tsx';
import { Time } from '../../components/Time.tsx';
import { readFragment } from '../../graphql/graphql.ts';
import { usePaginatedQuery } from '../../graphql/usePaginatedQuery.ts';
import { PHASE_LABELS } from './labels.ts';
import { AccountSummaryFragment, AccountsQuery } from './queries.ts';

const PAGE_SIZE = 25;
const VARIABLES = { first: PAGE_SIZE };

/** The accounts the viewer serves, with a link to each account's pages. */
export function AccountList({ caption, emptyAction }: { caption: string; emptyAction?: ReactNode }) {
  const captionId = useId();
  const list = usePaginatedQuery({
    query: AccountsQuery,
    variables: VARIABLES,
    select: (data) => data.viewer?.accounts,
    additionalTypenames: ['Account'],
  });

  if (list.loading) return <Loading label="Loading accounts…" />;
  if (list.error && list.nodes.length === 0)
    return <ErrorState error={list.error} title="Accounts could not be loaded" onRetry={list.retry} />;
  if (list.nodes.length === 0) {
    return (
      <EmptyState title="No accounts yet" action={emptyAction}>
        Accounts you serve appear here once a provider admin creates them or assigns you as their CSM.
      </EmptyState>
    );
  }
  const accounts = list.nodes.map((node) => readFragment(AccountSummaryFragment, node));
  return (
    <div className="stack">
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table table-stack" role="table">
          <caption id={captionId} className="visually-hidden">
            {caption}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                Account
              </th>
              <th scope="col" role="columnheader">
                Journey phase
              </th>
              <th scope="col" role="columnheader">
                CSM
              </th>
              <th scope="col" role="columnheader">
                Renewal
              </th>
              <th scope="col" role="columnheader">
                Team
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {accounts.map((account) => (
              <tr role="row" key={account.id}>
                <th scope="row" role="rowheader" className="cell-primary">
                  <Link to={`/accounts/${encodeURIComponent(account.id)}`}>{account.name}</Link>
                </th>
                <td role="cell" data-label="Phase">
                  {PHASE_LABELS[account.journeyPhase]}
                </td>
                <td role="cell" data-label="CSM">
                  {account.csm?.name ?? <span className="muted">Not assigned</span>}
                </td>
                <td role="cell" data-label="Renewal" className="nowrap">
                  {account.renewalDate ? (
                    <Time value={account.renewalDate} style="day" />
                  ) : (
                    <span className="muted">Not set</span>
                  )}
                </td>
                <td role="cell" data-label="Team" className="nowrap">
                  {account.members.totalCount} {account.members.totalCount === 1 ? 'person' : 'people'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.error && (
        <ErrorState
          error={list.error}
          title="More accounts could not be loaded"
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
        noun="accounts"
      />
    </div>
  );
}
