import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { StaleNotice } from '../../components/StaleNotice.tsx';
import { Time } from '../../components/Time.tsx';
import { useToast } from '../../components/Toast.tsx';
import { errorCode, errorMessage, mapUserErrors, type FormErrors } from '../../graphql/errors.ts';
import { DIRECTION_LABELS, KIND_LABELS } from '../metrics/labels.ts';
import {
  EMPTY_MEASURE,
  MEASURE_ALIASES,
  MEASURE_FIELDS,
  toMeasureInput,
  validateMeasure,
  type MeasureField,
  type MeasureValues,
} from './form.ts';
import { MeasureRange } from './GoalSummary.tsx';
import { AMBITION_LABELS, formatNumber } from './labels.ts';
import { MeasureFields } from './MeasureFields.tsx';
import { SetGoalMeasureMutation, type GoalDetail } from './queries.ts';
import { useGoalFormChoices } from './useGoalFormChoices.ts';

const NO_ERRORS: FormErrors<MeasureField> = { fields: {}, form: [] };

export interface MeasurePanelProps {
  goal: GoalDetail;
  accountId: string;
  canChange: boolean;
  onReload: () => void;
  reloading: boolean;
}

/** How the goal is measured; whoever may change the goal sets, changes or removes it. */
export function MeasurePanel({ goal, accountId, canChange, onReload, reloading }: MeasurePanelProps) {
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [stale, setStale] = useState(false);
  const measure = goal.measure;
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header-row">
        <div className="card-header">
          <h2 id={headingId}>Measure</h2>
          <p className="card-subtitle">How you will know the goal is reached.</p>
        </div>
        {canChange && !editing && !stale && (
          <div className="row">
            <Button variant="secondary" size="small" onClick={() => setEditing(true)}>
              {measure ? 'Change measure' : 'Set a measure'}
            </Button>
            {measure && <RemoveMeasure goal={goal} onStale={() => setStale(true)} />}
          </div>
        )}
      </div>
      {stale && (
        <StaleNotice
          what="this goal"
          reloading={reloading}
          onReload={() => {
            setStale(false);
            onReload();
          }}
        />
      )}
      {editing ? (
        <MeasureEditor
          goal={goal}
          accountId={accountId}
          onDone={() => setEditing(false)}
          onStale={() => {
            setEditing(false);
            setStale(true);
          }}
        />
      ) : measure ? (
        <dl className="mini-stats">
          <div className="mini-stat">
            <dt>Metric</dt>
            <dd>
              {measure.metric.name}
              <span className="stat-note">
                {KIND_LABELS[measure.metric.kind]} · {DIRECTION_LABELS[measure.metric.direction].toLowerCase()}
              </span>
            </dd>
          </div>
          <div className="mini-stat">
            <dt>Baseline → target</dt>
            <dd>
              <MeasureRange measure={measure} />
            </dd>
          </div>
          <div className="mini-stat">
            <dt>Due date</dt>
            <dd>
              {measure.dueDate ? <Time value={measure.dueDate} style="day" /> : <span className="muted">None</span>}
            </dd>
          </div>
          <div className="mini-stat">
            <dt>Ambition</dt>
            <dd>{AMBITION_LABELS[measure.ambition]}</dd>
          </div>
        </dl>
      ) : (
        <p className="muted">
          No measure yet.{' '}
          {canChange
            ? 'Choose a metric, where you are today and where you want to be.'
            : 'Whoever owns the goal can add one.'}
        </p>
      )}
    </section>
  );
}

function MeasureEditor({
  goal,
  accountId,
  onDone,
  onStale,
}: {
  goal: GoalDetail;
  accountId: string;
  onDone: () => void;
  onStale: () => void;
}) {
  const choices = useGoalFormChoices(accountId);
  const [values, setValues] = useState<MeasureValues>(() =>
    goal.measure
      ? {
          metricId: goal.measure.metric.id,
          baseline: formatNumber(goal.measure.baseline).replace(/,/g, ''),
          target: formatNumber(goal.measure.target).replace(/,/g, ''),
          dueDate: goal.measure.dueDate ?? '',
          ambition: goal.measure.ambition,
        }
      : EMPTY_MEASURE,
  );
  const [errors, setErrors] = useState(NO_ERRORS);
  const [state, setGoalMeasure] = useMutation(SetGoalMeasureMutation);
  const { notify } = useToast();
  // The goal's own metric is listed even when it is not among the first choices loaded.
  const metrics =
    goal.measure && !choices.metrics.some((metric) => metric.id === goal.measure?.metric.id)
      ? [{ ...goal.measure.metric, description: '', isTemplate: false }, ...choices.metrics]
      : choices.metrics;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const metric = metrics.find((item) => item.id === values.metricId);
    const local = validateMeasure(values, metric);
    if (Object.keys(local).length) {
      setErrors({ fields: local, form: [] });
      window.setTimeout(() => focusFirstInvalid(form), 0);
      return;
    }
    setErrors(NO_ERRORS);
    const result = await setGoalMeasure({
      input: { goalId: goal.id, version: goal.version, measure: toMeasureInput(values) },
    });
    if (errorCode(result.error) === 'CONFLICT') return onStale();
    if (result.error) return setErrors({ fields: {}, form: [errorMessage(result.error)] });
    const payload = result.data?.setGoalMeasure;
    if (!payload?.goal) {
      const mapped = mapUserErrors(payload?.errors ?? [], MEASURE_FIELDS, MEASURE_ALIASES);
      setErrors(mapped);
      window.setTimeout(() => focusFirstInvalid(form), 0);
      return;
    }
    notify(goal.measure ? 'The measure was changed.' : 'The goal has a measure now.');
    onDone();
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label="Measure">
      <FormAlert title="The measure was not saved" messages={errors.form} />
      <MeasureFields
        values={values}
        onChange={setValues}
        errors={errors.fields}
        metrics={metrics}
        outcomeTypes={goal.outcomeTypes}
        loadingMetrics={choices.loading}
      />
      <div className="form-actions">
        <Button type="submit" busy={state.fetching}>
          {state.fetching ? 'Saving…' : 'Save measure'}
        </Button>
        <Button variant="ghost" onClick={onDone} disabled={state.fetching}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

const focusFirstInvalid = (form: HTMLFormElement) => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();

function RemoveMeasure({ goal, onStale }: { goal: GoalDetail; onStale: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [state, setGoalMeasure] = useMutation(SetGoalMeasureMutation);
  const { notify } = useToast();

  const remove = async () => {
    const result = await setGoalMeasure({ input: { goalId: goal.id, version: goal.version, measure: null } });
    setConfirming(false);
    if (errorCode(result.error) === 'CONFLICT') return onStale();
    if (result.error) return notify(errorMessage(result.error), 'error');
    const payload = result.data?.setGoalMeasure;
    if (!payload?.goal) return notify(payload?.errors[0]?.message ?? 'The measure could not be removed.', 'error');
    notify('The measure was removed.');
  };

  if (!confirming) {
    return (
      <Button variant="ghost" size="small" onClick={() => setConfirming(true)}>
        Remove measure
      </Button>
    );
  }
  return (
    <div className="row" role="group" aria-label="Remove the measure?">
      <Button variant="danger" size="small" busy={state.fetching} onClick={() => void remove()} autoFocus>
        Confirm remove
      </Button>
      <Button variant="ghost" size="small" onClick={() => setConfirming(false)} disabled={state.fetching}>
        Keep it
      </Button>
    </div>
  );
}
