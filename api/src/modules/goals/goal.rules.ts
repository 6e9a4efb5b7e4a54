import type { MetricKind } from '../metrics/metric-definition.entity.js';
import type { GoalLevel, GoalStatus, ValueCategory } from './goal.entity.js';

export const OUTCOME_TYPES = [
  'EFFICIENCY',
  'DIFFERENTIATION',
  'ASSOCIATION',
  'CONVENIENCE',
  'EMPOWERMENT',
  'RELATIONSHIP',
] as const;
export type OutcomeType = (typeof OUTCOME_TYPES)[number];

/** The fixed lookup of DESIGN §2: a goal's level and value category give its outcome type. */
const OUTCOME_BY_LEVEL: Record<GoalLevel, Record<ValueCategory, OutcomeType>> = {
  COLLECTIVE: { RELIEVING: 'EFFICIENCY', ENABLING: 'DIFFERENTIATION', ENRICHING: 'ASSOCIATION' },
  INDIVIDUAL: { RELIEVING: 'CONVENIENCE', ENABLING: 'EMPOWERMENT', ENRICHING: 'RELATIONSHIP' },
};

const CATEGORY_ORDER: ValueCategory[] = ['RELIEVING', 'ENABLING', 'ENRICHING'];

/** Derived, never stored: one outcome type per category, in category order. */
export function outcomeTypes(level: GoalLevel, categories: readonly ValueCategory[]): OutcomeType[] {
  return CATEGORY_ORDER.filter((category) => categories.includes(category)).map(
    (category) => OUTCOME_BY_LEVEL[level][category],
  );
}

/**
 * Which kinds of metric fit the outcome types: efficiency and differentiation can be
 * measured in money or operations; association and relationship only through perception.
 */
const METRIC_KINDS_BY_OUTCOME: Record<OutcomeType, MetricKind[]> = {
  EFFICIENCY: ['MONETARY', 'OPERATIONAL'],
  DIFFERENTIATION: ['MONETARY', 'OPERATIONAL'],
  ASSOCIATION: ['PERCEPTUAL'],
  CONVENIENCE: ['OPERATIONAL', 'BEHAVIORAL'],
  EMPOWERMENT: ['BEHAVIORAL', 'OPERATIONAL'],
  RELATIONSHIP: ['PERCEPTUAL'],
};

export function suggestedMetricKinds(types: readonly OutcomeType[]): MetricKind[] {
  return [...new Set(types.flatMap((type) => METRIC_KINDS_BY_OUTCOME[type]))];
}

/** Status changes setGoalStatus allows; proposals move only by acceptGoal and declineGoal. */
const TRANSITIONS: Record<GoalStatus, GoalStatus[]> = {
  PROPOSED: [],
  DECLINED: [],
  ACTIVE: ['AT_RISK', 'ACHIEVED', 'ABANDONED'],
  AT_RISK: ['ACTIVE', 'ACHIEVED', 'ABANDONED'],
  ACHIEVED: ['ACTIVE'],
  ABANDONED: ['ACTIVE'],
};

export function canMoveStatus(from: GoalStatus, to: GoalStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Goals being worked on: they count towards a success plan. */
export const IN_PROGRESS: GoalStatus[] = ['ACTIVE', 'AT_RISK'];

export const MAX_TREE_DEPTH = 6;

/**
 * Orders goals parents-first, depth-first, siblings in the order given, and gives each
 * its depth (a root is 1). A goal whose parent is not in the list is treated as a root.
 */
export function treeOrder<T extends { id: string; parentId: string | null }>(
  goals: readonly T[],
): Array<T & { depth: number }> {
  const ids = new Set(goals.map((goal) => goal.id));
  const children = new Map<string | null, T[]>();
  for (const goal of goals) {
    const parent = goal.parentId && ids.has(goal.parentId) ? goal.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(goal);
    else children.set(parent, [goal]);
  }
  const ordered: Array<T & { depth: number }> = [];
  const visited = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const goal of children.get(parent) ?? []) {
      if (visited.has(goal.id)) continue;
      visited.add(goal.id);
      ordered.push(Object.assign(goal, { depth }));
      visit(goal.id, depth + 1);
    }
  };
  visit(null, 1);
  return ordered;
}
