import { useId } from 'react';
import { Link } from 'react-router';
import { readFragment, type FragmentOf } from '../../graphql/graphql.ts';
import { GoalTags, MeasureSummary, OpenConflictsBadge, StatusBadge } from './GoalSummary.tsx';
import { GoalCardFragment } from './queries.ts';

export interface GoalCardProps {
  goal: FragmentOf<typeof GoalCardFragment>;
  href: string;
  /** Shown only because goals below it are (its own work is over). */
  context?: boolean;
}

/** One goal in the tree: what it is, who owns and backs it, how it is measured. */
export function GoalCard({ goal: data, href, context = false }: GoalCardProps) {
  const goal = readFragment(GoalCardFragment, data);
  const titleId = useId();
  const openConflicts = goal.conflicts.filter((conflict) => conflict.status === 'OPEN').length;
  return (
    <article className={context ? 'goal-card goal-card-context' : 'goal-card'} aria-labelledby={titleId}>
      <div className="goal-card-head">
        <h3 className="goal-card-title" id={titleId}>
          <Link to={href}>{goal.title}</Link>
        </h3>
        <div className="goal-card-badges">
          <StatusBadge status={goal.status} />
          <OpenConflictsBadge count={openConflicts} />
        </div>
      </div>
      <GoalTags
        level={goal.level}
        categories={goal.categories}
        outcomeTypes={goal.outcomeTypes}
        dimensions={goal.dimensions}
      />
      <dl className="goal-facts">
        {goal.owner && (
          <div>
            <dt>Owner</dt>
            <dd>{goal.owner.name}</dd>
          </div>
        )}
        {goal.level === 'COLLECTIVE' && (
          <div>
            <dt>Endorsements</dt>
            <dd>{goal.endorsementCount}</dd>
          </div>
        )}
        <div className="goal-facts-wide">
          <dt>Measure</dt>
          <dd>{goal.measure ? <MeasureSummary measure={goal.measure} /> : <span className="muted">None yet</span>}</dd>
        </div>
        {goal.status === 'PROPOSED' && goal.proposedByName && (
          <div>
            <dt>Proposed by</dt>
            <dd>{goal.proposedByName}</dd>
          </div>
        )}
        {goal.statusReason && (goal.status === 'DECLINED' || goal.status === 'ABANDONED') && (
          <div className="goal-facts-wide">
            <dt>{goal.status === 'DECLINED' ? 'Declined because' : 'Abandoned because'}</dt>
            <dd>{goal.statusReason}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}
