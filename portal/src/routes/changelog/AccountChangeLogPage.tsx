import { AccountFrame, useAccount } from '../accounts/AccountLayout.tsx';
import { ChangeLogList } from './ChangeLogList.tsx';

/** /accounts/:id/changelog, for provider staff. */
export function AccountChangeLogPage() {
  const account = useAccount();
  return (
    <AccountFrame account={account} title="Change log" description="Every change to the account, newest first.">
      <ChangeLogList accountId={account.id} linkBase={`/accounts/${encodeURIComponent(account.id)}`} />
    </AccountFrame>
  );
}
