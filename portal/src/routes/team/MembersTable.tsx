import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Badge } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { Time } from '../../components/Time.tsx';
import { useToast } from '../../components/Toast.tsx';
import { errorMessage, mapUserErrors } from '../../graphql/errors.ts';
import { readFragment, type FragmentOf, type Role } from '../../graphql/graphql.ts';
import { isRole, ROLE_LABELS } from '../identity/roles.ts';
import { MemberFragment, UpdateMembershipMutation } from './queries.ts';

export interface MembersTableProps {
  members: ReadonlyArray<FragmentOf<typeof MemberFragment>>;
  caption: string;
  /** The roles an admin may give here; none means the roles are read-only. */
  roleChoices: readonly Role[];
  viewerUserId: string;
}

/** The people of a team and their roles; admins change roles row by row. */
export function MembersTable({ members, caption, roleChoices, viewerUserId }: MembersTableProps) {
  const captionId = useId();
  const canChange = roleChoices.length > 0;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table table-stack" role="table">
        <caption id={captionId} className="visually-hidden">
          {caption}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Name
            </th>
            <th scope="col" role="columnheader">
              Email
            </th>
            <th scope="col" role="columnheader">
              Role
            </th>
            <th scope="col" role="columnheader">
              Joined
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {members.map((data) => {
            const member = readFragment(MemberFragment, data);
            const isYou = member.user.id === viewerUserId;
            return (
              <tr role="row" key={member.id}>
                <th scope="row" role="rowheader" className="cell-primary">
                  {member.user.name}
                  {isYou && (
                    <>
                      {' '}
                      <Badge tone="info">You</Badge>
                    </>
                  )}
                </th>
                <td role="cell" data-label="Email">
                  {member.user.email}
                </td>
                <td role="cell" data-label="Role">
                  {canChange ? (
                    <RoleChanger
                      key={`${member.id}:${member.role}`}
                      membershipId={member.id}
                      personName={member.user.name}
                      role={member.role}
                      choices={roleChoices}
                    />
                  ) : (
                    ROLE_LABELS[member.role]
                  )}
                </td>
                <td role="cell" data-label="Joined" className="nowrap">
                  <Time value={member.createdAt} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A role select with its own Save button: nothing changes until the admin confirms. */
function RoleChanger({
  membershipId,
  personName,
  role,
  choices,
}: {
  membershipId: string;
  personName: string;
  role: Role;
  choices: readonly Role[];
}) {
  const id = useId();
  const [selected, setSelected] = useState<Role>(role);
  const [error, setError] = useState<string | undefined>();
  const [state, updateMembership] = useMutation(UpdateMembershipMutation);
  const { notify } = useToast();
  const options = choices.includes(role) ? choices : [role, ...choices];

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (selected === role) return;
    setError(undefined);
    const result = await updateMembership({ input: { id: membershipId, role: selected } });
    if (result.error) return setError(errorMessage(result.error));
    const payload = result.data?.updateMembership;
    if (!payload?.membership) {
      const mapped = mapUserErrors(payload?.errors ?? [], ['role'] as const);
      return setError([mapped.fields.role, ...mapped.form].filter(Boolean).join(' '));
    }
    notify(`${personName} is now ${ROLE_LABELS[selected]}.`);
  };

  return (
    <form className="role-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <label htmlFor={`${id}-role`} className="visually-hidden">
        Role of {personName}
      </label>
      <select
        id={`${id}-role`}
        className="select"
        value={selected}
        onChange={(event) => {
          if (isRole(event.target.value)) setSelected(event.target.value);
          setError(undefined);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {options.map((choice) => (
          <option key={choice} value={choice}>
            {ROLE_LABELS[choice]}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" size="small" busy={state.fetching} disabled={selected === role}>
        Save<span className="visually-hidden"> role of {personName}</span>
      </Button>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          <span aria-hidden="true">⚠</span>
          <span>{error}</span>
        </p>
      )}
    </form>
  );
}
