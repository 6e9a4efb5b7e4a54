import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { goalPath, goalsPath, type AccountScope } from '../accounts/scope.tsx';
import { StatusBadge } from './GoalSummary.tsx';
import { GoalChoicesQuery, type GoalDetail } from './queries.ts';
import { openSiblings } from './tree.ts';

export interface NextGoalDialogProps {
  open: boolean;
  onClose: () => void;
  goal: GoalDetail;
  scope: AccountScope;
}

/**
 * On achieving a goal: celebrate it, then choose the next goal to work on — the goal it
 * served, an open goal beside it, or a new one under the same parent.
 */
export function NextGoalDialog({ open, onClose, goal, scope }: NextGoalDialogProps) {
  const [{ data }] = useQuery({ query: GoalChoicesQuery, variables: { accountId: scope.accountId }, pause: !open });
  const siblings = useMemo(() => {
    const goals = data?.node?.__typename === 'Account' ? data.node.goalTree : [];
    return openSiblings(goals, { id: goal.id, status: goal.status, parent: goal.parent }).filter(
      (sibling) => sibling.status !== 'PROPOSED',
    );
  }, [data, goal.id, goal.status, goal.parent]);
  const newGoal = `${goalsPath(scope)}/new${goal.parent ? `?parent=${encodeURIComponent(goal.parent.id)}` : ''}`;

  return (
    <Dialog
      open={open}
      onClose={onClose}
      icon="★"
      title="Goal achieved!"
      description={`“${goal.title}” is done. Well done — that took real work. What comes next?`}
    >
      <ol className="next-goal-options">
        {goal.parent && (
          <li>
            <p className="next-goal-label">Go on with the goal it served</p>
            <Link to={goalPath(scope, goal.parent.id)} className="next-goal-link" onClick={onClose}>
              {goal.parent.title}
            </Link>
          </li>
        )}
        <li>
          <p className="next-goal-label">Pick an open goal beside it</p>
          {siblings.length > 0 ? (
            <ul className="next-goal-siblings">
              {siblings.slice(0, 5).map((sibling) => (
                <li key={sibling.id}>
                  <Link to={goalPath(scope, sibling.id)} onClick={onClose}>
                    {sibling.title}
                  </Link>{' '}
                  <StatusBadge status={sibling.status} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">{data ? 'No other goal beside it is open.' : 'Looking for open goals…'}</p>
          )}
        </li>
        {!scope.staff && (
          <li>
            <p className="next-goal-label">Or write the next goal</p>
            <Link to={newGoal} className="button button-primary" onClick={onClose}>
              Write a new goal{goal.parent ? ' under the same parent' : ''}
            </Link>
          </li>
        )}
      </ol>
      <div className="form-actions">
        <Button variant="ghost" onClick={onClose}>
          Not now
        </Button>
      </div>
    </Dialog>
  );
}
