import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/States.tsx';
import { StaleNotice } from '../../components/StaleNotice.tsx';
import { useToast } from '../../components/Toast.tsx';
import { errorCode, errorMessage, mapUserErrors, type FormErrors } from '../../graphql/errors.ts';
import {
  AccountChooser,
  goalPath,
  goalsPath,
  ScopeFrame,
  useAccountScope,
  type AccountScope,
} from '../accounts/scope.tsx';
import { useViewer } from '../identity/viewer.ts';
import { emptyGoal, GOAL_FIELDS, goalChanges, type GoalField, type GoalFormValues } from './form.ts';
import { GoalForm } from './GoalForm.tsx';
import { AcceptGoalMutation, GoalDetailQuery, UpdateGoalMutation, type GoalDetail } from './queries.ts';
import { subtreeIds } from './tree.ts';
import { useGoalFormChoices } from './useGoalFormChoices.ts';

const NO_ERRORS: FormErrors<GoalField> = { fields: {}, form: [] };

/** /goals/:goalId/edit; with ?then=accept a customer admin edits a proposal, then accepts it. */
export function EditGoalPage() {
  const scope = useAccountScope();
  const { goalId = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: GoalDetailQuery, variables: { id: goalId } });
  if (!scope) {
    return (
      <AccountChooser
        title="Edit goal"
        section="goals"
        description="Open the goal from its account."
        hint="Goals belong to one account."
      />
    );
  }
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const goal = data?.node?.__typename === 'Goal' ? data.node : null;
  const frame = (body: ReactNode) => (
    <ScopeFrame scope={scope} title="Edit goal" trail={[{ to: goalsPath(scope), label: 'Goals' }]}>
      {body}
    </ScopeFrame>
  );
  if (!data && fetching) return frame(<Loading label="Loading the goal…" />);
  if (!data) return frame(<ErrorState error={error} title="The goal could not be loaded" onRetry={reload} />);
  if (!goal || goal.account.id !== scope.accountId) {
    return frame(
      <EmptyState title="This goal is not available" icon="?" action={<Link to={goalsPath(scope)}>See all goals</Link>}>
        It may have been removed, or the link is wrong.
      </EmptyState>,
    );
  }
  return (
    <EditGoal key={`${goal.id}:${goal.version}`} scope={scope} goal={goal} onReload={reload} reloading={fetching} />
  );
}

const valuesOf = (goal: GoalDetail): GoalFormValues =>
  emptyGoal({
    title: goal.title,
    description: goal.description,
    level: goal.level,
    categories: [...goal.categories],
    dimensions: [...goal.dimensions],
    parentId: goal.parent?.id ?? '',
    ownerId: goal.owner?.id ?? '',
  });

function EditGoal({
  scope,
  goal,
  onReload,
  reloading,
}: {
  scope: AccountScope;
  goal: GoalDetail;
  onReload: () => void;
  reloading: boolean;
}) {
  const viewer = useViewer();
  const [searchParams] = useSearchParams();
  const thenAccept =
    searchParams.get('then') === 'accept' && goal.status === 'PROPOSED' && viewer.role === 'CUSTOMER_ADMIN';
  const ownGoalOnly = viewer.role === 'CUSTOMER_MEMBER';
  const choices = useGoalFormChoices(scope.accountId);
  const [updateState, updateGoal] = useMutation(UpdateGoalMutation);
  const [acceptState, acceptGoal] = useMutation(AcceptGoalMutation);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [stale, setStale] = useState(false);
  const { notify } = useToast();
  const navigate = useNavigate();
  const initial = useMemo(() => valuesOf(goal), [goal]);
  const excluded = useMemo(() => subtreeIds(choices.goals, goal.id), [choices.goals, goal.id]);
  const detail = goalPath(scope, goal.id);

  const onSubmit = async (values: GoalFormValues) => {
    setErrors(NO_ERRORS);
    let version = goal.version;
    const input = goalChanges(goal.id, goal.version, initial, values, { ownerChosenByApi: ownGoalOnly });
    if (input) {
      const result = await updateGoal({ input });
      if (errorCode(result.error) === 'CONFLICT') return setStale(true);
      if (result.error) return setErrors({ fields: {}, form: [errorMessage(result.error)] });
      const payload = result.data?.updateGoal;
      if (!payload?.goal) return setErrors(mapUserErrors(payload?.errors ?? [], GOAL_FIELDS));
      version = payload.goal.version;
    }
    if (thenAccept) {
      const result = await acceptGoal({ input: { id: goal.id, version } });
      if (errorCode(result.error) === 'CONFLICT') return setStale(true);
      if (result.error) return setErrors({ fields: {}, form: [errorMessage(result.error)] });
      const payload = result.data?.acceptGoal;
      if (!payload?.goal) return setErrors(mapUserErrors(payload?.errors ?? [], GOAL_FIELDS));
      notify(`“${payload.goal.title}” is accepted and now active.`);
    } else {
      notify(input ? 'Your changes to the goal were saved.' : 'Nothing changed.');
    }
    navigate(detail);
  };

  return (
    <ScopeFrame
      scope={scope}
      title={thenAccept ? 'Edit, then accept' : 'Edit goal'}
      trail={[
        { to: goalsPath(scope), label: 'Goals' },
        { to: detail, label: goal.title },
      ]}
      description={
        thenAccept
          ? `Adjust what ${goal.proposedByName ?? 'your CSM'} proposed; saving accepts it as an active goal.`
          : 'Change what the goal says. Its measure and status are changed on the goal’s page. Every change is in the change log.'
      }
    >
      <section className="card" aria-label="The goal">
        {goal.viewerCanEdit ? (
          <GoalForm
            initial={initial}
            choices={choices}
            ownGoalOnly={ownGoalOnly}
            withMeasureStep={false}
            excludeParents={excluded}
            submitLabel={thenAccept ? 'Save and accept' : 'Save changes'}
            busyLabel="Saving…"
            busy={updateState.fetching || acceptState.fetching}
            errors={errors}
            onSubmit={(values) => void onSubmit(values)}
            notice={stale ? <StaleNotice what="this goal" onReload={onReload} reloading={reloading} /> : undefined}
            cancel={
              <Link to={detail} className="button button-ghost">
                Cancel
              </Link>
            }
          />
        ) : (
          <p>
            {scope.staff
              ? 'Provider staff change only the proposals they made, while they wait for an answer.'
              : 'You can change only your own individual goals. Ask your admin to change this one.'}
          </p>
        )}
      </section>
    </ScopeFrame>
  );
}
