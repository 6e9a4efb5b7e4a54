import type { ReactNode } from 'react';
import { Link, NavLink, Navigate, Outlet, useOutletContext, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeading } from '../../components/PageHeading.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/States.tsx';
import { errorCode } from '../../graphql/errors.ts';
import type { FragmentOf } from '../../graphql/graphql.ts';
import { useViewer } from '../identity/viewer.ts';
import { AccountQuery, type AccountDetailsFragment } from './queries.ts';

export interface AccountOutlet {
  id: string;
  name: string;
  details: FragmentOf<typeof AccountDetailsFragment>;
}

/** Loads the account of /accounts/:accountId for its pages (provider staff). */
export function AccountLayout() {
  const { accountId = '' } = useParams();
  const viewer = useViewer();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AccountQuery,
    variables: { id: accountId },
    pause: !viewer.isProviderStaff,
  });
  // Customer users have one account: their home.
  if (!viewer.isProviderStaff) return <Navigate to="/" replace />;

  const node = data?.node;
  if (!data && fetching) {
    return (
      <div className="page">
        <PageHeading title="Account" />
        <Loading label="Loading the account…" />
      </div>
    );
  }
  if ((error && errorCode(error) === 'NOT_FOUND') || (data && node?.__typename !== 'Account')) {
    return (
      <div className="page">
        <PageHeading title="Account not found" />
        <EmptyState
          title="This account is not available"
          icon="?"
          action={<Link to="/accounts">See all accounts</Link>}
        >
          It may not exist, or it is not one of the accounts you serve.
        </EmptyState>
      </div>
    );
  }
  if (!node || node.__typename !== 'Account') {
    return (
      <div className="page">
        <PageHeading title="Account" />
        <ErrorState
          error={error}
          title="The account could not be loaded"
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  const outlet: AccountOutlet = { id: node.id, name: node.name, details: node };
  return <Outlet context={outlet} />;
}

export const useAccount = () => useOutletContext<AccountOutlet>();

export interface Crumb {
  to: string;
  label: string;
}

/** The frame of every page of one account: breadcrumb, heading, and the account's sections. */
export function AccountFrame({
  account,
  title,
  eyebrow,
  description,
  actions,
  trail = [],
  children,
}: {
  account: AccountOutlet;
  title: string;
  eyebrow?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Pages between the account and this one, e.g. Goals on a goal's page. */
  trail?: readonly Crumb[];
  children: ReactNode;
}) {
  const base = `/accounts/${encodeURIComponent(account.id)}`;
  const isOverview = title === account.name && trail.length === 0;
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link to="/accounts">Accounts</Link>
          </li>
          <li aria-current={isOverview ? 'page' : undefined}>
            {isOverview ? account.name : <Link to={base}>{account.name}</Link>}
          </li>
          {trail.map((crumb) => (
            <li key={crumb.to}>
              <Link to={crumb.to}>{crumb.label}</Link>
            </li>
          ))}
          {!isOverview && <li aria-current="page">{title}</li>}
        </ol>
      </nav>
      <PageHeading
        title={title}
        eyebrow={eyebrow ?? (isOverview ? 'Account' : undefined)}
        description={description}
        actions={actions}
      />
      <nav aria-label="Account sections">
        <ul className="subnav">
          <li>
            <NavLink to={base} end>
              Overview
            </NavLink>
          </li>
          <li>
            <NavLink to={`${base}/goals`}>Goals</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/stakeholders`}>Stakeholders</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/team`}>Team</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/changelog`}>Change log</NavLink>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
