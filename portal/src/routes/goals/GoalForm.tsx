import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../components/Button.tsx';
import { CheckboxGroup, RadioGroup } from '../../components/ChoiceGroup.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import type { FormErrors } from '../../graphql/errors.ts';
import type { GoalLevel, GoalStatus } from '../../graphql/graphql.ts';
import { validateGoal, type GoalField, type GoalFormValues, type MeasureField } from './form.ts';
import {
  CATEGORY_HINTS,
  CATEGORY_LABELS,
  DIMENSION_HINTS,
  DIMENSION_LABELS,
  GOAL_LEVELS,
  isGoalLevel,
  LEVEL_HINTS,
  LEVEL_LABELS,
  OUTCOME_HINTS,
  OUTCOME_LABELS,
  outcomeTypesFor,
  VALUE_CATEGORIES,
  VALUE_DIMENSIONS,
} from './labels.ts';
import { MeasureFields, type MetricChoice } from './MeasureFields.tsx';
import { goalChoices, MAX_TREE_DEPTH } from './tree.ts';

export interface GoalFormChoices {
  stakeholders: ReadonlyArray<{ id: string; name: string; title: string }>;
  metrics: readonly MetricChoice[];
  goals: ReadonlyArray<{ id: string; title: string; status: GoalStatus; depth: number; parent: { id: string } | null }>;
  loading: boolean;
  /** Why the choices could not be loaded, if they could not. */
  problem?: string | undefined;
}

export interface GoalFormProps {
  initial: GoalFormValues;
  choices: GoalFormChoices;
  /** A customer member writes only their own individual goals: no level or owner to choose. */
  ownGoalOnly: boolean;
  /** Creating and proposing include the measure; editing sets it on the goal's page. */
  withMeasureStep: boolean;
  /** Goals that cannot be the parent (the goal itself and those below it). */
  excludeParents?: ReadonlySet<string>;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  errors: FormErrors<GoalField>;
  onSubmit: (values: GoalFormValues) => void;
  cancel?: ReactNode;
  /** Shown above the form, e.g. that someone else changed the goal. */
  notice?: ReactNode;
}

