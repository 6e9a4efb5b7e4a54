import type { BadgeTone } from '../../components/Badge.tsx';
import type {
  Ambition,
  ConflictHandling,
  GoalLevel,
  GoalStatus,
  MetricKind,
  OutcomeType,
  ValueCategory,
  ValueDimension,
} from '../../graphql/graphql.ts';

export const GOAL_LEVELS = ['COLLECTIVE', 'INDIVIDUAL'] as const satisfies readonly GoalLevel[];
export const VALUE_CATEGORIES = ['RELIEVING', 'ENABLING', 'ENRICHING'] as const satisfies readonly ValueCategory[];
export const VALUE_DIMENSIONS = [
  'FINANCIAL',
  'OPERATIONAL',
  'SOCIAL',
  'STRATEGIC',
] as const satisfies readonly ValueDimension[];
export const AMBITIONS = ['GOOD_ENOUGH', 'EXCEPTIONAL'] as const satisfies readonly Ambition[];
export const CONFLICT_HANDLINGS = [
  'PRIORITIZE',
  'SYMBIOTIC',
  'PARALLEL',
  'PARTITION',
] as const satisfies readonly ConflictHandling[];

export const LEVEL_LABELS: Record<GoalLevel, string> = { COLLECTIVE: 'Collective', INDIVIDUAL: 'Individual' };

export const LEVEL_HINTS: Record<GoalLevel, string> = {
  COLLECTIVE: 'A goal of the organisation or a team. The people who back it endorse it.',
  INDIVIDUAL: 'One person’s own goal, owned by that stakeholder.',
};

export const CATEGORY_LABELS: Record<ValueCategory, string> = {
  RELIEVING: 'Relieving',
  ENABLING: 'Enabling',
  ENRICHING: 'Enriching',
};

export const CATEGORY_HINTS: Record<ValueCategory, string> = {
  RELIEVING: 'Takes a burden away.',
  ENABLING: 'Makes something new possible.',
  ENRICHING: 'Adds meaning, trust or enjoyment.',
};

export const OUTCOME_LABELS: Record<OutcomeType, string> = {
  EFFICIENCY: 'Efficiency',
  DIFFERENTIATION: 'Differentiation',
  ASSOCIATION: 'Association',
  CONVENIENCE: 'Convenience',
  EMPOWERMENT: 'Empowerment',
  RELATIONSHIP: 'Relationship',
};

export const OUTCOME_HINTS: Record<OutcomeType, string> = {
  EFFICIENCY: 'the same work with less time, money or effort',
  DIFFERENTIATION: 'standing out by doing what others cannot',
  ASSOCIATION: 'being trusted and well thought of',
  CONVENIENCE: 'less hassle in one person’s work',
  EMPOWERMENT: 'a person able to do more than before',
  RELATIONSHIP: 'better bonds between people',
};

export const DIMENSION_LABELS: Record<ValueDimension, string> = {
  FINANCIAL: 'Financial',
  OPERATIONAL: 'Operational',
  SOCIAL: 'Social',
  STRATEGIC: 'Strategic',
};

export const DIMENSION_HINTS: Record<ValueDimension, string> = {
  FINANCIAL: 'Money earned or saved.',
  OPERATIONAL: 'How the work runs day to day.',
  SOCIAL: 'People: teams, customers, community.',
  STRATEGIC: 'Where the organisation is heading.',
};

export const STATUS_LABELS: Record<GoalStatus, string> = {
  PROPOSED: 'Proposed',
  ACTIVE: 'Active',
  AT_RISK: 'At risk',
  ACHIEVED: 'Achieved',
  ABANDONED: 'Abandoned',
  DECLINED: 'Declined',
};

export const STATUS_TONES: Record<GoalStatus, BadgeTone> = {
  PROPOSED: 'info',
  ACTIVE: 'neutral',
  AT_RISK: 'warning',
  ACHIEVED: 'success',
  ABANDONED: 'neutral',
  DECLINED: 'danger',
};

export const AMBITION_LABELS: Record<Ambition, string> = {
  GOOD_ENOUGH: 'Good enough',
  EXCEPTIONAL: 'Exceptional',
};

export const AMBITION_HINTS: Record<Ambition, string> = {
  GOOD_ENOUGH: 'Reaching the target is what counts; more is not needed.',
  EXCEPTIONAL: 'Aim beyond the usual: the target is a stretch.',
};

