import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/States.tsx';
import { StaleNotice } from '../../components/StaleNotice.tsx';
import { useToast } from '../../components/Toast.tsx';
import { errorCode, errorMessage, mapUserErrors, type FormErrors } from '../../graphql/errors.ts';
import { usePaginatedQuery } from '../../graphql/usePaginatedQuery.ts';
import { AccountChooser, ScopeFrame, useAccountScope, type AccountScope } from '../accounts/scope.tsx';
import { useViewer } from '../identity/viewer.ts';
import { stakeholderChanges, stakeholderValues } from './changes.ts';
import { PersonCard } from './PersonCard.tsx';
import {
  StakeholderForm,
  STAKEHOLDER_FIELDS,
  EMPTY_STAKEHOLDER,
  type StakeholderField,
  type StakeholderFormValues,
} from './StakeholderForm.tsx';
import { StakeholderMap } from './StakeholderMap.tsx';
import {
  CreateStakeholderMutation,
  StakeholdersQuery,
  UpdateStakeholderMutation,
  type StakeholderCard,
} from './queries.ts';

const PAGE_SIZE = 50;
const NO_ERRORS: FormErrors<StakeholderField> = { fields: {}, form: [] };

/** /stakeholders for customer users; /accounts/:accountId/stakeholders for provider staff. */
export function StakeholdersPage() {
  const scope = useAccountScope();
  if (!scope) {
    return (
      <AccountChooser
        title="Stakeholders"
        section="stakeholders"
        description="The people at each customer whose goals matter. Open an account to see its stakeholders."
        hint="You suggest stakeholders; the customer’s admin accepts them."
      />
    );
  }
  return <Stakeholders scope={scope} />;
}

function Stakeholders({ scope }: { scope: AccountScope }) {
  const viewer = useViewer();
  const manage = !scope.staff && viewer.role === 'CUSTOMER_ADMIN';
  return (
    <ScopeFrame
      scope={scope}
      title="Stakeholders"
      description={
        scope.staff
          ? 'The people at the customer whose goals matter: who buys, who uses, and how much say each one has. Suggest someone the customer may have missed.'
          : 'The people whose goals matter: who buys, who uses, and how much say each one has. Collective goals are backed by their endorsements.'
      }
    >
      <StakeholdersView scope={scope} manage={manage} />
    </ScopeFrame>
  );
}

function StakeholdersView({ scope, manage }: { scope: AccountScope; manage: boolean }) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const list = usePaginatedQuery({
    query: StakeholdersQuery,
    variables: { accountId: scope.accountId, first: PAGE_SIZE },
    select: (data) => (data.node?.__typename === 'Account' ? data.node.stakeholders : null),
    additionalTypenames: ['Stakeholder', 'Goal', 'GoalEndorsement'],
  });
  const people = list.nodes;
  const suggested = people.filter((person) => person.status === 'PROPOSED');
  const active = people.filter((person) => person.status === 'ACTIVE');
  const declined = people.filter((person) => person.status === 'DECLINED');
  const onMap = [...active, ...(manage || scope.staff ? suggested : [])];
  const editing = people.find((person) => person.id === editingId) ?? null;

  let body;
  if (list.loading) body = <Loading label="Loading the stakeholders…" />;
  else if (list.error && !people.length) {
    body = <ErrorState error={list.error} title="The stakeholders could not be loaded" onRetry={list.retry} />;
  } else if (!active.length && !suggested.length) {
    body = (
      <EmptyState title="No stakeholders yet" icon="◇">
        {manage
          ? 'Add the people whose goals matter: those who decide, those who buy and those who use. Start below.'
          : scope.staff
            ? 'Suggest the first stakeholders below; the customer’s admin accepts them.'
            : 'Your admin adds the people whose goals matter here.'}
      </EmptyState>
    );
  } else {
    body = (
      <>
        {suggested.length > 0 && (manage || scope.staff) && (
          <PeopleSection
            title={manage ? 'Suggestions waiting for you' : 'Suggestions waiting for the customer'}
            subtitle={
              manage
                ? 'Your customer success manager suggested these people. Accept them, or decline with a reason.'
                : 'Suggested people join the account’s stakeholders when its admin accepts them.'
            }
            highlight
            people={suggested}
            scope={scope}
            manage={manage}
            onEdit={(person) => setEditingId(person.id)}
          />
        )}
        <MapSection people={onMap} />
        <PeopleSection
          title="People"
          subtitle={`${active.length} ${active.length === 1 ? 'stakeholder' : 'stakeholders'}, with the goals they own and endorse.`}
          people={active}
          scope={scope}
          manage={manage}
          onEdit={(person) => setEditingId(person.id)}
        />
        {declined.length > 0 && (manage || scope.staff) && <DeclinedSection people={declined} />}
        {list.error && (
          <ErrorState
            error={list.error}
            title="More stakeholders could not be loaded"
            onRetry={list.retry}
            headingLevel={3}
          />
        )}
        <LoadMore
          shown={people.length}
          total={list.totalCount}
          hasNextPage={list.hasNextPage}
          loading={list.loadingMore}
          onLoadMore={list.loadMore}
          noun="stakeholders"
        />
      </>
    );
  }
  return (
    <>
      {body}
      {(manage || scope.staff) && <AddStakeholder scope={scope} manage={manage} />}
      <EditStakeholderDialog
        person={editing}
        accountId={scope.accountId}
        onClose={() => setEditingId(null)}
        onReload={list.retry}
      />
    </>
  );
}

