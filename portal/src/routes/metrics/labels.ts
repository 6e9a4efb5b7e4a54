import type { SelectOption } from '../../components/Field.tsx';
import type { MetricAggregation, MetricDirection, MetricIndicator, MetricKind } from '../../graphql/graphql.ts';

export const METRIC_KINDS = [
  'MONETARY',
  'OPERATIONAL',
  'BEHAVIORAL',
  'PERCEPTUAL',
] as const satisfies readonly MetricKind[];

export const KIND_LABELS: Record<MetricKind, string> = {
  MONETARY: 'Monetary',
  OPERATIONAL: 'Operational',
  BEHAVIORAL: 'Behavioural',
  PERCEPTUAL: 'Perceptual',
};

export const KIND_HINTS: Record<MetricKind, string> = {
  MONETARY: 'Money: costs, revenue, savings.',
  OPERATIONAL: 'How the work runs: time, volume, error rates.',
  BEHAVIORAL: 'What people do: usage, adoption, habits.',
  PERCEPTUAL: 'What people feel: satisfaction, trust, reputation.',
};

export const DIRECTION_LABELS: Record<MetricDirection, string> = {
  HIGHER_IS_BETTER: 'Higher is better',
  LOWER_IS_BETTER: 'Lower is better',
};

export const INDICATOR_LABELS: Record<MetricIndicator, string> = {
  LEADING: 'Leading',
  LAGGING: 'Lagging',
};

export const INDICATOR_HINTS: Record<MetricIndicator, string> = {
  LEADING: 'Moves before the outcome, e.g. usage.',
  LAGGING: 'Moves after the outcome, e.g. satisfaction or renewal.',
};

export const AGGREGATION_LABELS: Record<MetricAggregation, string> = {
  SUM: 'Sum',
  AVG: 'Average',
  LAST: 'Last value',
};

export const AGGREGATION_HINTS: Record<MetricAggregation, string> = {
  SUM: 'Add up the values of a period, e.g. tickets closed.',
  AVG: 'Average the values of a period, e.g. a score.',
  LAST: 'Keep the latest value of a period, e.g. a head count.',
};

const optionsOf = <Value extends string>(labels: Record<Value, string>): SelectOption[] =>
  (Object.keys(labels) as Value[]).map((value) => ({ value, label: labels[value] }));

export const kindOptions = METRIC_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));
export const directionOptions = optionsOf(DIRECTION_LABELS);
export const indicatorOptions = optionsOf(INDICATOR_LABELS);
export const aggregationOptions = optionsOf(AGGREGATION_LABELS);

export const isMetricKind = (value: string): value is MetricKind => value in KIND_LABELS;
export const isMetricDirection = (value: string): value is MetricDirection => value in DIRECTION_LABELS;
export const isMetricIndicator = (value: string): value is MetricIndicator => value in INDICATOR_LABELS;
export const isMetricAggregation = (value: string): value is MetricAggregation => value in AGGREGATION_LABELS;

/** A metric's unit in brackets after its name, e.g. "Cost per shipment (EUR)". */
export const metricName = (metric: { name: string; unit: string }) =>
  metric.unit ? `${metric.name} (${metric.unit})` : metric.name;
