import type { FormErrors } from '../../graphql/errors.ts';
import type {
  Ambition,
  GoalLevel,
  MetricDirection,
  ValueCategory,
  ValueDimension,
  VariablesOf,
} from '../../graphql/graphql.ts';
import type { CreateGoalMutation, UpdateGoalMutation } from './queries.ts';

export type MeasureField =
  'measure.metricDefinitionId' | 'measure.baseline' | 'measure.target' | 'measure.dueDate' | 'measure.ambition';

export type GoalField =
  'title' | 'description' | 'level' | 'categories' | 'dimensions' | 'parentId' | 'ownerId' | MeasureField;

export const MEASURE_FIELDS: MeasureField[] = [
  'measure.metricDefinitionId',
  'measure.baseline',
  'measure.target',
  'measure.dueDate',
  'measure.ambition',
];

export const GOAL_FIELDS: GoalField[] = [
  'title',
  'description',
  'level',
  'categories',
  'dimensions',
  'parentId',
  'ownerId',
  ...MEASURE_FIELDS,
];

/** setGoalMeasure names the measure's fields without the "measure." of createGoal. */
export const MEASURE_ALIASES: Partial<Record<string, MeasureField>> = {
  metricDefinitionId: 'measure.metricDefinitionId',
  baseline: 'measure.baseline',
  target: 'measure.target',
  dueDate: 'measure.dueDate',
  ambition: 'measure.ambition',
  measure: 'measure.metricDefinitionId',
};

export interface MeasureValues {
  metricId: string;
  /** As typed; parsed on submit. */
  baseline: string;
  target: string;
  /** YYYY-MM-DD, or '' for none. */
  dueDate: string;
  ambition: Ambition;
}

export interface GoalFormValues {
  title: string;
  description: string;
  level: GoalLevel | '';
  categories: ValueCategory[];
  dimensions: ValueDimension[];
  /** '' for a goal at the top of the tree. */
  parentId: string;
  /** The owning stakeholder; '' for none. */
  ownerId: string;
  withMeasure: boolean;
  measure: MeasureValues;
}

export const EMPTY_MEASURE: MeasureValues = {
  metricId: '',
  baseline: '',
  target: '',
  dueDate: '',
  ambition: 'GOOD_ENOUGH',
};

export const emptyGoal = (overrides: Partial<GoalFormValues> = {}): GoalFormValues => ({
  title: '',
  description: '',
  level: '',
  categories: [],
  dimensions: [],
  parentId: '',
  ownerId: '',
  withMeasure: false,
  measure: EMPTY_MEASURE,
  ...overrides,
});

/** A number as typed: "12.5", "-3", "1e3"; null when it is not one. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** Checks a measure before it is sent; the metric's direction, when known, for the target. */
export function validateMeasure(
  measure: MeasureValues,
  metric?: { name: string; direction: MetricDirection } | undefined,
): Partial<Record<MeasureField, string>> {
  const errors: Partial<Record<MeasureField, string>> = {};
  if (!measure.metricId) errors['measure.metricDefinitionId'] = 'Choose the metric that shows progress.';
  const baseline = parseNumber(measure.baseline);
  const target = parseNumber(measure.target);
  if (baseline === null) errors['measure.baseline'] = 'Enter the value today, as a number (e.g. 12.5).';
  if (target === null) errors['measure.target'] = 'Enter the value you aim for, as a number (e.g. 10).';
  if (baseline !== null && target !== null) {
    if (baseline === target) errors['measure.target'] = 'The target must differ from the baseline.';
    else if (metric) {
      const higher = metric.direction === 'HIGHER_IS_BETTER';
      if (higher ? target < baseline : target > baseline) {
        errors['measure.target'] =
          `${metric.name} is better when ${higher ? 'higher' : 'lower'}: set a target ${higher ? 'above' : 'below'} the baseline.`;
      }
    }
  }
  return errors;
}

/**
 * Checks the goal form before it is sent. `ownerChosenByApi`: a member's own goal is
 * owned by them without choosing.
 */
export function validateGoal(
  values: GoalFormValues,
  options: { ownerChosenByApi?: boolean; metric?: { name: string; direction: MetricDirection } } = {},
): FormErrors<GoalField> | null {
  const fields: Partial<Record<GoalField, string>> = {};
  if (!values.title.trim()) fields.title = 'Give the goal a title: what do you want to achieve?';
  else if (values.title.trim().length > 200) fields.title = 'Use at most 200 characters.';
  if (!values.level) fields.level = 'Choose collective or individual.';
  if (values.categories.length === 0) fields.categories = 'Choose at least one kind of value.';
  if (values.level === 'INDIVIDUAL' && !values.ownerId && !options.ownerChosenByApi) {
    fields.ownerId = 'An individual goal belongs to one person: choose its owner.';
  }
  if (values.withMeasure) Object.assign(fields, validateMeasure(values.measure, options.metric));
  return Object.keys(fields).length ? { fields, form: [] } : null;
}

export type MeasureInput = NonNullable<VariablesOf<typeof CreateGoalMutation>['input']['measure']>;

export function toMeasureInput(measure: MeasureValues): MeasureInput {
  return {
    metricDefinitionId: measure.metricId,
    baseline: parseNumber(measure.baseline) ?? Number.NaN,
    target: parseNumber(measure.target) ?? Number.NaN,
    dueDate: measure.dueDate || null,
    ambition: measure.ambition,
  };
}

type CreateInput = VariablesOf<typeof CreateGoalMutation>['input'];

/** The input of createGoal or proposeGoal. */
export function toCreateInput(
  values: GoalFormValues,
  options: { accountId?: string; ownerChosenByApi?: boolean } = {},
): CreateInput {
  return {
    accountId: options.accountId ?? null,
    title: values.title.trim(),
    description: values.description.trim() || null,
    level: values.level || 'COLLECTIVE',
    categories: values.categories,
    dimensions: values.dimensions,
    parentId: values.parentId || null,
    ownerId: options.ownerChosenByApi ? null : values.ownerId || null,
    measure: values.withMeasure ? toMeasureInput(values.measure) : null,
  };
}

type UpdateInput = VariablesOf<typeof UpdateGoalMutation>['input'];

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value) => b.includes(value));

/** Only what changed, for updateGoal; null when nothing did. */
export function goalChanges(
  id: string,
  version: number,
  before: GoalFormValues,
  after: GoalFormValues,
  options: { ownerChosenByApi?: boolean } = {},
): UpdateInput | null {
  const input: UpdateInput = { id, version };
  let changed = false;
  const set = <Key extends keyof UpdateInput>(key: Key, value: UpdateInput[Key]) => {
    input[key] = value;
    changed = true;
  };
  if (after.title.trim() !== before.title.trim()) set('title', after.title.trim());
  if (after.description.trim() !== before.description.trim()) set('description', after.description.trim());
  if (after.level && after.level !== before.level) set('level', after.level);
  if (!sameSet(after.categories, before.categories)) set('categories', after.categories);
  if (!sameSet(after.dimensions, before.dimensions)) set('dimensions', after.dimensions);
  if (after.parentId !== before.parentId) set('parentId', after.parentId || null);
  if (!options.ownerChosenByApi && after.ownerId !== before.ownerId) set('ownerId', after.ownerId || null);
  return changed ? input : null;
}
