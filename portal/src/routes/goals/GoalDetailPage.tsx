import { useId, useMemo, useState, type ReactNode } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeading } from '../../components/PageHeading.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/States.tsx';
import { Time } from '../../components/Time.tsx';
import { goalPath, goalsPath, ScopeFrame, useAccountScope, type AccountScope } from '../accounts/scope.tsx';
import { useViewer } from '../identity/viewer.ts';
import { ConflictsPanel } from './ConflictsPanel.tsx';
import { EndorsementsPanel } from './EndorsementsPanel.tsx';
import { GoalTags, StatusBadge } from './GoalSummary.tsx';
import { NewGoalLink } from './GoalsView.tsx';
import { MeasurePanel } from './MeasurePanel.tsx';
import { NextGoalDialog } from './NextGoalDialog.tsx';
import { goalAccess } from './permissions.ts';
import { ProposalActions } from './ProposalActions.tsx';
import { GoalDetailQuery, type GoalDetail } from './queries.ts';
import { StatusPanel } from './StatusPanel.tsx';

const CONTEXT = { additionalTypenames: ['Goal', 'GoalConflict', 'GoalEndorsement', 'GoalMeasure'] };

/** /goals/:goalId (customers), /accounts/:accountId/goals/:goalId (staff). */
export function GoalDetailPage() {
  const scope = useAccountScope();
  const viewer = useViewer();
  const { goalId = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: GoalDetailQuery,
    variables: { id: goalId },
    context: useMemo(() => CONTEXT, []),
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const goal = data?.node?.__typename === 'Goal' ? data.node : null;

  // Staff following a goal's link outside its account land on the account's page of it.
  if (!scope && viewer.isProviderStaff && goal) {
    return (
      <Navigate to={`/accounts/${encodeURIComponent(goal.account.id)}/goals/${encodeURIComponent(goal.id)}`} replace />
    );
  }
  const plain = (body: ReactNode) => (
    <div className="page">
      <PageHeading title="Goal" />
      {body}
    </div>
  );
  const framed = (body: ReactNode) =>
    scope ? (
      <ScopeFrame scope={scope} title="Goal" trail={[{ to: goalsPath(scope), label: 'Goals' }]}>
        {body}
      </ScopeFrame>
    ) : (
      plain(body)
    );
  if (!data && fetching) return framed(<Loading label="Loading the goal…" />);
  if (!data) return framed(<ErrorState error={error} title="The goal could not be loaded" onRetry={reload} />);
  if (!goal || !scope || goal.account.id !== scope.accountId) {
    return framed(
      <EmptyState
        title="This goal is not available"
        icon="?"
        action={scope ? <Link to={goalsPath(scope)}>See all goals</Link> : <Link to="/">Go to Home</Link>}
      >
        It may have been removed, or the link is wrong.
      </EmptyState>,
    );
  }
  return <GoalPage goal={goal} scope={scope} onReload={reload} reloading={fetching} />;
}

function GoalPage({
  goal,
  scope,
  onReload,
  reloading,
}: {
  goal: GoalDetail;
  scope: AccountScope;
  onReload: () => void;
  reloading: boolean;
}) {
  const viewer = useViewer();
  const can = goalAccess({ viewer, goal });
  const [celebrating, setCelebrating] = useState(false);
  const trail = [
    { to: goalsPath(scope), label: 'Goals' },
    ...goal.ancestors.map((ancestor) => ({ to: goalPath(scope, ancestor.id), label: ancestor.title })),
  ];
  const serves = goal.ancestors.length > 0 ? goal.ancestors : null;

  return (
    <ScopeFrame
      scope={scope}
      title={goal.title}
      trail={trail}
      eyebrow={
        <span className="row">
          <StatusBadge status={goal.status} />
          <span>{goal.level === 'COLLECTIVE' ? 'Collective goal' : 'Individual goal'}</span>
        </span>
      }
      description={
        serves ? (
          <span className="serves">
            Serves:{' '}
            {serves.map((ancestor, index) => (
              <span key={ancestor.id}>
                {index > 0 && <span aria-hidden="true"> › </span>}
                <Link to={goalPath(scope, ancestor.id)}>{ancestor.title}</Link>
              </span>
            ))}
          </span>
        ) : (
          'A goal at the top of the tree.'
        )
      }
      actions={
        can.edit ? (
          <Link to={`${goalPath(scope, goal.id)}/edit`} className="button button-secondary">
            Edit goal
          </Link>
        ) : undefined
      }
    >
      {goal.status === 'PROPOSED' && (
        <ProposalNotice goal={goal} scope={scope} answer={can.answerProposal} onReload={onReload} />
      )}
      {goal.status === 'DECLINED' && (
        <div className="notice" role="note">
          <strong>This proposal was declined.</strong> {goal.statusReason ? `Reason: ${goal.statusReason}` : ''}
        </div>
      )}
      <div className="goal-layout">
        <div className="stack goal-main">
          <AboutCard goal={goal} />
          <MeasurePanel
            goal={goal}
            accountId={scope.accountId}
            canChange={can.setMeasure}
            onReload={onReload}
            reloading={reloading}
          />
          <SubGoals goal={goal} scope={scope} canAdd={can.addSubGoal} />
          <ConflictsPanel goal={goal} scope={scope} canRaise={can.raiseConflict} canResolve={can.resolveConflict} />
        </div>
        <div className="stack goal-side">
          <StatusPanel
            goal={goal}
            canChange={can.setStatus}
            onAchieved={() => setCelebrating(true)}
            onReload={onReload}
            reloading={reloading}
          />
          <EndorsementsPanel goal={goal} canEndorse={can.endorse} />
        </div>
      </div>
      <NextGoalDialog open={celebrating} onClose={() => setCelebrating(false)} goal={goal} scope={scope} />
    </ScopeFrame>
  );
}

function ProposalNotice({
  goal,
  scope,
  answer,
  onReload,
}: {
  goal: GoalDetail;
  scope: AccountScope;
  answer: boolean;
  onReload: () => void;
}) {
  const headingId = useId();
  return (
    <section className="card card-highlight" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>{answer ? 'This proposal waits for you' : 'A proposal'}</h2>
        <p className="card-subtitle">
          {goal.proposedByName ?? 'Provider staff'} proposed this goal. It becomes active only when a customer admin
          accepts it.
        </p>
      </div>
      {answer && (
        <ProposalActions
          goalId={goal.id}
          title={goal.title}
          version={goal.version}
          editHref={`${goalPath(scope, goal.id)}/edit?then=accept`}
          onReload={onReload}
        />
      )}
    </section>
  );
}

function AboutCard({ goal }: { goal: GoalDetail }) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>About this goal</h2>
      </div>
      {goal.description ? (
        <p className="goal-description">{goal.description}</p>
      ) : (
        <p className="muted">No description.</p>
      )}
      <GoalTags
        level={goal.level}
        categories={goal.categories}
        outcomeTypes={goal.outcomeTypes}
        dimensions={goal.dimensions}
      />
      <dl className="goal-facts">
        <div>
          <dt>Owner</dt>
          <dd>{goal.owner ? goal.owner.name : <span className="muted">No owner</span>}</dd>
        </div>
        {goal.proposedByName && (
          <div>
            <dt>Proposed by</dt>
            <dd>{goal.proposedByName}</dd>
          </div>
        )}
        <div>
          <dt>Written</dt>
          <dd>
            <Time value={goal.createdAt} />
          </dd>
        </div>
        <div>
          <dt>Last changed</dt>
          <dd>
            <Time value={goal.updatedAt} style="relative" />
          </dd>
        </div>
      </dl>
    </section>
  );
}

function SubGoals({ goal, scope, canAdd }: { goal: GoalDetail; scope: AccountScope; canAdd: boolean }) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header-row">
        <div className="card-header">
          <h2 id={headingId}>Sub-goals</h2>
          <p className="card-subtitle">The goals that help reach this one.</p>
        </div>
        {canAdd && (
          <NewGoalLink scope={scope} parentId={goal.id} secondary>
            {scope.staff ? 'Propose a sub-goal' : 'Add a sub-goal'}
          </NewGoalLink>
        )}
      </div>
      {goal.children.length > 0 ? (
        <ul className="sub-goal-list">
          {goal.children.map((child) => (
            <li key={child.id}>
              <Link to={goalPath(scope, child.id)}>{child.title}</Link>
              <span className="row">
                <span className="muted small">{child.level === 'COLLECTIVE' ? 'Collective' : 'Individual'}</span>
                <StatusBadge status={child.status} />
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No sub-goals yet.</p>
      )}
    </section>
  );
}
