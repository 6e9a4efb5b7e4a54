import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useToast } from '../../components/Toast.tsx';
import { errorMessage, mapUserErrors, type FormErrors } from '../../graphql/errors.ts';
import {
  AccountChooser,
  goalPath,
  goalsPath,
  ScopeFrame,
  useAccountScope,
  type AccountScope,
} from '../accounts/scope.tsx';
import { useViewer } from '../identity/viewer.ts';
import { emptyGoal, GOAL_FIELDS, toCreateInput, type GoalField, type GoalFormValues } from './form.ts';
import { GoalForm } from './GoalForm.tsx';
import { CreateGoalMutation, ProposeGoalMutation } from './queries.ts';
import { useGoalFormChoices } from './useGoalFormChoices.ts';

const NO_ERRORS: FormErrors<GoalField> = { fields: {}, form: [] };

/** /goals/new (customers write), /accounts/:accountId/goals/new (staff propose). ?parent= prefills the parent. */
export function NewGoalPage() {
  const scope = useAccountScope();
  if (!scope) {
    return (
      <AccountChooser
        title="Propose a goal"
        section="goals/new"
        description="Choose the account you propose a goal to."
        hint="The goal stays proposed until the customer’s admin accepts it."
      />
    );
  }
  return <NewGoal scope={scope} />;
}

function NewGoal({ scope }: { scope: AccountScope }) {
  const viewer = useViewer();
  const [searchParams] = useSearchParams();
  const ownGoalOnly = viewer.role === 'CUSTOMER_MEMBER';
  const choices = useGoalFormChoices(scope.accountId);
  const [createState, createGoal] = useMutation(CreateGoalMutation);
  const [proposeState, proposeGoal] = useMutation(ProposeGoalMutation);
  const [errors, setErrors] = useState(NO_ERRORS);
  const { notify } = useToast();
  const navigate = useNavigate();
  const [initial] = useState(() =>
    emptyGoal({ parentId: searchParams.get('parent') ?? '', level: ownGoalOnly ? 'INDIVIDUAL' : '' }),
  );

  const onSubmit = async (values: GoalFormValues) => {
    setErrors(NO_ERRORS);
    const input = toCreateInput(values, {
      accountId: scope.staff ? scope.accountId : undefined,
      ownerChosenByApi: ownGoalOnly,
    });
    const result = scope.staff ? await proposeGoal({ input }) : await createGoal({ input });
    if (result.error) return setErrors({ fields: {}, form: [errorMessage(result.error)] });
    const payload = result.data && ('proposeGoal' in result.data ? result.data.proposeGoal : result.data.createGoal);
    if (!payload?.goal) return setErrors(mapUserErrors(payload?.errors ?? [], GOAL_FIELDS));
    notify(
      scope.staff
        ? `“${payload.goal.title}” is proposed. It becomes active when the customer’s admin accepts it.`
        : `“${payload.goal.title}” was added to your goals.`,
    );
    navigate(goalPath(scope, payload.goal.id));
  };

  const title = scope.staff ? 'Propose a goal' : ownGoalOnly ? 'New goal of your own' : 'New goal';
  return (
    <ScopeFrame
      scope={scope}
      title={title}
      trail={[{ to: goalsPath(scope), label: 'Goals' }]}
      description={
        scope.staff
          ? `Write the goal as you see it for ${scope.accountName}. It stays proposed until their admin accepts, edits or declines it.`
          : 'Say what you want to achieve in your own words. The steps help you name the value it brings and how you will know you got there.'
      }
    >
      <section className="card" aria-label="The goal">
        <GoalForm
          initial={initial}
          choices={choices}
          ownGoalOnly={ownGoalOnly}
          withMeasureStep
          submitLabel={scope.staff ? 'Propose goal' : 'Save goal'}
          busyLabel={scope.staff ? 'Proposing…' : 'Saving…'}
          busy={createState.fetching || proposeState.fetching}
          errors={errors}
          onSubmit={(values) => void onSubmit(values)}
          cancel={
            <Link to={goalsPath(scope)} className="button button-ghost">
              Cancel
            </Link>
          }
        />
      </section>
    </ScopeFrame>
  );
}