/** The guided goal form: what, whose, which value, where it fits, and how it is measured. */
export function GoalForm({
  initial,
  choices,
  ownGoalOnly,
  withMeasureStep,
  excludeParents,
  submitLabel,
  busyLabel,
  busy,
  errors,
  onSubmit,
  cancel,
  notice,
}: GoalFormProps) {
  const [values, setValues] = useState(initial);
  const [localErrors, setLocalErrors] = useState<FormErrors<GoalField> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (changes: Partial<GoalFormValues>) => setValues((current) => ({ ...current, ...changes }));
  const outcomes = useMemo(() => outcomeTypesFor(values.level, values.categories), [values.level, values.categories]);
  const metric = choices.metrics.find((item) => item.id === values.measure.metricId);
  const shown = localErrors ?? errors;
  const fieldError = (field: GoalField) => shown.fields[field];

  // After a refused submit, the first field at fault takes focus (the alert does, for form-wide problems).
  useEffect(() => {
    if (shown.form.length === 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [shown]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = validateGoal(values, { ownerChosenByApi: ownGoalOnly, metric });
    setLocalErrors(problems);
    if (!problems) onSubmit(values);
  };

  const parentOptions = goalChoices(choices.goals, { exclude: excludeParents, maxDepth: MAX_TREE_DEPTH - 1 });
  const ownerOptions = choices.stakeholders.map((stakeholder) => ({
    value: stakeholder.id,
    label: stakeholder.title ? `${stakeholder.name} — ${stakeholder.title}` : stakeholder.name,
  }));
  const measureErrors = Object.fromEntries(
    Object.entries(shown.fields).filter(([field]) => field.startsWith('measure.')),
  ) as Partial<Record<MeasureField, string>>;

  return (
    <form ref={formRef} className="form goal-form" onSubmit={submit} noValidate aria-busy={busy || undefined}>
      {notice}
      <FormAlert title="The goal was not saved" messages={shown.form} />
      {choices.problem && <p className="notice">{choices.problem}</p>}

      <FormStep number={1} title="What do you want to achieve?">
        <TextField
          label="Title"
          name="title"
          value={values.title}
          onChange={(event) => set({ title: event.target.value })}
          hint="One line, in your own words, e.g. “Cut the cost per shipment by 15 %”."
          error={fieldError('title')}
          maxLength={200}
          required
        />
        <TextAreaField
          label="Description"
          name="description"
          optional
          value={values.description}
          onChange={(event) => set({ description: event.target.value })}
          hint="Why it matters, and what would be different once it is achieved."
          error={fieldError('description')}
          maxLength={5000}
        />
      </FormStep>

      <FormStep number={2} title="Whose goal is it?">
        {ownGoalOnly ? (
          <p className="notice notice-info">
            This is your own goal: it is <strong>individual</strong>, and you own it. Your admin writes the goals you
            share with others.
          </p>
        ) : (
          <>
            <RadioGroup<GoalLevel>
              legend="Level"
              name="level"
              inline
              choices={GOAL_LEVELS.map((level) => ({
                value: level,
                label: LEVEL_LABELS[level],
                description: LEVEL_HINTS[level],
              }))}
              value={values.level}
              onChange={(level) => {
                if (isGoalLevel(level)) set({ level });
              }}
              error={fieldError('level')}
            />
            <SelectField
              label="Owner"
              name="ownerId"
              optional={values.level !== 'INDIVIDUAL'}
              placeholder={choices.loading ? 'Loading stakeholders…' : 'No owner'}
              options={ownerOptions}
              value={values.ownerId}
              onChange={(event) => set({ ownerId: event.target.value })}
              hint={
                values.level === 'INDIVIDUAL'
                  ? 'The person whose goal this is.'
                  : 'Who leads it. A shared goal is backed by the people who endorse it.'
              }
              error={fieldError('ownerId')}
            />
          </>
        )}
      </FormStep>

      <FormStep number={3} title="What value will it bring?">
        <CheckboxGroup
          legend="Kind of value"
          name="categories"
          inline
          hint="Choose one or more."
          choices={VALUE_CATEGORIES.map((category) => ({
            value: category,
            label: CATEGORY_LABELS[category],
            description: CATEGORY_HINTS[category],
          }))}
          values={values.categories}
          onChange={(categories) => set({ categories })}
          error={fieldError('categories')}
        />
        <div className="outcome-preview" aria-live="polite" aria-atomic="true">
          {outcomes.length > 0 ? (
            <>
              <p className="outcome-preview-title">
                {outcomes.length === 1 ? 'The outcome it gives' : 'The outcomes it gives'}
              </p>
              <ul className="outcome-list">
                {outcomes.map((outcome) => (
                  <li key={outcome}>
                    <strong>{OUTCOME_LABELS[outcome]}</strong>: {OUTCOME_HINTS[outcome]}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted small">
              {values.level
                ? 'Choose a kind of value to see the outcome it gives.'
                : 'Choose the level and a kind of value to see the outcome they give.'}
            </p>
          )}
        </div>
        <CheckboxGroup
          legend="Where the value shows"
          name="dimensions"
          optional
          inline
          choices={VALUE_DIMENSIONS.map((dimension) => ({
            value: dimension,
            label: DIMENSION_LABELS[dimension],
            description: DIMENSION_HINTS[dimension],
          }))}
          values={values.dimensions}
          onChange={(dimensions) => set({ dimensions })}
          error={fieldError('dimensions')}
        />
      </FormStep>

      <FormStep number={4} title="Which goal does it serve?">
        <SelectField
          label="Parent goal"
          name="parentId"
          optional
          placeholder={choices.loading ? 'Loading goals…' : 'None: a goal at the top'}
          options={parentOptions}
          value={values.parentId}
          onChange={(event) => set({ parentId: event.target.value })}
          hint="Link it to the higher goal it helps reach, so everyone sees why it matters."
          error={fieldError('parentId')}
        />
      </FormStep>

      {withMeasureStep && (
        <FormStep number={5} title="How will you know?">
          <div className="switch">
            <input
              id="goal-with-measure"
              type="checkbox"
              checked={values.withMeasure}
              onChange={(event) => set({ withMeasure: event.target.checked })}
              aria-describedby="goal-with-measure-hint"
            />
            <label htmlFor="goal-with-measure">Add a measure now</label>
          </div>
          <p id="goal-with-measure-hint" className="field-hint">
            A metric with a baseline and a target shows progress. You can also add it later.
          </p>
          {values.withMeasure && (
            <MeasureFields
              values={values.measure}
              onChange={(measure) => set({ measure })}
              errors={measureErrors}
              metrics={choices.metrics}
              outcomeTypes={outcomes}
              loadingMetrics={choices.loading}
            />
          )}
        </FormStep>
      )}

      <div className="form-actions">
        <Button type="submit" busy={busy}>
          {busy ? busyLabel : submitLabel}
        </Button>
        {cancel}
      </div>
    </form>
  );
}

function FormStep({ number, title, children }: { number: number; title: string; children: ReactNode }) {
  const id = `goal-step-${number}`;
  return (
    <section className="form-step" aria-labelledby={id}>
      <h2 id={id} className="form-step-title">
        <span className="form-step-number" aria-hidden="true">
          {number}
        </span>
        {title}
      </h2>
      <div className="stack">{children}</div>
    </section>
  );
}
