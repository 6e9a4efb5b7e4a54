import { useMemo } from 'react';
import { RadioGroup } from '../../components/ChoiceGroup.tsx';
import { SelectField, TextField, type SelectOption } from '../../components/Field.tsx';
import type { MetricDirection, MetricKind, OutcomeType, ResultOf } from '../../graphql/graphql.ts';
import { DIRECTION_LABELS, KIND_LABELS, metricName } from '../metrics/labels.ts';
import type { MeasureField, MeasureValues } from './form.ts';
import {
  AMBITION_HINTS,
  AMBITION_LABELS,
  AMBITIONS,
  isAmbition,
  OUTCOME_LABELS,
  rankMetrics,
  suggestedKindsFor,
} from './labels.ts';
import type { GoalFormChoicesQuery } from './queries.ts';

/** A metric a measure can use: one of the account's, or a provider template (adopted when used). */
export interface MetricChoice {
  id: string;
  name: string;
  unit: string;
  kind: MetricKind;
  direction: MetricDirection;
  description: string;
  isTemplate: boolean;
}

/**
 * The account's metrics, then the provider's templates the account has not adopted yet
 * (a measure may name a template: the API adopts it).
 */
export function metricChoicesOf(data: ResultOf<typeof GoalFormChoicesQuery> | undefined): MetricChoice[] {
  const account = data?.node?.__typename === 'Account' ? data.node : null;
  const own = account?.metricDefinitions.nodes ?? [];
  const adopted = new Set(own.flatMap((metric) => (metric.template ? [metric.template.id] : [])));
  const templates = (data?.viewer?.metricTemplates.nodes ?? []).filter((template) => !adopted.has(template.id));
  return [
    ...own.map((metric) => ({ ...metric, isTemplate: false })),
    ...templates.map((template) => ({ ...template, isTemplate: true })),
  ];
}

const optionOf = (metric: MetricChoice, suggested: boolean): SelectOption => ({
  value: metric.id,
  label: [
    metricName(metric),
    KIND_LABELS[metric.kind],
    metric.isTemplate ? 'provider template' : null,
    suggested ? 'suggested' : null,
  ]
    .filter(Boolean)
    .join(' · '),
});

const words = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** Why some metrics are suggested, in a sentence; null until the goal has an outcome type. */
export function steeringHint(outcomes: readonly OutcomeType[]): string | null {
  if (outcomes.length === 0) return null;
  const kinds = suggestedKindsFor(outcomes).map((kind) => KIND_LABELS[kind].toLowerCase());
  const types = words(outcomes.map((outcome) => OUTCOME_LABELS[outcome].toLowerCase()));
  const perceptual = outcomes.some((outcome) => outcome === 'ASSOCIATION' || outcome === 'RELATIONSHIP');
  const monetary = outcomes.some((outcome) => outcome === 'EFFICIENCY' || outcome === 'DIFFERENTIATION');
  const why = [
    monetary ? 'Efficiency and differentiation can be counted in money or in how the work runs.' : null,
    perceptual ? 'Association and relationship show only in what people perceive: ask them.' : null,
  ]
    .filter(Boolean)
    .join(' ');
  return `${why ? `${why} ` : ''}For ${types}, ${words(kinds)} metrics fit best: they are listed first, marked “suggested”.`;
}

export interface MeasureFieldsProps {
  values: MeasureValues;
  onChange: (values: MeasureValues) => void;
  errors: Partial<Record<MeasureField, string>>;
  metrics: readonly MetricChoice[];
  /** The goal's outcome types, which decide the suggested metrics. */
  outcomeTypes: readonly OutcomeType[];
  loadingMetrics?: boolean;
}

/** A goal's measure: the metric, baseline, target, due date and ambition. */
export function MeasureFields({ values, onChange, errors, metrics, outcomeTypes, loadingMetrics }: MeasureFieldsProps) {
  const set = (changes: Partial<MeasureValues>) => onChange({ ...values, ...changes });
  const suggestedKinds = useMemo(() => suggestedKindsFor(outcomeTypes), [outcomeTypes]);
  const { suggested, others } = useMemo(() => rankMetrics(metrics, suggestedKinds), [metrics, suggestedKinds]);
  const metric = metrics.find((item) => item.id === values.metricId);
  const hint = steeringHint(outcomeTypes);
  const groups =
    suggested.length > 0
      ? [
          {
            label: `Suggested for ${words(outcomeTypes.map((type) => OUTCOME_LABELS[type].toLowerCase()))}`,
            options: suggested.map((item) => optionOf(item, true)),
          },
          { label: 'Other metrics', options: others.map((item) => optionOf(item, false)) },
        ]
      : [{ label: 'Metrics', options: others.map((item) => optionOf(item, false)) }];

  return (
    <div className="stack">
      <SelectField
        label="Metric"
        name="metric"
        placeholder={loadingMetrics ? 'Loading metrics…' : 'Choose a metric'}
        options={[]}
        groups={groups}
        value={values.metricId}
        onChange={(event) => set({ metricId: event.target.value })}
        hint={
          hint ?? 'The number that shows progress. Your account’s metrics come first, then the provider’s templates.'
        }
        error={errors['measure.metricDefinitionId']}
      />
      {metric && (
        <p className="metric-note">
          <strong>{metric.name}</strong> · {KIND_LABELS[metric.kind]} ·{' '}
          {DIRECTION_LABELS[metric.direction].toLowerCase()}
          {metric.isTemplate && ' · a provider template: it is added to your account’s metrics when you save'}
          {metric.description && (
            <>
              <br />
              <span className="muted">{metric.description}</span>
            </>
          )}
        </p>
      )}
      <div className="form-row">
        <TextField
          label="Baseline"
          name="baseline"
          inputMode="decimal"
          autoComplete="off"
          value={values.baseline}
          onChange={(event) => set({ baseline: event.target.value })}
          hint={metric?.unit ? `Where you are today, in ${metric.unit}.` : 'Where you are today.'}
          error={errors['measure.baseline']}
          required
        />
        <TextField
          label="Target"
          name="target"
          inputMode="decimal"
          autoComplete="off"
          value={values.target}
          onChange={(event) => set({ target: event.target.value })}
          hint={
            metric
              ? `Where you want to be. ${DIRECTION_LABELS[metric.direction]}: aim ${metric.direction === 'HIGHER_IS_BETTER' ? 'above' : 'below'} the baseline.`
              : 'Where you want to be.'
          }
          error={errors['measure.target']}
          required
        />
        <TextField
          label="Due date"
          name="dueDate"
          type="date"
          optional
          value={values.dueDate}
          onChange={(event) => set({ dueDate: event.target.value })}
          hint="When you want to be there. A goal with a measure and a due date makes a success plan."
          error={errors['measure.dueDate']}
        />
      </div>
      <RadioGroup
        legend="Ambition"
        name="ambition"
        inline
        choices={AMBITIONS.map((ambition) => ({
          value: ambition,
          label: AMBITION_LABELS[ambition],
          description: AMBITION_HINTS[ambition],
        }))}
        value={values.ambition}
        onChange={(value) => {
          if (isAmbition(value)) set({ ambition: value });
        }}
        error={errors['measure.ambition']}
      />
    </div>
  );
}
