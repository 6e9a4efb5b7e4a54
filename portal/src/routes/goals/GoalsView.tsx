import { useId, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Button } from '../../components/Button.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/States.tsx';
import type { ResultOf } from '../../graphql/graphql.ts';
import { goalPath, goalsPath, type AccountScope } from '../accounts/scope.tsx';
import { useViewer } from '../identity/viewer.ts';
import { GoalTree } from './GoalTree.tsx';
import { isClosed } from './labels.ts';
import { ProposalActions } from './ProposalActions.tsx';
import { GoalTreeQuery } from './queries.ts';
import { branchIds, countNodes, visibleTree } from './tree.ts';

const GOAL_TYPENAMES = { additionalTypenames: ['Goal', 'GoalConflict', 'GoalMeasure', 'GoalEndorsement'] };

type TreeAccount = Extract<NonNullable<ResultOf<typeof GoalTreeQuery>['node']>, { __typename: 'Account' }>;
type TreeGoal = TreeAccount['goalTree'][number];

/** The link to write a goal: customers write one, provider staff propose one. */
export function NewGoalLink({
  scope,
  parentId,
  secondary = false,
  children,
}: {
  scope: AccountScope;
  parentId?: string;
  secondary?: boolean;
  children?: ReactNode;
}) {
  const to = `${goalsPath(scope)}/new${parentId ? `?parent=${encodeURIComponent(parentId)}` : ''}`;
  return (
    <Link to={to} className={secondary ? 'button button-secondary button-small' : 'button button-primary'}>
      {children ?? (scope.staff ? 'Propose a goal' : 'New goal')}
    </Link>
  );
}

/** An account's goals: proposals waiting for an answer, the tree, and open conflicts. */
export function GoalsView({ scope }: { scope: AccountScope }) {
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: GoalTreeQuery,
    variables: { accountId: scope.accountId },
    context: useMemo(() => GOAL_TYPENAMES, []),
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  if (!data && fetching) return <Loading label="Loading the goals…" />;
  if (!data) return <ErrorState error={error} title="The goals could not be loaded" onRetry={reload} />;
  const account = data.node?.__typename === 'Account' ? data.node : null;
  if (!account) {
    return (
      <EmptyState title="This account is not available" icon="?">
        It may not exist, or you no longer have access to it.
      </EmptyState>
    );
  }
  const goals = account.goalTree;
  if (goals.length === 0) return <NoGoals scope={scope} />;
  return (
    <>
      <Proposals scope={scope} goals={goals} onReload={reload} />
      <TreeSection scope={scope} goals={goals} />
      <OpenConflicts scope={scope} conflicts={account.goalConflicts} />
    </>
  );
}

function NoGoals({ scope }: { scope: AccountScope }) {
  const viewer = useViewer();
  if (scope.staff) {
    return (
      <EmptyState title="No goals yet" icon="◎" action={<NewGoalLink scope={scope} />}>
        The customer has not written a goal yet. Propose one to start the conversation: it becomes active when their
        admin accepts it.
      </EmptyState>
    );
  }
  if (viewer.role === 'CUSTOMER_ADMIN') {
    return (
      <EmptyState
        title="Write your first goal"
        icon="◎"
        action={<NewGoalLink scope={scope}>Write the first goal</NewGoalLink>}
      >
        What does your organisation want to achieve with us? Start with one goal at the top — such as lower costs or
        happier customers — then add the goals that serve it.
      </EmptyState>
    );
  }
  return (
    <EmptyState title="No goals yet" icon="◎" action={<NewGoalLink scope={scope}>Write my own goal</NewGoalLink>}>
      Your admin has not written your organisation’s goals yet. You can already write a goal of your own.
    </EmptyState>
  );
}

