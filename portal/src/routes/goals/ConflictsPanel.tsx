import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Badge } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { RadioGroup } from '../../components/ChoiceGroup.tsx';
import { SelectField, TextAreaField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Time } from '../../components/Time.tsx';
import { useToast } from '../../components/Toast.tsx';
import { errorMessage, mapUserErrors, type FormErrors } from '../../graphql/errors.ts';
import { readFragment, type ConflictHandling, type ResultOf } from '../../graphql/graphql.ts';
import { goalPath, type AccountScope } from '../accounts/scope.tsx';
import { CONFLICT_HANDLINGS, HANDLING_HINTS, HANDLING_LABELS, isConflictHandling } from './labels.ts';
import {
  CreateGoalConflictMutation,
  GoalChoicesQuery,
  GoalConflictFragment,
  ResolveGoalConflictMutation,
  type GoalDetail,
} from './queries.ts';
import { goalChoices } from './tree.ts';

export interface ConflictsPanelProps {
  goal: GoalDetail;
  scope: AccountScope;
  canRaise: boolean;
  canResolve: boolean;
}

/** The goals this one clashes with, how each clash is handled, and a way to record a new one. */
export function ConflictsPanel({ goal, scope, canRaise, canResolve }: ConflictsPanelProps) {
  const headingId = useId();
  const [raising, setRaising] = useState(false);
  const conflicts = goal.conflicts.map((data) => readFragment(GoalConflictFragment, data));
  const open = conflicts.filter((conflict) => conflict.status === 'OPEN');
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header-row">
        <div className="card-header">
          <h2 id={headingId}>Conflicts</h2>
          <p className="card-subtitle">
            {conflicts.length === 0
              ? 'Goals of different people can pull against each other. Record a clash, so it can be handled.'
              : `${open.length} open, ${conflicts.length - open.length} resolved.`}
          </p>
        </div>
        {canRaise && !raising && (
          <Button variant="secondary" size="small" onClick={() => setRaising(true)}>
            Mark as conflicting with another goal
          </Button>
        )}
      </div>
      {raising && <RaiseConflictForm goal={goal} accountId={scope.accountId} onDone={() => setRaising(false)} />}
      {conflicts.length > 0 && (
        <ul className="conflict-list">
          {conflicts.map((conflict) => (
            <ConflictItem
              key={conflict.id}
              conflict={conflict}
              goalId={goal.id}
              scope={scope}
              canResolve={canResolve}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

type Conflict = ResultOf<typeof GoalConflictFragment>;

function GoalLinkOrTitle({
  goal,
  currentId,
  scope,
}: {
  goal: { id: string; title: string };
  currentId: string;
  scope: AccountScope;
}) {
  return goal.id === currentId ? (
    <strong>{goal.title}</strong>
  ) : (
    <Link to={goalPath(scope, goal.id)}>{goal.title}</Link>
  );
}

function ConflictItem({
  conflict,
  goalId,
  scope,
  canResolve,
}: {
  conflict: Conflict;
  goalId: string;
  scope: AccountScope;
  canResolve: boolean;
}) {
  const [resolving, setResolving] = useState(false);
  const resolved = conflict.status === 'RESOLVED';
  return (
    <li className="conflict-item">
      <div className="row conflict-head">
        <Badge tone={resolved ? 'success' : 'warning'}>{resolved ? 'Resolved' : 'Open'}</Badge>
        <p className="conflict-goals">
          <GoalLinkOrTitle goal={conflict.goalA} currentId={goalId} scope={scope} />
          <span className="conflict-versus" aria-hidden="true">
            ⇄
          </span>
          <span className="visually-hidden"> conflicts with </span>
          <GoalLinkOrTitle goal={conflict.goalB} currentId={goalId} scope={scope} />
        </p>
      </div>
      <p>{conflict.description}</p>
      <p className="muted small">
        Raised by {conflict.raisedByName}, <Time value={conflict.createdAt} style="relative" />
      </p>
      {resolved && conflict.handling && (
        <div className="resolution">
          <p>
            <strong>Handled: {HANDLING_LABELS[conflict.handling]}.</strong> {HANDLING_HINTS[conflict.handling]}
          </p>
          {conflict.prioritizedGoal && <p>“{conflict.prioritizedGoal.title}” comes first.</p>}
          {conflict.resolutionNote && <p className="reason">{conflict.resolutionNote}</p>}
          <p className="muted small">
            Resolved by {conflict.resolvedByName ?? 'an admin'}
            {conflict.resolvedAt && (
              <>
                , <Time value={conflict.resolvedAt} style="relative" />
              </>
            )}
          </p>
        </div>
      )}
      {!resolved &&
        canResolve &&
        (resolving ? (
          <ResolveForm conflict={conflict} onDone={() => setResolving(false)} />
        ) : (
          <div>
            <Button variant="secondary" size="small" onClick={() => setResolving(true)}>
              Resolve this conflict
            </Button>
          </div>
        ))}
    </li>
  );
}

type ResolveField = 'handling' | 'prioritizedGoalId' | 'note';
const RESOLVE_FIELDS: ResolveField[] = ['handling', 'prioritizedGoalId', 'note'];

function ResolveForm({ conflict, onDone }: { conflict: Conflict; onDone: () => void }) {
  const [handling, setHandling] = useState<ConflictHandling | ''>('');
  const [winner, setWinner] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors<ResolveField>>({ fields: {}, form: [] });
  const [state, resolveGoalConflict] = useMutation(ResolveGoalConflictMutation);
  const formRef = useRef<HTMLFormElement>(null);
  const { notify } = useToast();

  const fail = (next: FormErrors<ResolveField>) => {
    setErrors(next);
    window.setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!handling) return fail({ fields: { handling: 'Choose how the conflict is handled.' }, form: [] });
    if (handling === 'PRIORITIZE' && !winner) {
      return fail({ fields: { prioritizedGoalId: 'Choose the goal that comes first.' }, form: [] });
    }
    setErrors({ fields: {}, form: [] });
    const result = await resolveGoalConflict({
      input: {
        id: conflict.id,
        handling,
        prioritizedGoalId: handling === 'PRIORITIZE' ? winner : null,
        note: note.trim() || null,
      },
    });
    if (result.error) return fail({ fields: {}, form: [errorMessage(result.error)] });
    const payload = result.data?.resolveGoalConflict;
    if (!payload?.conflict) return fail(mapUserErrors(payload?.errors ?? [], RESOLVE_FIELDS));
    notify(`The conflict is resolved: ${HANDLING_LABELS[handling].toLowerCase()}.`);
    onDone();
  };

  return (
    <form
      ref={formRef}
      className="form inline-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label="Resolve the conflict"
    >
      <FormAlert title="The conflict was not resolved" messages={errors.form} />
      <RadioGroup
        legend="How is it handled?"
        name="handling"
        choices={CONFLICT_HANDLINGS.map((value) => ({
          value,
          label: HANDLING_LABELS[value],
          description: HANDLING_HINTS[value],
        }))}
        value={handling}
        onChange={(value) => {
          if (isConflictHandling(value)) setHandling(value);
        }}
        error={errors.fields.handling}
      />
      {handling === 'PRIORITIZE' && (
        <RadioGroup
          legend="Which goal comes first?"
          name="prioritized"
          choices={[conflict.goalA, conflict.goalB].map((goal) => ({ value: goal.id, label: goal.title }))}
          value={winner}
          onChange={setWinner}
          error={errors.fields.prioritizedGoalId}
        />
      )}
      <TextAreaField
        label="Note"
        optional
        hint="What was agreed, for everyone who reads the goals later."
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={errors.fields.note}
        maxLength={2000}
      />
      <div className="form-actions">
        <Button type="submit" size="small" busy={state.fetching}>
          {state.fetching ? 'Saving…' : 'Record the resolution'}
        </Button>
        <Button variant="ghost" size="small" onClick={onDone} disabled={state.fetching}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

type RaiseField = 'goalBId' | 'description';

function RaiseConflictForm({ goal, accountId, onDone }: { goal: GoalDetail; accountId: string; onDone: () => void }) {
  const [{ data, fetching }] = useQuery({ query: GoalChoicesQuery, variables: { accountId } });
  const [other, setOther] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FormErrors<RaiseField>>({ fields: {}, form: [] });
  const [state, createGoalConflict] = useMutation(CreateGoalConflictMutation);
  const formRef = useRef<HTMLFormElement>(null);
  const { notify } = useToast();
  const options = useMemo(() => {
    const goals = data?.node?.__typename === 'Account' ? data.node.goalTree : [];
    return goalChoices(goals, { exclude: new Set([goal.id]) });
  }, [data, goal.id]);

  const fail = (next: FormErrors<RaiseField>) => {
    setErrors(next);
    window.setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FormErrors<RaiseField> = { fields: {}, form: [] };
    if (!other) local.fields.goalBId = 'Choose the goal it conflicts with.';
    if (!description.trim()) local.fields.description = 'Say how the two goals clash.';
    if (local.fields.goalBId || local.fields.description) return fail(local);
    setErrors({ fields: {}, form: [] });
    const result = await createGoalConflict({
      input: { goalAId: goal.id, goalBId: other, description: description.trim() },
    });
    if (result.error) return fail({ fields: {}, form: [errorMessage(result.error)] });
    const payload = result.data?.createGoalConflict;
    if (!payload?.conflict) {
      return fail(mapUserErrors(payload?.errors ?? [], ['goalBId', 'description'] as const, { goalAId: 'goalBId' }));
    }
    notify('The conflict is recorded. A customer admin decides how it is handled.');
    onDone();
  };

  return (
    <form
      ref={formRef}
      className="form inline-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label="Mark as conflicting"
    >
      <FormAlert title="The conflict was not recorded" messages={errors.form} />
      <SelectField
        label="Conflicts with"
        placeholder={fetching && !data ? 'Loading goals…' : 'Choose a goal'}
        options={options}
        value={other}
        onChange={(event) => setOther(event.target.value)}
        error={errors.fields.goalBId}
        autoFocus
      />
      <TextAreaField
        label="How do the goals clash?"
        hint="In a few words, e.g. “Longer training raises the cost per shipment at first.”"
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={errors.fields.description}
        maxLength={2000}
        required
      />
      <div className="form-actions">
        <Button type="submit" size="small" busy={state.fetching}>
          {state.fetching ? 'Saving…' : 'Record the conflict'}
        </Button>
        <Button variant="ghost" size="small" onClick={onDone} disabled={state.fetching}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
