import { Link } from 'react-router';
import { SuccessPlanCard } from '../goals/SuccessPlanCard.tsx';
import { capabilitiesOf } from '../identity/roles.ts';
import { useViewer } from '../identity/viewer.ts';
import { AccountDetailsView } from './AccountDetailsView.tsx';
import { AccountFrame, useAccount } from './AccountLayout.tsx';

export function AccountOverviewPage() {
  const account = useAccount();
  const can = capabilitiesOf(useViewer());
  return (
    <AccountFrame
      account={account}
      title={account.name}
      actions={
        can.editAccount ? (
          <Link to="edit" className="button button-secondary">
            Edit details
          </Link>
        ) : undefined
      }
    >
      <SuccessPlanCard
        scope={{
          accountId: account.id,
          accountName: account.name,
          staff: true,
          base: `/accounts/${encodeURIComponent(account.id)}`,
          outlet: account,
        }}
      />
      <AccountDetailsView account={account.details} />
    </AccountFrame>
  );
}