function MapSection({ people }: { people: readonly StakeholderCard[] }) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>Stakeholder map</h2>
        <p className="card-subtitle">
          Each person by group and by influence on decisions, from 1 (little) to 5 (decisive).
        </p>
      </div>
      <StakeholderMap people={people} />
    </section>
  );
}

function PeopleSection({
  title,
  subtitle,
  people,
  scope,
  manage,
  onEdit,
  highlight = false,
}: {
  title: string;
  subtitle: string;
  people: readonly StakeholderCard[];
  scope: AccountScope;
  manage: boolean;
  onEdit: (person: StakeholderCard) => void;
  highlight?: boolean;
}) {
  const headingId = useId();
  return (
    <section className={highlight ? 'card card-highlight' : 'card'} aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>{title}</h2>
        <p className="card-subtitle">{subtitle}</p>
      </div>
      {people.length > 0 ? (
        <ul className="person-grid">
          {people.map((person) => (
            <li key={person.id}>
              <PersonCard person={person} scope={scope} manage={manage} onEdit={onEdit} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No one yet.</p>
      )}
    </section>
  );
}

function DeclinedSection({ people }: { people: readonly StakeholderCard[] }) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>Declined suggestions</h2>
        <p className="card-subtitle">Suggestions the customer’s admin declined, and why.</p>
      </div>
      <ul className="people-list">
        {people.map((person) => (
          <li key={person.id}>
            <span className="person-name">{person.name}</span>
            {person.proposedByName && <span className="muted small"> · suggested by {person.proposedByName}</span>}
            <br />
            <span className="reason">{person.statusReason ?? 'No reason given.'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function AddStakeholder({ scope, manage }: { scope: AccountScope; manage: boolean }) {
  const headingId = useId();
  const [state, createStakeholder] = useMutation(CreateStakeholderMutation);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [formKey, setFormKey] = useState(0);
  const { notify } = useToast();

  const onSubmit = async (values: StakeholderFormValues) => {
    if (!values.group) return;
    setErrors(NO_ERRORS);
    const result = await createStakeholder({
      input: {
        accountId: scope.accountId,
        name: values.name.trim(),
        title: values.title.trim() || null,
        group: values.group,
        centres: values.centres,
        influence: Number(values.influence),
        userId: manage ? values.userId || null : null,
      },
    });
    if (result.error) return setErrors({ fields: {}, form: [errorMessage(result.error)] });
    const payload = result.data?.createStakeholder;
    if (!payload?.stakeholder) return setErrors(mapUserErrors(payload?.errors ?? [], STAKEHOLDER_FIELDS));
    notify(
      manage
        ? `${payload.stakeholder.name} was added to your stakeholders.`
        : `${payload.stakeholder.name} is suggested. The customer’s admin accepts or declines the suggestion.`,
    );
    setFormKey((key) => key + 1);
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>{manage ? 'Add a stakeholder' : 'Suggest a stakeholder'}</h2>
        <p className="card-subtitle">
          {manage
            ? 'Someone whose goals matter: who decides, who buys, who uses — and your own customers.'
            : 'Someone the customer may have missed. They join the stakeholders when the customer’s admin accepts.'}
        </p>
      </div>
      <StakeholderForm
        key={formKey}
        idPrefix="new-stakeholder"
        initial={EMPTY_STAKEHOLDER}
        accountIdForUsers={manage ? scope.accountId : null}
        submitLabel={manage ? 'Add stakeholder' : 'Suggest stakeholder'}
        busyLabel={manage ? 'Adding…' : 'Suggesting…'}
        busy={state.fetching}
        errors={errors}
        onSubmit={(values) => void onSubmit(values)}
      />
    </section>
  );
}

function EditStakeholderDialog({
  person,
  accountId,
  onClose,
  onReload,
}: {
  person: StakeholderCard | null;
  accountId: string;
  onClose: () => void;
  onReload: () => void;
}) {
  const [state, updateStakeholder] = useMutation(UpdateStakeholderMutation);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [stale, setStale] = useState(false);
  const { notify } = useToast();
  const close = () => {
    setErrors(NO_ERRORS);
    setStale(false);
    onClose();
  };

  const onSubmit = async (values: StakeholderFormValues) => {
    if (!person) return;
    const input = stakeholderChanges(person, values);
    if (!input) {
      notify('Nothing changed.');
      return close();
    }
    setErrors(NO_ERRORS);
    const result = await updateStakeholder({ input });
    if (errorCode(result.error) === 'CONFLICT') return setStale(true);
    if (result.error) return setErrors({ fields: {}, form: [errorMessage(result.error)] });
    const payload = result.data?.updateStakeholder;
    if (!payload?.stakeholder) return setErrors(mapUserErrors(payload?.errors ?? [], STAKEHOLDER_FIELDS));
    notify(`${payload.stakeholder.name} was saved.`);
    close();
  };

  return (
    <Dialog open={person !== null} onClose={close} title={person ? `Edit ${person.name}` : 'Edit stakeholder'}>
      {person && (
        <StakeholderForm
          key={`${person.id}:${person.version}`}
          idPrefix="edit-stakeholder"
          initial={stakeholderValues(person)}
          accountIdForUsers={accountId}
          submitLabel="Save changes"
          busyLabel="Saving…"
          busy={state.fetching}
          errors={errors}
          onSubmit={(values) => void onSubmit(values)}
          notice={
            stale ? (
              <StaleNotice
                what="this stakeholder"
                onReload={() => {
                  setStale(false);
                  onReload();
                }}
              />
            ) : undefined
          }
          cancel={
            <Button variant="ghost" onClick={close} disabled={state.fetching}>
              Cancel
            </Button>
          }
        />
      )}
    </Dialog>
  );
}
