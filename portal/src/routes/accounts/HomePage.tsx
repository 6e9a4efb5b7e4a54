import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ErrorState, Loading } from '../../components/States.tsx';
import { readFragment } from '../../graphql/graphql.ts';
import { SuccessPlanCard } from '../goals/SuccessPlanCard.tsx';
import { capabilitiesOf, COMING_AREAS, SUCCESS_AREAS } from '../identity/roles.ts';
import { useViewer } from '../identity/viewer.ts';
import { AccountDetailsView } from './AccountDetailsView.tsx';
import { AccountList } from './AccountList.tsx';
import { AccountDetailsFragment, MyAccountQuery } from './queries.ts';

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

export function HomePage() {
  const viewer = useViewer();
  return viewer.isProviderStaff ? <PortfolioHome /> : <AccountHome />;
}

/** Provider staff: the accounts they serve. */
function PortfolioHome() {
  const viewer = useViewer();
  const can = capabilitiesOf(viewer);
  return (
    <div className="page">
      <PageHeading
        eyebrow={`Welcome back, ${firstName(viewer.user.name)}`}
        title="Portfolio"
        description={
          can.createAccounts
            ? 'Every customer account. Open one to see its team, change log and details.'
            : 'The customer accounts assigned to you. Open one to see its team, change log and details.'
        }
        actions={
          can.createAccounts ? (
            <Link to="/accounts/new" className="button button-primary">
              New account
            </Link>
          ) : undefined
        }
      />
      <section className="card" aria-labelledby="accounts-heading">
        <div className="card-header">
          <h2 id="accounts-heading">{can.createAccounts ? 'All accounts' : 'Your accounts'}</h2>
        </div>
        <AccountList caption={can.createAccounts ? 'All accounts' : 'Your accounts'} />
      </section>
    </div>
  );
}

/** Customer users: their own account at a glance. */
function AccountHome() {
  const viewer = useViewer();
  const can = capabilitiesOf(viewer);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: MyAccountQuery });
  const accountData = data?.viewer?.account;

  if (!data && fetching) {
    return (
      <div className="page">
        <PageHeading title="Home" />
        <Loading label="Loading your account…" />
      </div>
    );
  }
  if (!accountData) {
    return (
      <div className="page">
        <PageHeading title="Home" />
        <ErrorState
          error={error}
          title="Your account could not be loaded"
          message={error ? undefined : 'You are not a member of an account. Ask your admin to invite you again.'}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  const account = readFragment(AccountDetailsFragment, accountData);
  return (
    <div className="page">
      <PageHeading
        eyebrow={`Welcome, ${firstName(viewer.user.name)}`}
        title={account.name}
        description="Your account at a glance: your success plan, your journey, and your team."
        actions={
          <>
            {can.manageTeam && (
              <Link to="/team" className="button button-secondary">
                Manage team
              </Link>
            )}
            <Link to="/goals" className="button button-primary">
              Goals
            </Link>
          </>
        }
      />
      <SuccessPlanCard
        scope={{ accountId: account.id, accountName: account.name, staff: false, base: '', outlet: null }}
      />
      <AccountDetailsView account={accountData} />
      <section className="card" aria-labelledby="areas-heading">
        <div className="card-header">
          <h2 id="areas-heading">Your success areas</h2>
          <p className="card-subtitle">
            Coming in later releases: {COMING_AREAS.map((area) => area.label.toLowerCase()).join(', ')}.
          </p>
        </div>
        <ul className="area-links">
          {SUCCESS_AREAS.map((area) => (
            <li key={area.to}>
              <Link to={area.to}>{area.label}</Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
