import type { ReactNode } from 'react';
import { Link, useOutletContext } from 'react-router';
import { useQuery } from 'urql';
import { PageHeading } from '../../components/PageHeading.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/States.tsx';
import { useViewer } from '../identity/viewer.ts';
import { AccountFrame, type AccountOutlet, type Crumb } from './AccountLayout.tsx';
import { NotAvailable } from './NotAvailable.tsx';
import { AccountChoicesQuery } from './queries.ts';

/** The account a page is about, and how to reach its other pages. */
export interface AccountScope {
  accountId: string;
  accountName: string;
  /** Provider staff looking at a customer's account (under /accounts/:accountId). */
  staff: boolean;
  /** Where the account's pages start: '' for a customer's own, '/accounts/<id>' for staff. */
  base: string;
  outlet: AccountOutlet | null;
}

/**
 * Customer users: their own account. Provider staff: the account of /accounts/:accountId,
 * or null on a page outside one (they then choose an account).
 */
export function useAccountScope(): AccountScope | null {
  const viewer = useViewer();
  const outlet = useOutletContext<AccountOutlet | undefined>();
  if (viewer.isProviderStaff) {
    if (!outlet) return null;
    return {
      accountId: outlet.id,
      accountName: outlet.name,
      staff: true,
      base: `/accounts/${encodeURIComponent(outlet.id)}`,
      outlet,
    };
  }
  if (!viewer.account) return null;
  return { accountId: viewer.account.id, accountName: viewer.account.name, staff: false, base: '', outlet: null };
}

export const goalsPath = (scope: AccountScope) => `${scope.base}/goals`;
export const goalPath = (scope: AccountScope, goalId: string) => `${scope.base}/goals/${encodeURIComponent(goalId)}`;
export const stakeholdersPath = (scope: AccountScope) => `${scope.base}/stakeholders`;

export interface ScopeFrameProps {
  scope: AccountScope;
  title: string;
  eyebrow?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Pages above this one, after the account, e.g. Goals on a goal's page. */
  trail?: readonly Crumb[];
  children: ReactNode;
}

/** A page of one account: in the account's frame for staff, as a plain page for customers. */
export function ScopeFrame({ scope, title, eyebrow, description, actions, trail = [], children }: ScopeFrameProps) {
  if (scope.outlet) {
    return (
      <AccountFrame
        account={scope.outlet}
        title={title}
        eyebrow={eyebrow}
        description={description}
        actions={actions}
        trail={trail}
      >
        {children}
      </AccountFrame>
    );
  }
  return (
    <div className="page">
      {trail.length > 0 && (
        <nav aria-label="Breadcrumb" className="breadcrumbs">
          <ol>
            {trail.map((crumb) => (
              <li key={crumb.to}>
                <Link to={crumb.to}>{crumb.label}</Link>
              </li>
            ))}
            <li aria-current="page">{title}</li>
          </ol>
        </nav>
      )}
      <PageHeading title={title} eyebrow={eyebrow ?? scope.accountName} description={description} actions={actions} />
      {children}
    </div>
  );
}

/** Provider staff on an area outside an account: they choose the account first. */
export function AccountChooser({
  title,
  section,
  description,
  hint,
}: {
  title: string;
  /** The account's page to open, e.g. "goals". */
  section: string;
  description: string;
  /** A line under "Choose an account". */
  hint: string;
}) {
  const viewer = useViewer();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AccountChoicesQuery,
    pause: !viewer.isProviderStaff,
  });
  if (!viewer.isProviderStaff) return <NotAvailable title={title} />;
  const accounts = data?.viewer?.accounts.nodes ?? [];
  let body: ReactNode;
  if (!data && fetching) body = <Loading label="Loading your accounts…" />;
  else if (!data) {
    body = (
      <ErrorState
        error={error}
        title="Your accounts could not be loaded"
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        headingLevel={3}
      />
    );
  } else if (accounts.length === 0) {
    body = (
      <EmptyState title="No accounts yet" headingLevel={3} icon="▦">
        When an account is assigned to you, you can open it here.
      </EmptyState>
    );
  } else {
    body = (
      <ul className="area-links">
        {accounts.map((account) => (
          <li key={account.id}>
            <Link to={`/accounts/${encodeURIComponent(account.id)}/${section}`}>{account.name}</Link>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div className="page">
      <PageHeading eyebrow="Provider" title={title} description={description} />
      <section className="card" aria-labelledby="choose-account-heading">
        <div className="card-header">
          <h2 id="choose-account-heading">Choose an account</h2>
          <p className="card-subtitle">{hint}</p>
        </div>
        {body}
      </section>
    </div>
  );
}
