import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../components/Button.tsx';
import { RadioGroup } from '../../components/ChoiceGroup.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import type { FormErrors } from '../../graphql/errors.ts';
import type { MetricAggregation, MetricDirection, MetricIndicator, MetricKind } from '../../graphql/graphql.ts';
import {
  AGGREGATION_HINTS,
  aggregationOptions,
  directionOptions,
  INDICATOR_HINTS,
  INDICATOR_LABELS,
  isMetricAggregation,
  isMetricDirection,
  isMetricIndicator,
  isMetricKind,
  KIND_HINTS,
  KIND_LABELS,
  METRIC_KINDS,
} from './labels.ts';

export type MetricField = 'key' | 'name' | 'description' | 'unit' | 'direction' | 'kind' | 'indicator' | 'aggregation';

export const METRIC_FIELDS: MetricField[] = [
  'key',
  'name',
  'description',
  'unit',
  'direction',
  'kind',
  'indicator',
  'aggregation',
];

export interface MetricFormValues {
  key: string;
  name: string;
  description: string;
  unit: string;
  direction: MetricDirection;
  kind: MetricKind | '';
  indicator: MetricIndicator;
  aggregation: MetricAggregation;
}

export const EMPTY_METRIC: MetricFormValues = {
  key: '',
  name: '',
  description: '',
  unit: '',
  direction: 'HIGHER_IS_BETTER',
  kind: '',
  indicator: 'LEADING',
  aggregation: 'AVG',
};

/** "Tickets resolved per day" → "tickets_resolved_per_day": a key people need not type. */
export function keyFromName(name: string): string {
  const key = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^[^a-z]+/, '');
  return key.slice(0, 63).replace(/_+$/, '');
}

/** Checks the metric form before it is sent; null when it may be. */
export function validateMetric(values: MetricFormValues, creating: boolean): FormErrors<MetricField> | null {
  const fields: Partial<Record<MetricField, string>> = {};
  if (creating && !/^[a-z][a-z0-9_]{0,62}$/.test(values.key.trim())) {
    fields.key = 'Use lowercase letters, digits and _, starting with a letter.';
  }
  if (!values.name.trim()) fields.name = 'Enter a name.';
  if (!values.kind) fields.kind = 'Choose what the metric measures.';
  return Object.keys(fields).length ? { fields, form: [] } : null;
}

export interface MetricFormProps {
  initial: MetricFormValues;
  /** The key is set once, when the metric is created: imports rely on it. */
  creating: boolean;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  errors: FormErrors<MetricField>;
  onSubmit: (values: MetricFormValues) => void;
  cancel?: ReactNode;
  /** A way to tell forms apart on a page with more than one. */
  idPrefix: string;
}

export function MetricForm({
  initial,
  creating,
  submitLabel,
  busyLabel,
  busy,
  errors,
  onSubmit,
  cancel,
  idPrefix,
}: MetricFormProps) {
  const [values, setValues] = useState(initial);
  const [keyTouched, setKeyTouched] = useState(!creating);
  const [local, setLocal] = useState<FormErrors<MetricField> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const shown = local ?? errors;
  const set = (changes: Partial<MetricFormValues>) => setValues((current) => ({ ...current, ...changes }));

  useEffect(() => {
    if (shown.form.length === 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [shown]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = validateMetric(values, creating);
    setLocal(problems);
    if (!problems) onSubmit(values);
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-busy={busy || undefined}>
      <FormAlert title="The metric was not saved" messages={shown.form} />
      <div className="form-row">
        <TextField
          label="Name"
          name={`${idPrefix}-name`}
          value={values.name}
          onChange={(event) => {
            const name = event.target.value;
            set(keyTouched ? { name } : { name, key: keyFromName(name) });
          }}
          hint="As people say it, e.g. “Tickets resolved per day”."
          error={shown.fields.name}
          maxLength={200}
          required
        />
        {creating ? (
          <TextField
            label="Key"
            name={`${idPrefix}-key`}
            className="mono"
            value={values.key}
            onChange={(event) => {
              setKeyTouched(true);
              set({ key: event.target.value });
            }}
            hint="A stable name for imports: lowercase letters, digits and _. It never changes."
            error={shown.fields.key}
            maxLength={63}
            autoComplete="off"
            spellCheck={false}
            required
          />
        ) : (
          <div className="field">
            <p className="field-label">Key</p>
            <p className="mono key-readonly">{values.key}</p>
            <p className="field-hint">The key never changes: imports rely on it.</p>
          </div>
        )}
      </div>
      <TextAreaField
        label="Description"
        name={`${idPrefix}-description`}
        optional
        value={values.description}
        onChange={(event) => set({ description: event.target.value })}
        hint="What is counted, and where the numbers come from."
        error={shown.fields.description}
        maxLength={2000}
        rows={2}
      />
      <div className="form-row">
        <TextField
          label="Unit"
          name={`${idPrefix}-unit`}
          optional
          value={values.unit}
          onChange={(event) => set({ unit: event.target.value })}
          hint="Shown beside values, e.g. EUR, %, hours."
          error={shown.fields.unit}
          maxLength={40}
        />
        <SelectField
          label="Direction"
          name={`${idPrefix}-direction`}
          options={directionOptions}
          value={values.direction}
          onChange={(event) => {
            if (isMetricDirection(event.target.value)) set({ direction: event.target.value });
          }}
          hint="Which way is progress. It is fixed once a goal measures with it."
          error={shown.fields.direction}
        />
        <SelectField
          label="Aggregation"
          name={`${idPrefix}-aggregation`}
          options={aggregationOptions}
          value={values.aggregation}
          onChange={(event) => {
            if (isMetricAggregation(event.target.value)) set({ aggregation: event.target.value });
          }}
          hint={AGGREGATION_HINTS[values.aggregation]}
          error={shown.fields.aggregation}
        />
      </div>
      <RadioGroup<MetricKind>
        legend="Kind"
        name={`${idPrefix}-kind`}
        inline
        choices={METRIC_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind], description: KIND_HINTS[kind] }))}
        value={values.kind}
        onChange={(kind) => {
          if (isMetricKind(kind)) set({ kind });
        }}
        error={shown.fields.kind}
      />
      <RadioGroup<MetricIndicator>
        legend="Indicator"
        name={`${idPrefix}-indicator`}
        inline
        choices={(['LEADING', 'LAGGING'] as const).map((indicator) => ({
          value: indicator,
          label: INDICATOR_LABELS[indicator],
          description: INDICATOR_HINTS[indicator],
        }))}
        value={values.indicator}
        onChange={(indicator) => {
          if (isMetricIndicator(indicator)) set({ indicator });
        }}
        error={shown.fields.indicator}
      />
      <div className="form-actions">
        <Button type="submit" busy={busy}>
          {busy ? busyLabel : submitLabel}
        </Button>
        {cancel}
      </div>
    </form>
  );
}
