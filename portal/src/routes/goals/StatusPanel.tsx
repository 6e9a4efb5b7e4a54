import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Button } from '../../components/Button.tsx';
import { RadioGroup } from '../../components/ChoiceGroup.tsx';
import { TextAreaField } from '../../components/Field.tsx';
import { StaleNotice } from '../../components/StaleNotice.tsx';
import { Time } from '../../components/Time.tsx';
import { useToast } from '../../components/Toast.tsx';
import { errorCode, errorMessage, mapUserErrors } from '../../graphql/errors.ts';
import type { GoalStatus } from '../../graphql/graphql.ts';
import { StatusBadge } from './GoalSummary.tsx';
import { isGoalStatus, STATUS_LABELS, STATUS_MOVES } from './labels.ts';
import { SetGoalStatusMutation, type GoalDetail } from './queries.ts';

const MOVE_HINTS: Partial<Record<GoalStatus, string>> = {
  ACTIVE: 'Work on it goes on.',
  AT_RISK: 'Progress lags behind: it needs attention.',
  ACHIEVED: 'The target is reached. Time to celebrate, and to choose what comes next.',
  ABANDONED: 'It is no longer pursued. Say why, so that others understand.',
};

const MOVE_LABELS: Partial<Record<GoalStatus, string>> = {
  ACTIVE: 'Active again',
  AT_RISK: 'At risk',
  ACHIEVED: 'Achieved',
  ABANDONED: 'Abandoned',
};

export interface StatusPanelProps {
  goal: GoalDetail;
  canChange: boolean;
  /** After the goal is marked achieved: the page prompts for the next goal. */
  onAchieved: () => void;
  onReload: () => void;
  reloading: boolean;
}

/** Where the goal stands, and (for the customer) a way to move it on. */
export function StatusPanel({ goal, canChange, onAchieved, onReload, reloading }: StatusPanelProps) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>Status</h2>
      </div>
      <div className="status-now">
        <StatusBadge status={goal.status} />
        {goal.status === 'ACHIEVED' && goal.achievedAt && (
          <span className="muted small">
            since <Time value={goal.achievedAt} />
          </span>
        )}
      </div>
      {goal.statusReason && (goal.status === 'ABANDONED' || goal.status === 'DECLINED') && (
        <p className="reason">
          <span className="muted">{goal.status === 'DECLINED' ? 'Declined because: ' : 'Abandoned because: '}</span>
          {goal.statusReason}
        </p>
      )}
      {goal.status === 'PROPOSED' && (
        <p className="muted small">A customer admin accepts or declines a proposal; then its status can move.</p>
      )}
      {canChange && (
        <StatusForm
          key={`${goal.status}:${goal.version}`}
          goal={goal}
          onAchieved={onAchieved}
          onReload={onReload}
          reloading={reloading}
        />
      )}
    </section>
  );
}

function StatusForm({ goal, onAchieved, onReload, reloading }: Omit<StatusPanelProps, 'canChange'>) {
  const moves = STATUS_MOVES[goal.status];
  const [next, setNext] = useState<GoalStatus | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ status?: string; reason?: string; form?: string }>({});
  const [stale, setStale] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const [state, setGoalStatus] = useMutation(SetGoalStatusMutation);
  const { notify } = useToast();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!next) {
      setErrors({ status: 'Choose the new status.' });
      firstRef.current?.focus();
      return;
    }
    if (next === 'ABANDONED' && !reason.trim()) {
      setErrors({ reason: 'Say why the goal is abandoned.' });
      reasonRef.current?.focus();
      return;
    }
    setErrors({});
    const result = await setGoalStatus({
      input: { id: goal.id, status: next, version: goal.version, reason: next === 'ABANDONED' ? reason.trim() : null },
    });
    if (errorCode(result.error) === 'CONFLICT') return setStale(true);
    if (result.error) return setErrors({ form: errorMessage(result.error) });
    const payload = result.data?.setGoalStatus;
    if (!payload?.goal) {
      const mapped = mapUserErrors(payload?.errors ?? [], ['status', 'reason'] as const);
      return setErrors({ ...mapped.fields, form: mapped.form.join(' ') || undefined });
    }
    if (next === 'ACHIEVED') onAchieved();
    else notify(`“${goal.title}” is now ${STATUS_LABELS[next].toLowerCase()}.`);
  };

  if (stale) return <StaleNotice what="this goal" onReload={onReload} reloading={reloading} />;
  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      {errors.form && (
        <p className="field-error" role="alert">
          <span aria-hidden="true">⚠</span>
          <span>{errors.form}</span>
        </p>
      )}
      <RadioGroup
        legend="Change the status to"
        name="status"
        choices={moves.map((status) => ({
          value: status,
          label: MOVE_LABELS[status] ?? STATUS_LABELS[status],
          description: MOVE_HINTS[status],
        }))}
        value={next}
        onChange={(value) => {
          if (isGoalStatus(value)) setNext(value);
        }}
        firstInputRef={firstRef}
        error={errors.status}
      />
      {next === 'ABANDONED' && (
        <TextAreaField
          label="Why is it abandoned?"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={errors.reason}
          textAreaRef={reasonRef}
          maxLength={1000}
          required
        />
      )}
      <div className="form-actions">
        <Button type="submit" variant="secondary" busy={state.fetching}>
          {state.fetching ? 'Saving…' : 'Change status'}
        </Button>
      </div>
    </form>
  );
}
