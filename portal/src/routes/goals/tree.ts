import type { GoalStatus } from '../../graphql/graphql.ts';
import { isClosed } from './labels.ts';

/** What the tree helpers read of a goal (Account.goalTree gives it for every goal). */
export interface TreeGoalLike {
  readonly id: string;
  readonly status: GoalStatus;
  readonly parent: { readonly id: string } | null;
}

export interface GoalNode<Goal extends TreeGoalLike> {
  goal: Goal;
  children: Array<GoalNode<Goal>>;
  /** Shown only because goals below it are: its own work is over. */
  context: boolean;
}

/**
 * Nests a flat list of goals. Siblings keep the order of the list; a goal whose parent is
 * not in the list becomes a root, so nothing is lost.
 */
export function buildTree<Goal extends TreeGoalLike>(goals: readonly Goal[]): Array<GoalNode<Goal>> {
  const nodes = new Map<string, GoalNode<Goal>>();
  for (const goal of goals) nodes.set(goal.id, { goal, children: [], context: false });
  const roots: Array<GoalNode<Goal>> = [];
  for (const goal of goals) {
    const node = nodes.get(goal.id)!;
    const parent = goal.parent && goal.parent.id !== goal.id ? nodes.get(goal.parent.id) : undefined;
    if (parent && !isAncestor(node, parent)) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Whether `node` is `other` or above it (guards against a cycle in bad data). */
function isAncestor<Goal extends TreeGoalLike>(node: GoalNode<Goal>, other: GoalNode<Goal>): boolean {
  if (node === other) return true;
  return node.children.some((child) => isAncestor(child, other));
}

/**
 * Keeps the goals `keep` accepts. A goal it rejects stays when a goal below it is kept,
 * marked as context, so that every kept goal still shows what it serves.
 */
export function pruneTree<Goal extends TreeGoalLike>(
  nodes: ReadonlyArray<GoalNode<Goal>>,
  keep: (goal: Goal) => boolean,
): Array<GoalNode<Goal>> {
  const result: Array<GoalNode<Goal>> = [];
  for (const node of nodes) {
    const children = pruneTree(node.children, keep);
    const kept = keep(node.goal);
    if (kept || children.length > 0) result.push({ goal: node.goal, children, context: !kept });
  }
  return result;
}

/** Goals still being worked on or waiting for an answer: not achieved, abandoned or declined. */
export const isOpenGoal = (goal: TreeGoalLike) => !isClosed(goal.status);

/** The tree as it is shown: without finished goals unless `showClosed`. */
export function visibleTree<Goal extends TreeGoalLike>(
  goals: readonly Goal[],
  showClosed: boolean,
): Array<GoalNode<Goal>> {
  const tree = buildTree(goals);
  return showClosed ? tree : pruneTree(tree, isOpenGoal);
}

export function countNodes(nodes: ReadonlyArray<GoalNode<TreeGoalLike>>): number {
  return nodes.reduce((sum, node) => sum + 1 + countNodes(node.children), 0);
}

/** The ids of the goals that have sub-goals in the tree: the ones that can collapse. */
export function branchIds(nodes: ReadonlyArray<GoalNode<TreeGoalLike>>): string[] {
  return nodes.flatMap((node) => (node.children.length ? [node.goal.id, ...branchIds(node.children)] : []));
}

/** A goal and every goal below it, from a flat list. */
export function subtreeIds(goals: readonly TreeGoalLike[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const goal of goals) {
      if (goal.parent && ids.has(goal.parent.id) && !ids.has(goal.id)) {
        ids.add(goal.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Other goals under the same parent (or other roots) that are still open, in list order. */
export function openSiblings<Goal extends TreeGoalLike>(goals: readonly Goal[], goal: TreeGoalLike): Goal[] {
  const parentId = goal.parent?.id ?? null;
  return goals.filter((other) => other.id !== goal.id && (other.parent?.id ?? null) === parentId && isOpenGoal(other));
}

/** The deepest a goal tree may be (the API refuses deeper ones). */
export const MAX_TREE_DEPTH = 6;

/**
 * Goals to choose from in a select, indented by depth so the tree shows through.
 * `exclude` leaves out goals (e.g. the goal itself and those below it).
 */
export function goalChoices(
  goals: ReadonlyArray<TreeGoalLike & { title: string; depth: number }>,
  options: { exclude?: ReadonlySet<string>; maxDepth?: number } = {},
): Array<{ value: string; label: string }> {
  return goals
    .filter((goal) => goal.status !== 'DECLINED')
    .filter((goal) => !options.exclude?.has(goal.id))
    .filter((goal) => options.maxDepth === undefined || goal.depth <= options.maxDepth)
    .map((goal) => ({ value: goal.id, label: `${'\u2003'.repeat(Math.max(goal.depth - 1, 0))}${goal.title}` }));
}
