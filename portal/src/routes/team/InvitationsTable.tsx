import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { Button } from '../../components/Button.tsx';
import { Time } from '../../components/Time.tsx';
import { useToast } from '../../components/Toast.tsx';
import { errorMessage } from '../../graphql/errors.ts';
import { readFragment, type FragmentOf } from '../../graphql/graphql.ts';
import { ROLE_LABELS } from '../identity/roles.ts';
import { InvitationRowFragment, RevokeInvitationMutation } from './queries.ts';

export interface InvitationsTableProps {
  invitations: ReadonlyArray<FragmentOf<typeof InvitationRowFragment>>;
  caption: string;
  canRevoke: boolean;
  /** Shows each invitation's account (the provider's list mixes staff and customers). */
  showAccount?: boolean;
}

/** Invitations still waiting to be accepted; admins can withdraw them. */
export function InvitationsTable({ invitations, caption, canRevoke, showAccount = false }: InvitationsTableProps) {
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table table-stack" role="table">
        <caption id={captionId} className="visually-hidden">
          {caption}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Email
            </th>
            <th scope="col" role="columnheader">
              Role
            </th>
            {showAccount && (
              <th scope="col" role="columnheader">
                Account
              </th>
            )}
            <th scope="col" role="columnheader">
              Invited by
            </th>
            <th scope="col" role="columnheader">
              Expires
            </th>
            {canRevoke && (
              <th scope="col" role="columnheader">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {invitations.map((data) => {
            const invitation = readFragment(InvitationRowFragment, data);
            return (
              <tr role="row" key={invitation.id}>
                <th scope="row" role="rowheader" className="cell-primary">
                  {invitation.email}
                </th>
                <td role="cell" data-label="Role">
                  {ROLE_LABELS[invitation.role]}
                </td>
                {showAccount && (
                  <td role="cell" data-label="Account">
                    {invitation.account?.name ?? 'Provider staff'}
                  </td>
                )}
                <td role="cell" data-label="Invited by">
                  <span>
                    {invitation.invitedByName}
                    <br />
                    <span className="muted">
                      <Time value={invitation.createdAt} style="relative" />
                    </span>
                  </span>
                </td>
                <td role="cell" data-label="Expires" className="nowrap">
                  <Time value={invitation.expiresAt} />
                </td>
                {canRevoke && (
                  <td role="cell">
                    <RevokeButton invitationId={invitation.id} email={invitation.email} />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function RevokeButton({ invitationId, email }: { invitationId: string; email: string }) {
  const [state, revokeInvitation] = useMutation(RevokeInvitationMutation);
  const [confirming, setConfirming] = useState(false);
  const { notify } = useToast();

  const revoke = async () => {
    const result = await revokeInvitation({ input: { id: invitationId } });
    setConfirming(false);
    if (result.error) return notify(errorMessage(result.error), 'error');
    const payload = result.data?.revokeInvitation;
    if (!payload?.invitation) {
      return notify(payload?.errors[0]?.message ?? 'The invitation could not be revoked.', 'error');
    }
    notify(`The invitation for ${email} was revoked. Its link no longer works.`);
  };

  if (!confirming) {
    return (
      <Button variant="danger" size="small" onClick={() => setConfirming(true)}>
        Revoke<span className="visually-hidden"> invitation for {email}</span>
      </Button>
    );
  }
  return (
    <div className="row" role="group" aria-label={`Revoke the invitation for ${email}?`}>
      <Button variant="danger" size="small" busy={state.fetching} onClick={() => void revoke()} autoFocus>
        Confirm revoke<span className="visually-hidden"> invitation for {email}</span>
      </Button>
      <Button variant="ghost" size="small" onClick={() => setConfirming(false)} disabled={state.fetching}>
        Keep
      </Button>
    </div>
  );
}