export const HANDLING_LABELS: Record<ConflictHandling, string> = {
  PRIORITIZE: 'Prioritise',
  SYMBIOTIC: 'Symbiotic',
  PARALLEL: 'Parallel',
  PARTITION: 'Partition',
};

export const HANDLING_HINTS: Record<ConflictHandling, string> = {
  PRIORITIZE: 'One goal comes first; the other waits or gives way.',
  SYMBIOTIC: 'Both goals are reframed so that each serves the other.',
  PARALLEL: 'Both goals are pursued separately, side by side.',
  PARTITION: 'The goals are split by group or by time.',
};

/** Goals whose work is over: hidden from the tree unless asked for. */
export const CLOSED_STATUSES: readonly GoalStatus[] = ['ACHIEVED', 'ABANDONED', 'DECLINED'];
export const isClosed = (status: GoalStatus) => CLOSED_STATUSES.includes(status);

/** The status changes a customer makes with setGoalStatus, from each status. */
export const STATUS_MOVES: Record<GoalStatus, GoalStatus[]> = {
  PROPOSED: [],
  DECLINED: [],
  ACTIVE: ['AT_RISK', 'ACHIEVED', 'ABANDONED'],
  AT_RISK: ['ACTIVE', 'ACHIEVED', 'ABANDONED'],
  ACHIEVED: ['ACTIVE'],
  ABANDONED: ['ACTIVE'],
};

/** The fixed lookup of level × value category (DESIGN §2), the same the API derives. */
const OUTCOME_BY_LEVEL: Record<GoalLevel, Record<ValueCategory, OutcomeType>> = {
  COLLECTIVE: { RELIEVING: 'EFFICIENCY', ENABLING: 'DIFFERENTIATION', ENRICHING: 'ASSOCIATION' },
  INDIVIDUAL: { RELIEVING: 'CONVENIENCE', ENABLING: 'EMPOWERMENT', ENRICHING: 'RELATIONSHIP' },
};

/** The outcome types a goal's level and categories give, one per category, in category order. */
export function outcomeTypesFor(level: GoalLevel | '', categories: readonly ValueCategory[]): OutcomeType[] {
  if (!level) return [];
  return VALUE_CATEGORIES.filter((category) => categories.includes(category)).map(
    (category) => OUTCOME_BY_LEVEL[level][category],
  );
}

/**
 * The kinds of metric that fit each outcome type: efficiency and differentiation show in
 * money or operations; association and relationship only in what people perceive.
 */
const KINDS_BY_OUTCOME: Record<OutcomeType, MetricKind[]> = {
  EFFICIENCY: ['MONETARY', 'OPERATIONAL'],
  DIFFERENTIATION: ['MONETARY', 'OPERATIONAL'],
  ASSOCIATION: ['PERCEPTUAL'],
  CONVENIENCE: ['OPERATIONAL', 'BEHAVIORAL'],
  EMPOWERMENT: ['BEHAVIORAL', 'OPERATIONAL'],
  RELATIONSHIP: ['PERCEPTUAL'],
};

export function suggestedKindsFor(outcomes: readonly OutcomeType[]): MetricKind[] {
  return [...new Set(outcomes.flatMap((outcome) => KINDS_BY_OUTCOME[outcome]))];
}

/**
 * Splits metrics into those whose kind fits the goal and the rest, each in the order
 * given, so that a picker can list the suggested ones first.
 */
export function rankMetrics<Metric extends { kind: MetricKind }>(
  metrics: readonly Metric[],
  suggestedKinds: readonly MetricKind[],
): { suggested: Metric[]; others: Metric[] } {
  const suggested: Metric[] = [];
  const others: Metric[] = [];
  for (const metric of metrics) (suggestedKinds.includes(metric.kind) ? suggested : others).push(metric);
  return { suggested, others };
}

/** "Relieving, Enabling" */
export const listOf = <Value extends string>(values: readonly Value[], labels: Record<Value, string>) =>
  values.map((value) => labels[value]).join(', ');

/** A number as people write it, without trailing zeros: 12.4, 1,200. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat('en', { maximumFractionDigits: 4 }).format(value);
}

export const isGoalLevel = (value: string): value is GoalLevel => value in LEVEL_LABELS;
export const isGoalStatus = (value: string): value is GoalStatus => value in STATUS_LABELS;
export const isAmbition = (value: string): value is Ambition => value in AMBITION_LABELS;
export const isConflictHandling = (value: string): value is ConflictHandling => value in HANDLING_LABELS;
