import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading.tsx';
import { capabilitiesOf } from '../identity/roles.ts';
import { useViewer } from '../identity/viewer.ts';
import { AccountList } from './AccountList.tsx';
import { NotAvailable } from './NotAvailable.tsx';

/** Provider staff: every account they can see. */
export function AccountsPage() {
  const viewer = useViewer();
  const can = capabilitiesOf(viewer);
  if (!can.portfolio) return <NotAvailable title="Accounts" />;
  const newAccount = can.createAccounts ? (
    <Link to="/accounts/new" className="button button-primary">
      New account
    </Link>
  ) : undefined;
  return (
    <div className="page">
      <PageHeading
        title="Accounts"
        description={
          can.createAccounts ? 'Every customer account on Ascent.' : 'The customer accounts assigned to you.'
        }
        actions={newAccount}
      />
      <section className="card" aria-label="Account list">
        <AccountList caption="Accounts" emptyAction={newAccount} />
      </section>
    </div>
  );
}
