import { useId } from 'react';
import { useMutation } from 'urql';
import { Button } from '../../components/Button.tsx';
import { Time } from '../../components/Time.tsx';
import { useToast } from '../../components/Toast.tsx';
import { errorMessage } from '../../graphql/errors.ts';
import { EndorseGoalMutation, WithdrawEndorsementMutation, type GoalDetail } from './queries.ts';

/** Who backs a collective goal; the customer's people endorse it, or withdraw, as themselves. */
export function EndorsementsPanel({ goal, canEndorse }: { goal: GoalDetail; canEndorse: boolean }) {
  const headingId = useId();
  const [endorseState, endorseGoal] = useMutation(EndorseGoalMutation);
  const [withdrawState, withdrawEndorsement] = useMutation(WithdrawEndorsementMutation);
  const { notify } = useToast();
  if (goal.level !== 'COLLECTIVE') return null;

  const act = async (withdraw: boolean) => {
    const input = { goalId: goal.id };
    const result = withdraw ? await withdrawEndorsement({ input }) : await endorseGoal({ input });
    if (result.error) return notify(errorMessage(result.error), 'error');
    const payload =
      result.data && ('endorseGoal' in result.data ? result.data.endorseGoal : result.data.withdrawEndorsement);
    if (!payload?.goal) return notify(payload?.errors[0]?.message ?? 'That did not work. Try again.', 'error');
    notify(withdraw ? 'You no longer endorse this goal.' : 'You endorse this goal now. Thank you for backing it.');
  };

  const count = goal.endorsementCount;
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>Endorsements</h2>
        <p className="card-subtitle">
          A shared goal is backed by the people who endorse it: {count} {count === 1 ? 'person does' : 'people do'}.
        </p>
      </div>
      {goal.endorsements.length > 0 ? (
        <ul className="people-list">
          {goal.endorsements.map((endorsement) => (
            <li key={endorsement.id}>
              <span className="person-name">{endorsement.stakeholder.name}</span>
              {endorsement.stakeholder.title && <span className="muted small"> · {endorsement.stakeholder.title}</span>}
              <br />
              <span className="muted small">
                <Time value={endorsement.createdAt} style="relative" />
                {endorsement.endorsedByName !== endorsement.stakeholder.name &&
                  ` · recorded by ${endorsement.endorsedByName}`}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No one endorses this goal yet.</p>
      )}
      {canEndorse &&
        (goal.viewerEndorses ? (
          <Button variant="secondary" busy={withdrawState.fetching} onClick={() => void act(true)}>
            Withdraw my endorsement
          </Button>
        ) : (
          <Button busy={endorseState.fetching} onClick={() => void act(false)}>
            Endorse this goal
          </Button>
        ))}
    </section>
  );
}