/** Proposals from provider staff: customer admins answer them here; staff see what waits. */
function Proposals({
  scope,
  goals,
  onReload,
}: {
  scope: AccountScope;
  goals: readonly TreeGoal[];
  onReload: () => void;
}) {
  const viewer = useViewer();
  const headingId = useId();
  const proposals = goals.filter((goal) => goal.status === 'PROPOSED');
  const answers = viewer.role === 'CUSTOMER_ADMIN';
  if (proposals.length === 0 || !(answers || scope.staff)) return null;
  return (
    <section className="card card-highlight" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>{answers ? 'Waiting for you' : 'Waiting for the customer'}</h2>
        <p className="card-subtitle">
          {answers
            ? 'Your customer success manager proposed these goals. Accept one as it is, edit it first, or decline it with a reason.'
            : 'Proposals become active goals only when the customer’s admin accepts them.'}
        </p>
      </div>
      <ul className="proposal-list">
        {proposals.map((goal) => (
          <li key={goal.id} className="proposal">
            <h3 className="proposal-title">
              <Link to={goalPath(scope, goal.id)}>{goal.title}</Link>
            </h3>
            <p className="muted small">
              Proposed by {goal.proposedByName ?? 'provider staff'}
              {goal.parent && <> · serves “{goal.parent.title}”</>}
            </p>
            {goal.description && <p className="proposal-description">{goal.description}</p>}
            {answers && (
              <ProposalActions
                goalId={goal.id}
                title={goal.title}
                version={goal.version}
                editHref={`${goalPath(scope, goal.id)}/edit?then=accept`}
                onReload={onReload}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function TreeSection({ scope, goals }: { scope: AccountScope; goals: readonly TreeGoal[] }) {
  const headingId = useId();
  const toggleId = useId();
  const [showClosed, setShowClosed] = useState(false);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const nodes = useMemo(() => visibleTree(goals, showClosed), [goals, showClosed]);
  const branches = useMemo(() => branchIds(nodes), [nodes]);
  const closedCount = goals.filter((goal) => isClosed(goal.status)).length;
  const shown = countNodes(nodes);

  const toggle = (goalId: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(goalId)) next.delete(goalId);
      else next.add(goalId);
      return next;
    });

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header-row">
        <div className="card-header">
          <h2 id={headingId}>Goal tree</h2>
          <p className="card-subtitle" aria-live="polite">
            {shown} {shown === 1 ? 'goal' : 'goals'} shown
            {!showClosed && closedCount > 0 && ` · ${closedCount} finished hidden`}
          </p>
        </div>
        <div className="tree-toolbar">
          <div className="switch">
            <input
              id={toggleId}
              type="checkbox"
              checked={showClosed}
              onChange={(event) => setShowClosed(event.target.checked)}
            />
            <label htmlFor={toggleId}>Show finished goals</label>
          </div>
          {branches.length > 0 && (
            <div className="row">
              <Button variant="ghost" size="small" onClick={() => setCollapsed(new Set())}>
                Expand all
              </Button>
              <Button variant="ghost" size="small" onClick={() => setCollapsed(new Set(branches))}>
                Collapse all
              </Button>
            </div>
          )}
        </div>
      </div>
      {nodes.length > 0 ? (
        <GoalTree
          nodes={nodes}
          collapsed={collapsed}
          onToggle={toggle}
          hrefOf={(goalId) => goalPath(scope, goalId)}
          label="Goal tree"
        />
      ) : (
        <EmptyState
          title="Every goal is finished"
          headingLevel={3}
          icon="✓"
          action={
            <Button variant="secondary" onClick={() => setShowClosed(true)}>
              Show finished goals
            </Button>
          }
        >
          All goals are achieved, abandoned or declined. Time to choose what comes next.
        </EmptyState>
      )}
      <p className="muted small">
        Finished goals are those achieved, abandoned or declined. A finished goal stays in view, dimmed, while goals
        under it are still open.
      </p>
    </section>
  );
}

function OpenConflicts({ scope, conflicts }: { scope: AccountScope; conflicts: TreeAccount['goalConflicts'] }) {
  const headingId = useId();
  if (conflicts.totalCount === 0) return null;
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>Open conflicts</h2>
        <p className="card-subtitle">
          Goals that pull against each other. Open either goal to see the conflict and how it can be handled.
        </p>
      </div>
      <ul className="conflict-list">
        {conflicts.nodes.map((conflict) => (
          <li key={conflict.id} className="conflict-item">
            <p className="conflict-goals">
              <Link to={goalPath(scope, conflict.goalA.id)}>{conflict.goalA.title}</Link>
              <span className="conflict-versus" aria-hidden="true">
                ⇄
              </span>
              <span className="visually-hidden"> conflicts with </span>
              <Link to={goalPath(scope, conflict.goalB.id)}>{conflict.goalB.title}</Link>
            </p>
            <p className="muted small">{conflict.description}</p>
          </li>
        ))}
      </ul>
      {conflicts.totalCount > conflicts.nodes.length && (
        <p className="muted small">
          Showing {conflicts.nodes.length} of {conflicts.totalCount} open conflicts.
        </p>
      )}
    </section>
  );
}
