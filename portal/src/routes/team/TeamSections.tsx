import { EmptyState, ErrorState, Loading } from '../../components/States.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import type { Role } from '../../graphql/graphql.ts';
import { usePaginatedQuery } from '../../graphql/usePaginatedQuery.ts';
import { CUSTOMER_ROLES, STAFF_ROLES } from '../identity/roles.ts';
import { useViewer } from '../identity/viewer.ts';
import { InvitationsTable } from './InvitationsTable.tsx';
import { InviteForm, type InviteTarget } from './InviteForm.tsx';
import { MembersTable } from './MembersTable.tsx';
import { AccountInvitationsQuery, AccountMembersQuery, StaffInvitationsQuery, StaffMembersQuery } from './queries.ts';

const PAGE_SIZE = 25;

/** A team's three parts: who is in it, who is invited, and inviting someone new. */
export function TeamSections({
  accountId,
  canManage,
  target,
}: {
  accountId: string | null;
  canManage: boolean;
  target: InviteTarget;
}) {
  const viewer = useViewer();
  return (
    <>
      <section className="card" aria-labelledby="members-heading">
        <div className="card-header">
          <h2 id="members-heading">Members</h2>
          <p className="card-subtitle">
            {canManage ? 'Change a role with its menu, then Save.' : 'The people of this account and their roles.'}
          </p>
        </div>
        {accountId ? (
          <AccountMembers accountId={accountId} roleChoices={canManage ? CUSTOMER_ROLES : []} />
        ) : (
          <StaffMembers roleChoices={canManage ? STAFF_ROLES : []} />
        )}
      </section>
      {canManage && (
        <section className="card" aria-labelledby="invite-heading">
          <div className="card-header">
            <h2 id="invite-heading">Invite someone</h2>
            <p className="card-subtitle">They get an email with a link to choose their password.</p>
          </div>
          <InviteForm target={target} mailboxEnabled={viewer.mailboxEnabled} />
        </section>
      )}
      <section className="card" aria-labelledby="pending-heading">
        <div className="card-header">
          <h2 id="pending-heading">Pending invitations</h2>
          <p className="card-subtitle">Invitations not accepted yet. A newer invitation replaces an older one.</p>
        </div>
        {accountId ? (
          <AccountInvitations accountId={accountId} canRevoke={canManage} />
        ) : (
          <StaffInvitations canRevoke={canManage} />
        )}
      </section>
    </>
  );
}

function AccountMembers({ accountId, roleChoices }: { accountId: string; roleChoices: readonly Role[] }) {
  const viewer = useViewer();
  const list = usePaginatedQuery({
    query: AccountMembersQuery,
    variables: { accountId, first: PAGE_SIZE },
    select: (data) => (data.node?.__typename === 'Account' ? data.node.members : null),
    additionalTypenames: ['Membership'],
  });
  if (list.loading) return <Loading label="Loading members…" />;
  if (list.error && !list.nodes.length) {
    return <ErrorState error={list.error} title="Members could not be loaded" onRetry={list.retry} headingLevel={3} />;
  }
  if (!list.nodes.length) {
    return (
      <EmptyState title="No members yet" headingLevel={3} icon="👥">
        Invite the first people below.
      </EmptyState>
    );
  }
  return (
    <>
      <MembersTable members={list.nodes} caption="Members" roleChoices={roleChoices} viewerUserId={viewer.user.id} />
      <LoadMore
        shown={list.nodes.length}
        total={list.totalCount}
        hasNextPage={list.hasNextPage}
        loading={list.loadingMore}
        onLoadMore={list.loadMore}
        noun="members"
      />
    </>
  );
}

function StaffMembers({ roleChoices }: { roleChoices: readonly Role[] }) {
  const viewer = useViewer();
  const list = usePaginatedQuery({
    query: StaffMembersQuery,
    variables: { first: PAGE_SIZE },
    select: (data) => data.viewer?.staff,
    additionalTypenames: ['Membership'],
  });
  if (list.loading) return <Loading label="Loading the provider staff…" />;
  if (list.error && !list.nodes.length) {
    return (
      <ErrorState error={list.error} title="The staff could not be loaded" onRetry={list.retry} headingLevel={3} />
    );
  }
  return (
    <>
      <MembersTable
        members={list.nodes}
        caption="Provider staff"
        roleChoices={roleChoices}
        viewerUserId={viewer.user.id}
      />
      <LoadMore
        shown={list.nodes.length}
        total={list.totalCount}
        hasNextPage={list.hasNextPage}
        loading={list.loadingMore}
        onLoadMore={list.loadMore}
        noun="people"
      />
    </>
  );
}

function NoPendingInvitations() {
  return (
    <EmptyState title="No pending invitations" headingLevel={3} icon="✉">
      Everyone invited has joined, or no one has been invited yet.
    </EmptyState>
  );
}

function AccountInvitations({ accountId, canRevoke }: { accountId: string; canRevoke: boolean }) {
  const list = usePaginatedQuery({
    query: AccountInvitationsQuery,
    variables: { accountId, first: PAGE_SIZE },
    select: (data) => (data.node?.__typename === 'Account' ? data.node.invitations : null),
    additionalTypenames: ['Invitation'],
  });
  if (list.loading) return <Loading label="Loading invitations…" />;
  if (list.error && !list.nodes.length) {
    return (
      <ErrorState error={list.error} title="Invitations could not be loaded" onRetry={list.retry} headingLevel={3} />
    );
  }
  if (!list.nodes.length) return <NoPendingInvitations />;
  return (
    <>
      <InvitationsTable invitations={list.nodes} caption="Pending invitations" canRevoke={canRevoke} />
      <LoadMore
        shown={list.nodes.length}
        total={list.totalCount}
        hasNextPage={list.hasNextPage}
        loading={list.loadingMore}
        onLoadMore={list.loadMore}
        noun="invitations"
      />
    </>
  );
}

function StaffInvitations({ canRevoke }: { canRevoke: boolean }) {
  const list = usePaginatedQuery({
    query: StaffInvitationsQuery,
    variables: { first: PAGE_SIZE },
    select: (data) => data.viewer?.staffInvitations,
    additionalTypenames: ['Invitation'],
  });
  if (list.loading) return <Loading label="Loading invitations…" />;
  if (list.error && !list.nodes.length) {
    return (
      <ErrorState error={list.error} title="Invitations could not be loaded" onRetry={list.retry} headingLevel={3} />
    );
  }
  if (!list.nodes.length) return <NoPendingInvitations />;
  return (
    <>
      <InvitationsTable invitations={list.nodes} caption="Pending staff invitations" canRevoke={canRevoke} />
      <LoadMore
        shown={list.nodes.length}
        total={list.totalCount}
        hasNextPage={list.hasNextPage}
        loading={list.loadingMore}
        onLoadMore={list.loadMore}
        noun="invitations"
      />
    </>
  );
}
