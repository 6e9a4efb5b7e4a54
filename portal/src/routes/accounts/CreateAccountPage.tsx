import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useToast } from '../../components/Toast.tsx';
import { errorMessage, mapUserErrors, type FormErrors } from '../../graphql/errors.ts';
import { capabilitiesOf } from '../identity/roles.ts';
import { useViewer } from '../identity/viewer.ts';
import { ACCOUNT_FIELDS, AccountForm, type AccountField, type AccountFormValues } from './AccountForm.tsx';
import { NotAvailable } from './NotAvailable.tsx';
import { CreateAccountMutation } from './queries.ts';

const EMPTY: AccountFormValues = { name: '', journeyPhase: 'TRIGGER', csmId: '', renewalDate: '' };
const NO_ERRORS: FormErrors<AccountField> = { fields: {}, form: [] };

export function CreateAccountPage() {
  const viewer = useViewer();
  const [state, createAccount] = useMutation(CreateAccountMutation);
  const [errors, setErrors] = useState(NO_ERRORS);
  const { notify } = useToast();
  const navigate = useNavigate();
  if (!capabilitiesOf(viewer).createAccounts) return <NotAvailable title="New account" />;

  const onSubmit = async (values: AccountFormValues) => {
    setErrors(NO_ERRORS);
    const result = await createAccount({
      input: {
        name: values.name,
        journeyPhase: values.journeyPhase,
        csmId: values.csmId || null,
        renewalDate: values.renewalDate || null,
      },
    });
    if (result.error) return setErrors({ fields: {}, form: [errorMessage(result.error)] });
    const payload = result.data?.createAccount;
    if (!payload?.account) return setErrors(mapUserErrors(payload?.errors ?? [], ACCOUNT_FIELDS));
    notify(`${payload.account.name} was created.`);
    navigate(`/accounts/${encodeURIComponent(payload.account.id)}`);
  };

  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link to="/accounts">Accounts</Link>
          </li>
          <li aria-current="page">New account</li>
        </ol>
      </nav>
      <PageHeading
        title="New account"
        description="Add a customer account. Then invite its first admin from the account's Team page."
      />
      <section className="card" aria-label="Account details">
        <AccountForm
          initial={EMPTY}
          canEditNameAndCsm
          submitLabel="Create account"
          busyLabel="Creating…"
          busy={state.fetching}
          errors={errors}
          onSubmit={(values) => void onSubmit(values)}
          cancel={
            <Link to="/accounts" className="button button-ghost">
              Cancel
            </Link>
          }
        />
      </section>
    </div>
  );
}
