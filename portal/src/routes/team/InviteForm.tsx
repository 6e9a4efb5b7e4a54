import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button } from '../../components/Button.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useToast } from '../../components/Toast.tsx';
import { errorMessage, mapUserErrors, type FormErrors } from '../../graphql/errors.ts';
import type { Role } from '../../graphql/graphql.ts';
import { CUSTOMER_ROLES, isCustomerRole, isRole, ROLE_LABELS, STAFF_ROLES } from '../identity/roles.ts';
import { InviteAccountChoicesQuery, InviteUserMutation } from './queries.ts';

/** Where the invited person will belong. */
export type InviteTarget =
  /** A customer admin inviting to their own account. */
  | { kind: 'ownAccount' }
  /** A provider admin inviting to one account. */
  | { kind: 'account'; accountId: string; accountName: string }
  /** A provider admin inviting staff, or a customer user to an account they choose. */
  | { kind: 'provider' };

type Field = 'email' | 'role' | 'accountId';
const FIELDS: Field[] = ['email', 'role', 'accountId'];
const NO_ERRORS: FormErrors<Field> = { fields: {}, form: [] };

const ROLE_HINTS: Record<Role, string> = {
  CUSTOMER_ADMIN: 'Manages the account: team, invitations, change log.',
  CUSTOMER_MEMBER: 'Reads the account and takes part in its goals and learning.',
  CSM: 'Serves the accounts assigned to them.',
  PROVIDER_ADMIN: 'Sees and manages every account and the provider staff.',
};

export function InviteForm({ target, mailboxEnabled }: { target: InviteTarget; mailboxEnabled: boolean }) {
  const roles: readonly Role[] = target.kind === 'provider' ? [...STAFF_ROLES, ...CUSTOMER_ROLES] : CUSTOMER_ROLES;
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(target.kind === 'provider' ? 'CSM' : 'CUSTOMER_MEMBER');
  const [accountId, setAccountId] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const emailRef = useRef<HTMLInputElement>(null);
  const [state, inviteUser] = useMutation(InviteUserMutation);
  const { notify } = useToast();
  const choosesAccount = target.kind === 'provider' && isCustomerRole(role);
  const [accountsResult] = useQuery({ query: InviteAccountChoicesQuery, pause: !choosesAccount });
  const accountOptions = (accountsResult.data?.viewer?.accounts.nodes ?? []).map((account) => ({
    value: account.id,
    label: account.name,
  }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FormErrors<Field> = { fields: {}, form: [] };
    if (!email.trim()) local.fields.email = 'Enter the email address of the person to invite.';
    if (choosesAccount && !accountId) local.fields.accountId = 'Choose the account the person joins.';
    if (local.fields.email || local.fields.accountId) {
      setErrors(local);
      if (local.fields.email) emailRef.current?.focus();
      return;
    }
    setErrors(NO_ERRORS);
    const result = await inviteUser({
      input: {
        email: email.trim(),
        role,
        accountId: target.kind === 'account' ? target.accountId : choosesAccount ? accountId : null,
      },
    });
    if (result.error) return setErrors({ fields: {}, form: [errorMessage(result.error)] });
    const payload = result.data?.inviteUser;
    if (!payload?.invitation) {
      const mapped = mapUserErrors(payload?.errors ?? [], FIELDS);
      setErrors(mapped);
      if (mapped.fields.email) emailRef.current?.focus();
      return;
    }
    notify(
      `Invitation sent to ${payload.invitation.email}.${mailboxEnabled ? ' You can read it in the Mailbox.' : ''}`,
    );
    setEmail('');
    emailRef.current?.focus();
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Invite someone">
      <FormAlert title="The invitation was not sent" messages={errors.form} />
      <div className="form-row">
        <TextField
          label="Email address"
          name="email"
          type="email"
          autoComplete="off"
          inputMode="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.fields.email}
          inputRef={emailRef}
          required
        />
        <SelectField
          label="Role"
          name="role"
          options={roles.map((value) => ({ value, label: ROLE_LABELS[value] }))}
          value={role}
          onChange={(event) => {
            if (isRole(event.target.value)) setRole(event.target.value);
          }}
          hint={ROLE_HINTS[role]}
          error={errors.fields.role}
        />
      </div>
      {choosesAccount && (
        <SelectField
          label="Account"
          name="accountId"
          placeholder={accountsResult.fetching && !accountsResult.data ? 'Loading accounts…' : 'Choose an account'}
          options={accountOptions}
          value={accountId}
          onChange={(event) => setAccountId(event.target.value)}
          hint="Customer admins and members belong to one customer account."
          error={errors.fields.accountId ?? (accountsResult.error ? errorMessage(accountsResult.error) : undefined)}
        />
      )}
      <div className="form-actions">
        <Button type="submit" busy={state.fetching}>
          {state.fetching ? 'Sending…' : 'Send invitation'}
        </Button>
        {mailboxEnabled && (
          <p className="muted small">
            No email server is set up: invitations wait in the <Link to="/mailbox">Mailbox</Link>.
          </p>
        )}
      </div>
    </form>
  );
}
