import { PageHeading } from '../../components/PageHeading.tsx';
import { NotAvailable } from '../accounts/NotAvailable.tsx';
import { capabilitiesOf } from '../identity/roles.ts';
import { useViewer } from '../identity/viewer.ts';
import { TeamSections } from './TeamSections.tsx';

/** /team: a customer admin's own team, or a provider admin's staff. */
export function TeamPage() {
  const viewer = useViewer();
  const can = capabilitiesOf(viewer);
  if (viewer.role === 'CUSTOMER_ADMIN' && viewer.account) {
    return (
      <div className="page">
        <PageHeading
          eyebrow={viewer.account.name}
          title="Team"
          description="The people of your account, their roles, and the invitations waiting for an answer."
        />
        <TeamSections accountId={viewer.account.id} canManage target={{ kind: 'ownAccount' }} />
      </div>
    );
  }
  if (can.manageStaff) {
    return (
      <div className="page">
        <PageHeading
          eyebrow="Provider"
          title="Team"
          description="Your provider staff: CSMs and provider admins. Invite staff here, or a customer account’s first admin."
        />
        <TeamSections accountId={null} canManage target={{ kind: 'provider' }} />
      </div>
    );
  }
  return <NotAvailable title="Team" />;
}
