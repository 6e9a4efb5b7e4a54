import { PageHeading } from '../../components/PageHeading.tsx';
import { NotAvailable } from '../accounts/NotAvailable.tsx';
import { capabilitiesOf } from '../identity/roles.ts';
import { useViewer } from '../identity/viewer.ts';
import { ChangeLogList } from './ChangeLogList.tsx';

/** /changelog: a customer admin's own account. Staff read each account's log on its page. */
export function ChangeLogPage() {
  const viewer = useViewer();
  const can = capabilitiesOf(viewer);
  if (!can.readChangeLog || !viewer.account) return <NotAvailable title="Change log" />;
  return (
    <div className="page">
      <PageHeading
        eyebrow={viewer.account.name}
        title="Change log"
        description="Every change to your account, newest first. Entries are never edited."
      />
      <ChangeLogList accountId={viewer.account.id} linkBase="" />
    </div>
  );
}
