import { useId } from 'react';
import type { FragmentOf } from '../../graphql/graphql.ts';
import { GoalCard } from './GoalCard.tsx';
import type { GoalCardFragment } from './queries.ts';
import type { GoalNode, TreeGoalLike } from './tree.ts';

export type TreeGoal = TreeGoalLike & { title: string } & FragmentOf<typeof GoalCardFragment>;

export interface GoalTreeProps {
  nodes: ReadonlyArray<GoalNode<TreeGoal>>;
  /** Goals whose sub-goals are hidden. */
  collapsed: ReadonlySet<string>;
  onToggle: (goalId: string) => void;
  hrefOf: (goalId: string) => string;
  label: string;
}

/**
 * The goal tree as nested lists: each goal's sub-goals sit under it, and a goal with
 * sub-goals has a button that shows or hides them (aria-expanded). Everything is reached
 * with Tab; screen readers announce the list nesting.
 */
export function GoalTree({ nodes, collapsed, onToggle, hrefOf, label }: GoalTreeProps) {
  return (
    <ul className="goal-tree" aria-label={label}>
      {nodes.map((node) => (
        <GoalTreeItem key={node.goal.id} node={node} collapsed={collapsed} onToggle={onToggle} hrefOf={hrefOf} />
      ))}
    </ul>
  );
}

function GoalTreeItem({
  node,
  collapsed,
  onToggle,
  hrefOf,
}: {
  node: GoalNode<TreeGoal>;
  collapsed: ReadonlySet<string>;
  onToggle: (goalId: string) => void;
  hrefOf: (goalId: string) => string;
}) {
  const groupId = useId();
  const { goal, children } = node;
  const open = !collapsed.has(goal.id);
  return (
    <li className="goal-tree-item">
      <div className="goal-tree-row">
        {children.length > 0 ? (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={open}
            aria-controls={groupId}
            onClick={() => onToggle(goal.id)}
          >
            <span className="tree-chevron" aria-hidden="true" />
            <span className="visually-hidden">Sub-goals of “{goal.title}”: </span>
            <span>{children.length}</span>
          </button>
        ) : (
          <span className="tree-leaf" aria-hidden="true" />
        )}
        <GoalCard goal={goal} href={hrefOf(goal.id)} context={node.context} />
      </div>
      {children.length > 0 && (
        <ul id={groupId} className="goal-tree-children" hidden={!open} aria-label={`Sub-goals of “${goal.title}”`}>
          {children.map((child) => (
            <GoalTreeItem key={child.goal.id} node={child} collapsed={collapsed} onToggle={onToggle} hrefOf={hrefOf} />
          ))}
        </ul>
      )}
    </li>
  );
}
