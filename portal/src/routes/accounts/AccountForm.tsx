import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { Button } from '../../components/Button.tsx';
import { SelectField, TextField, type SelectOption } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import type { FormErrors } from '../../graphql/errors.ts';
import type { JourneyPhase } from '../../graphql/graphql.ts';
import { isJourneyPhase, phaseOptions } from './labels.ts';
import { CsmChoicesQuery } from './queries.ts';

export type AccountField = 'name' | 'journeyPhase' | 'csmId' | 'renewalDate';
export const ACCOUNT_FIELDS: AccountField[] = ['name', 'journeyPhase', 'csmId', 'renewalDate'];

export interface AccountFormValues {
  name: string;
  journeyPhase: JourneyPhase;
  /** The CSM's user id; '' for none. */
  csmId: string;
  /** YYYY-MM-DD, or '' for none. */
  renewalDate: string;
}

export interface AccountFormProps {
  initial: AccountFormValues;
  /** Provider admins name accounts and assign CSMs; CSMs change the phase and renewal only. */
  canEditNameAndCsm: boolean;
  /** The current CSM, listed even when not among the choices loaded. */
  currentCsm?: { id: string; name: string } | null;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  errors: FormErrors<AccountField>;
  onSubmit: (values: AccountFormValues) => void;
  cancel?: ReactNode;
}

export function AccountForm({
  initial,
  canEditNameAndCsm,
  currentCsm,
  submitLabel,
  busyLabel,
  busy,
  errors,
  onSubmit,
  cancel,
}: AccountFormProps) {
  const [values, setValues] = useState(initial);
  const [localErrors, setLocalErrors] = useState<Partial<Record<AccountField, string>>>({});
  const nameRef = useRef<HTMLInputElement>(null);
  const [csmResult] = useQuery({ query: CsmChoicesQuery, pause: !canEditNameAndCsm });

  const csmOptions: SelectOption[] = (csmResult.data?.viewer?.staff.nodes ?? [])
    .filter((membership) => membership.role === 'CSM')
    .map((membership) => ({ value: membership.user.id, label: membership.user.name }));
  if (currentCsm && !csmOptions.some((option) => option.value === currentCsm.id)) {
    csmOptions.unshift({ value: currentCsm.id, label: currentCsm.name });
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canEditNameAndCsm && !values.name.trim()) {
      setLocalErrors({ name: 'Enter the account name.' });
      nameRef.current?.focus();
      return;
    }
    setLocalErrors({});
    onSubmit({ ...values, name: values.name.trim() });
  };
  const fieldError = (field: AccountField) => localErrors[field] ?? errors.fields[field];

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormAlert title="The account was not saved" messages={errors.form} />
      {canEditNameAndCsm && (
        <TextField
          label="Account name"
          name="name"
          autoComplete="organization"
          value={values.name}
          onChange={(event) => setValues({ ...values, name: event.target.value })}
          error={fieldError('name')}
          inputRef={nameRef}
          maxLength={200}
          required
        />
      )}
      <div className="form-row">
        <SelectField
          label="Journey phase"
          name="journeyPhase"
          options={phaseOptions}
          value={values.journeyPhase}
          onChange={(event) => {
            if (isJourneyPhase(event.target.value)) setValues({ ...values, journeyPhase: event.target.value });
          }}
          hint="Where the customer is in its journey now."
          error={fieldError('journeyPhase')}
        />
        <TextField
          label="Renewal date"
          name="renewalDate"
          type="date"
          optional
          value={values.renewalDate}
          onChange={(event) => setValues({ ...values, renewalDate: event.target.value })}
          hint="Leave empty when there is none."
          error={fieldError('renewalDate')}
        />
      </div>
      {canEditNameAndCsm && (
        <SelectField
          label="Customer success manager"
          name="csmId"
          optional
          placeholder="No CSM yet"
          options={csmOptions}
          value={values.csmId}
          onChange={(event) => setValues({ ...values, csmId: event.target.value })}
          hint={
            csmResult.fetching && !csmResult.data
              ? 'Loading the CSMs…'
              : 'Only provider staff with the CSM role can be assigned.'
          }
          error={fieldError('csmId') ?? (csmResult.error ? 'The list of CSMs could not be loaded.' : undefined)}
        />
      )}
      <div className="form-actions">
        <Button type="submit" busy={busy}>
          {busy ? busyLabel : submitLabel}
        </Button>
        {cancel}
      </div>
    </form>
  );
}
