import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Badge } from '../../components/Badge.tsx';
import { ErrorState, Loading } from '../../components/States.tsx';
import type { SuccessPlanGapCode } from '../../graphql/graphql.ts';
import { goalsPath, type AccountScope } from '../accounts/scope.tsx';
import { SuccessPlanQuery } from './queries.ts';

const CONTEXT = { additionalTypenames: ['Goal', 'GoalMeasure'] };

/** The way to close each gap, in words for the viewer. */
function gapAction(code: SuccessPlanGapCode, scope: AccountScope, proposals: number): { to: string; label: string } {
  const goals = goalsPath(scope);
  if (code === 'NO_ACTIVE_GOAL') {
    if (proposals > 0 && !scope.staff) return { to: goals, label: 'Review the proposals' };
    return { to: `${goals}/new`, label: scope.staff ? 'Propose a goal' : 'Write a goal' };
  }
  if (code === 'NO_MEASURE') return { to: goals, label: 'Give a goal a measure' };
  return { to: goals, label: 'Set a due date' };
}

/**
 * Whether the account has a success plan (an active goal with a measure and a due date),
 * and what it still lacks, with a link to act on each gap.
 */
export function SuccessPlanCard({ scope }: { scope: AccountScope }) {
  const headingId = useId();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: SuccessPlanQuery,
    variables: { accountId: scope.accountId },
    context: useMemo(() => CONTEXT, []),
  });
  const plan = data?.node?.__typename === 'Account' ? data.node.successPlan : null;
  let body;
  if (!data && fetching) body = <Loading label="Loading the success plan…" />;
  else if (!plan) {
    body = (
      <ErrorState
        error={error}
        title="The success plan could not be loaded"
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        headingLevel={3}
      />
    );
  } else {
    body = (
      <>
        <dl className="mini-stats">
          <div className="mini-stat">
            <dt>Goals in progress</dt>
            <dd>{plan.activeGoals}</dd>
          </div>
          <div className="mini-stat">
            <dt>With a measure and a due date</dt>
            <dd>{plan.plannedGoals}</dd>
          </div>
          <div className="mini-stat">
            <dt>Proposals waiting</dt>
            <dd>{plan.proposedGoals}</dd>
          </div>
        </dl>
        {plan.gaps.length > 0 ? (
          <ul className="gap-list" aria-label="What is missing">
            {plan.gaps.map((gap) => {
              const action = gapAction(gap.code, scope, plan.proposedGoals);
              return (
                <li key={gap.code} className="gap">
                  <span className="gap-icon" aria-hidden="true">
                    ○
                  </span>
                  <span className="gap-message">{gap.message}</span>
                  <Link to={action.to} className="gap-action">
                    {action.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        ) : (
          <p>
            At least one goal in progress has a measure and a due date: everyone can see what success looks like and
            when. <Link to={goalsPath(scope)}>See the goals</Link>
          </p>
        )}
      </>
    );
  }
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header-row">
        <div className="card-header">
          <h2 id={headingId}>Success plan</h2>
          <p className="card-subtitle">
            An account has a success plan when a goal in progress has a measure and a due date.
          </p>
        </div>
        {plan && (
          <Badge tone={plan.hasSuccessPlan ? 'success' : 'warning'}>
            {plan.hasSuccessPlan ? '✓ In place' : 'Not yet'}
          </Badge>
        )}
      </div>
      {body}
    </section>
  );
}
