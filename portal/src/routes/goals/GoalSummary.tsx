import { Badge } from '../../components/Badge.tsx';
import { Time } from '../../components/Time.tsx';
import type { GoalLevel, GoalStatus, OutcomeType, ValueCategory, ValueDimension } from '../../graphql/graphql.ts';
import type { GoalMeasureFragment } from './queries.ts';
import type { ResultOf } from '../../graphql/graphql.ts';
import {
  AMBITION_LABELS,
  CATEGORY_LABELS,
  DIMENSION_LABELS,
  formatNumber,
  LEVEL_LABELS,
  OUTCOME_LABELS,
  STATUS_LABELS,
  STATUS_TONES,
  VALUE_CATEGORIES,
} from './labels.ts';

export type GoalMeasure = ResultOf<typeof GoalMeasureFragment>;

export function StatusBadge({ status }: { status: GoalStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}

export function OpenConflictsBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <Badge tone="warning">
      <span aria-hidden="true">⇄</span> {count} open {count === 1 ? 'conflict' : 'conflicts'}
    </Badge>
  );
}

/**
 * The goal's kind in a line of tags: level, each value category with the outcome type it
 * gives, and the value-in-use dimensions.
 */
export function GoalTags({
  level,
  categories,
  outcomeTypes,
  dimensions,
}: {
  level: GoalLevel;
  categories: readonly ValueCategory[];
  outcomeTypes: readonly OutcomeType[];
  dimensions: readonly ValueDimension[];
}) {
  // Both lists come in category order: the API derives one outcome type per category.
  const ordered = VALUE_CATEGORIES.filter((category) => categories.includes(category));
  return (
    <ul className="tag-list" aria-label="Kind of goal">
      <li className="tag tag-level">{LEVEL_LABELS[level]}</li>
      {ordered.map((category, index) => (
        <li className="tag tag-value" key={category}>
          {CATEGORY_LABELS[category]}
          {outcomeTypes[index] && (
            <>
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden">, outcome: </span>
              <strong>{OUTCOME_LABELS[outcomeTypes[index]]}</strong>
            </>
          )}
        </li>
      ))}
      {dimensions.map((dimension) => (
        <li className="tag" key={dimension}>
          {DIMENSION_LABELS[dimension]}
        </li>
      ))}
    </ul>
  );
}

/** "12.4 → 10.5 EUR" */
export function MeasureRange({ measure }: { measure: GoalMeasure }) {
  return (
    <span className="nowrap">
      {formatNumber(measure.baseline)}
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden"> to </span>
      {formatNumber(measure.target)}
      {measure.metric.unit && ` ${measure.metric.unit}`}
    </span>
  );
}

/** A measure in one line: metric, baseline → target, due date, ambition. */
export function MeasureSummary({ measure }: { measure: GoalMeasure }) {
  return (
    <span className="measure-summary">
      <span className="measure-metric">{measure.metric.name}</span>: <MeasureRange measure={measure} />
      {measure.dueDate && (
        <>
          {' '}
          by <Time value={measure.dueDate} style="day" />
        </>
      )}
      <span className="muted"> · {AMBITION_LABELS[measure.ambition].toLowerCase()}</span>
    </span>
  );
}
