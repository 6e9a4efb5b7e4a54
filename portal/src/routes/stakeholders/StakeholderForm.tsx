import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { Button } from '../../components/Button.tsx';
import { CheckboxGroup, RadioGroup } from '../../components/ChoiceGroup.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import type { FormErrors } from '../../graphql/errors.ts';
import type { StakeholderCentre, StakeholderGroup } from '../../graphql/graphql.ts';
import {
  CENTRE_HINTS,
  CENTRE_LABELS,
  GROUP_HINTS,
  GROUP_LABELS,
  INFLUENCE_LABELS,
  INFLUENCE_LEVELS,
  isStakeholderGroup,
  STAKEHOLDER_CENTRES,
  STAKEHOLDER_GROUPS,
} from './labels.ts';
import { LinkableUsersQuery } from './queries.ts';

export type StakeholderField = 'name' | 'title' | 'group' | 'centres' | 'influence' | 'userId';
export const STAKEHOLDER_FIELDS: StakeholderField[] = ['name', 'title', 'group', 'centres', 'influence', 'userId'];

export interface StakeholderFormValues {
  name: string;
  title: string;
  group: StakeholderGroup | '';
  centres: StakeholderCentre[];
  /** '1'…'5', or '' before one is chosen. */
  influence: string;
  /** The linked user's id; '' for none. */
  userId: string;
}

export const EMPTY_STAKEHOLDER: StakeholderFormValues = {
  name: '',
  title: '',
  group: '',
  centres: [],
  influence: '',
  userId: '',
};

export function validateStakeholder(values: StakeholderFormValues): FormErrors<StakeholderField> | null {
  const fields: Partial<Record<StakeholderField, string>> = {};
  if (!values.name.trim()) fields.name = 'Enter the person’s name.';
  if (!values.group) fields.group = 'Choose the group the person belongs to.';
  if (values.centres.length === 0) fields.centres = 'Choose buying, usage, or both.';
  if (!values.influence) fields.influence = 'Choose how much say the person has.';
  return Object.keys(fields).length ? { fields, form: [] } : null;
}

export interface StakeholderFormProps {
  initial: StakeholderFormValues;
  /** Customer admins link a stakeholder to a user of the account. */
  accountIdForUsers: string | null;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  errors: FormErrors<StakeholderField>;
  onSubmit: (values: StakeholderFormValues) => void;
  cancel?: ReactNode;
  notice?: ReactNode;
  idPrefix: string;
}

export function StakeholderForm({
  initial,
  accountIdForUsers,
  submitLabel,
  busyLabel,
  busy,
  errors,
  onSubmit,
  cancel,
  notice,
  idPrefix,
}: StakeholderFormProps) {
  const [values, setValues] = useState(initial);
  const [local, setLocal] = useState<FormErrors<StakeholderField> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [users] = useQuery({
    query: LinkableUsersQuery,
    variables: { accountId: accountIdForUsers ?? '' },
    pause: !accountIdForUsers,
  });
  const shown = local ?? errors;
  const set = (changes: Partial<StakeholderFormValues>) => setValues((current) => ({ ...current, ...changes }));
  const userOptions = (users.data?.node?.__typename === 'Account' ? users.data.node.members.nodes : []).map(
    (member) => ({ value: member.user.id, label: `${member.user.name} (${member.user.email})` }),
  );

  useEffect(() => {
    if (shown.form.length === 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [shown]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = validateStakeholder(values);
    setLocal(problems);
    if (!problems) onSubmit(values);
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-busy={busy || undefined}>
      {notice}
      <FormAlert title="The stakeholder was not saved" messages={shown.form} />
      <div className="form-row">
        <TextField
          label="Name"
          name={`${idPrefix}-name`}
          value={values.name}
          onChange={(event) => set({ name: event.target.value })}
          error={shown.fields.name}
          maxLength={200}
          autoComplete="off"
          required
        />
        <TextField
          label="Job title"
          name={`${idPrefix}-title`}
          optional
          value={values.title}
          onChange={(event) => set({ title: event.target.value })}
          hint="Or their role in words, e.g. “Head of dispatch”."
          error={shown.fields.title}
          maxLength={200}
          autoComplete="off"
        />
      </div>
      <div className="form-row">
        <SelectField
          label="Group"
          name={`${idPrefix}-group`}
          placeholder="Choose a group"
          options={STAKEHOLDER_GROUPS.map((group) => ({ value: group, label: GROUP_LABELS[group] }))}
          value={values.group}
          onChange={(event) => set({ group: isStakeholderGroup(event.target.value) ? event.target.value : '' })}
          hint={values.group ? GROUP_HINTS[values.group] : 'Where the person stands in relation to what you bought.'}
          error={shown.fields.group}
        />
        {accountIdForUsers && (
          <SelectField
            label="Linked user"
            name={`${idPrefix}-user`}
            optional
            placeholder={users.fetching && !users.data ? 'Loading the team…' : 'Not a user of Ascent'}
            options={userOptions}
            value={values.userId}
            onChange={(event) => set({ userId: event.target.value })}
            hint="Link the person when they sign in to Ascent: they then endorse and own goals as themselves."
            error={shown.fields.userId}
          />
        )}
      </div>
      <CheckboxGroup
        legend="Part in buying or using"
        name={`${idPrefix}-centres`}
        inline
        choices={STAKEHOLDER_CENTRES.map((centre) => ({
          value: centre,
          label: CENTRE_LABELS[centre],
          description: CENTRE_HINTS[centre],
        }))}
        values={values.centres}
        onChange={(centres) => set({ centres })}
        error={shown.fields.centres}
      />
      <RadioGroup
        legend="Influence on decisions"
        name={`${idPrefix}-influence`}
        inline
        compact
        choices={INFLUENCE_LEVELS.map((level) => ({
          value: String(level),
          label: `${level} · ${INFLUENCE_LABELS[level]}`,
        }))}
        value={values.influence}
        onChange={(influence) => set({ influence })}
        error={shown.fields.influence}
      />
      <div className="form-actions">
        <Button type="submit" busy={busy}>
          {busy ? busyLabel : submitLabel}
        </Button>
        {cancel}
      </div>
    </form>
  );
}
