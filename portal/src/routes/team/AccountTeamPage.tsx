import { AccountFrame, useAccount } from '../accounts/AccountLayout.tsx';
import { capabilitiesOf } from '../identity/roles.ts';
import { useViewer } from '../identity/viewer.ts';
import { TeamSections } from './TeamSections.tsx';

/** /accounts/:id/team: one account's team, for provider staff. */
export function AccountTeamPage() {
  const account = useAccount();
  const can = capabilitiesOf(useViewer());
  return (
    <AccountFrame
      account={account}
      title="Team"
      description={
        can.manageTeam
          ? 'The account’s people and roles. Invite its first admin here; the admin then invites the rest.'
          : 'The account’s people and roles, and the invitations waiting for an answer.'
      }
    >
      <TeamSections
        accountId={account.id}
        canManage={can.manageTeam}
        target={{ kind: 'account', accountId: account.id, accountName: account.name }}
      />
    </AccountFrame>
  );
}
