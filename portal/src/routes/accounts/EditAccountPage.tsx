import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useToast } from '../../components/Toast.tsx';
import { errorMessage, mapUserErrors, type FormErrors } from '../../graphql/errors.ts';
import { readFragment, type VariablesOf } from '../../graphql/graphql.ts';
import { capabilitiesOf } from '../identity/roles.ts';
import { useViewer } from '../identity/viewer.ts';
import { ACCOUNT_FIELDS, AccountForm, type AccountField, type AccountFormValues } from './AccountForm.tsx';
import { AccountFrame, useAccount } from './AccountLayout.tsx';
import { AccountDetailsFragment, UpdateAccountMutation } from './queries.ts';

const NO_ERRORS: FormErrors<AccountField> = { fields: {}, form: [] };
type UpdateInput = VariablesOf<typeof UpdateAccountMutation>['input'];

/** Only the fields that changed, and only those the viewer may change. */
export function accountChanges(
  id: string,
  before: AccountFormValues,
  after: AccountFormValues,
  canEditNameAndCsm: boolean,
): UpdateInput | null {
  const input: UpdateInput = { id };
  let changed = false;
  if (canEditNameAndCsm && after.name !== before.name) {
    input.name = after.name;
    changed = true;
  }
  if (canEditNameAndCsm && after.csmId !== before.csmId) {
    input.csmId = after.csmId || null;
    changed = true;
  }
  if (after.journeyPhase !== before.journeyPhase) {
    input.journeyPhase = after.journeyPhase;
    changed = true;
  }
  if (after.renewalDate !== before.renewalDate) {
    input.renewalDate = after.renewalDate || null;
    changed = true;
  }
  return changed ? input : null;
}

export function EditAccountPage() {
  const outlet = useAccount();
  const can = capabilitiesOf(useViewer());
  const account = readFragment(AccountDetailsFragment, outlet.details);
  const [state, updateAccount] = useMutation(UpdateAccountMutation);
  const [errors, setErrors] = useState(NO_ERRORS);
  const { notify } = useToast();
  const navigate = useNavigate();
  const overview = `/accounts/${encodeURIComponent(outlet.id)}`;
  const initial: AccountFormValues = {
    name: account.name,
    journeyPhase: account.journeyPhase,
    csmId: account.csm?.id ?? '',
    renewalDate: account.renewalDate ?? '',
  };

  const onSubmit = async (values: AccountFormValues) => {
    const input = accountChanges(outlet.id, initial, values, can.editAccountNameAndCsm);
    if (!input) {
      notify('Nothing changed.');
      navigate(overview);
      return;
    }
    setErrors(NO_ERRORS);
    const result = await updateAccount({ input });
    if (result.error) return setErrors({ fields: {}, form: [errorMessage(result.error)] });
    const payload = result.data?.updateAccount;
    if (!payload?.account) return setErrors(mapUserErrors(payload?.errors ?? [], ACCOUNT_FIELDS));
    notify('The account details were saved.');
    navigate(overview);
  };

  return (
    <AccountFrame
      account={outlet}
      title="Edit details"
      description={
        can.editAccountNameAndCsm
          ? 'Change the name, journey phase, CSM or renewal date. Every change is recorded in the change log.'
          : 'As the account’s CSM you can change its journey phase and renewal date. Every change is recorded in the change log.'
      }
    >
      <section className="card" aria-label="Account details">
        {can.editAccount ? (
          <AccountForm
            initial={initial}
            canEditNameAndCsm={can.editAccountNameAndCsm}
            currentCsm={account.csm}
            submitLabel="Save changes"
            busyLabel="Saving…"
            busy={state.fetching}
            errors={errors}
            onSubmit={(values) => void onSubmit(values)}
            cancel={
              <Link to={overview} className="button button-ghost">
                Cancel
              </Link>
            }
          />
        ) : (
          <p>Only provider staff change account details.</p>
        )}
      </section>
    </AccountFrame>
  );
}
