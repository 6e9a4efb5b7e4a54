import { describe, expect, it } from 'vitest';
import type { GoalStatus } from '../../graphql/graphql.ts';
import {
  branchIds,
  buildTree,
  countNodes,
  goalChoices,
  openSiblings,
  pruneTree,
  subtreeIds,
  visibleTree,
  type GoalNode,
  type TreeGoalLike,
} from './tree.ts';

interface G extends TreeGoalLike {
  title: string;
  depth: number;
}

const goal = (id: string, parent: string | null, status: GoalStatus = 'ACTIVE', depth = 1): G => ({
  id,
  title: id,
  status,
  depth,
  parent: parent ? { id: parent } : null,
});

/** The tree as nested [id, children] pairs, context goals marked with a *. */
const shape = (nodes: Array<GoalNode<G>>): unknown[] =>
  nodes.map((node) =>
    node.children.length
      ? [`${node.goal.id}${node.context ? '*' : ''}`, shape(node.children)]
      : `${node.goal.id}${node.context ? '*' : ''}`,
  );

// cost ─┬─ planner ── depot
//       └─ onboarding (achieved)
// trust ── alerts (proposed)
// old (abandoned) ── leftover
const GOALS = [
  goal('cost', null),
  goal('planner', 'cost', 'ACTIVE', 2),
  goal('depot', 'planner', 'AT_RISK', 3),
  goal('onboarding', 'cost', 'ACHIEVED', 2),
  goal('trust', null),
  goal('alerts', 'trust', 'PROPOSED', 2),
  goal('old', null, 'ABANDONED'),
  goal('leftover', 'old', 'ACTIVE', 2),
  goal('declined', null, 'DECLINED'),
];

describe('buildTree', () => {
  it('nests the flat list under parents, keeping the order of siblings', () => {
    expect(shape(buildTree(GOALS))).toEqual([
      ['cost', [['planner', ['depot']], 'onboarding']],
      ['trust', ['alerts']],
      ['old', ['leftover']],
      'declined',
    ]);
    expect(countNodes(buildTree(GOALS))).toBe(GOALS.length);
  });

  it('makes a goal whose parent is missing a root, and survives a cycle', () => {
    expect(shape(buildTree([goal('orphan', 'gone'), goal('a', null)]))).toEqual(['orphan', 'a']);
    expect(countNodes(buildTree([goal('a', 'b'), goal('b', 'a')]))).toBe(2);
  });

  it('accepts children listed before their parent', () => {
    expect(shape(buildTree([goal('child', 'root'), goal('root', null)]))).toEqual([['root', ['child']]]);
  });
});

describe('pruneTree and visibleTree', () => {
  it('hides achieved, abandoned and declined goals, but keeps a finished parent of open goals as context', () => {
    expect(shape(visibleTree(GOALS, false))).toEqual([
      ['cost', [['planner', ['depot']]]],
      ['trust', ['alerts']],
      ['old*', ['leftover']],
    ]);
  });

  it('shows everything when asked', () => {
    expect(countNodes(visibleTree(GOALS, true))).toBe(GOALS.length);
  });

  it('filters with any rule', () => {
    expect(shape(pruneTree(buildTree(GOALS), (item) => item.status === 'PROPOSED'))).toEqual([['trust*', ['alerts']]]);
    expect(pruneTree(buildTree(GOALS), () => false)).toEqual([]);
  });
});

describe('branchIds, subtreeIds and openSiblings', () => {
  it('lists the goals that can collapse', () => {
    expect(branchIds(buildTree(GOALS))).toEqual(['cost', 'planner', 'trust', 'old']);
  });

  it('finds a goal and everything below it', () => {
    expect([...subtreeIds(GOALS, 'cost')].sort()).toEqual(['cost', 'depot', 'onboarding', 'planner']);
    expect([...subtreeIds(GOALS, 'depot')]).toEqual(['depot']);
  });

  it('finds the open goals beside a goal', () => {
    expect(openSiblings(GOALS, goal('onboarding', 'cost')).map((item) => item.id)).toEqual(['planner']);
    expect(openSiblings(GOALS, goal('cost', null)).map((item) => item.id)).toEqual(['trust']);
  });
});

describe('goalChoices', () => {
  it('indents by depth and leaves out declined and excluded goals', () => {
    const choices = goalChoices(GOALS, { exclude: subtreeIds(GOALS, 'planner') });
    expect(choices.map((choice) => choice.value)).toEqual(['cost', 'onboarding', 'trust', 'alerts', 'old', 'leftover']);
    expect(choices[1]?.label).toBe('\u2003onboarding');
    expect(goalChoices(GOALS, { maxDepth: 1 }).map((choice) => choice.value)).toEqual(['cost', 'trust', 'old']);
  });
});
