import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Button } from '../../components/Button.tsx';
import { TextAreaField } from '../../components/Field.tsx';
import { StaleNotice } from '../../components/StaleNotice.tsx';
import { useToast } from '../../components/Toast.tsx';
import { errorCode, errorMessage, mapUserErrors } from '../../graphql/errors.ts';
import { AcceptGoalMutation, DeclineGoalMutation } from './queries.ts';

export interface ProposalActionsProps {
  goalId: string;
  title: string;
  /** The version the admin is looking at: accepting a changed proposal is refused. */
  version: number;
  editHref: string;
  /** Loads the proposal again, after someone else changed it. */
  onReload: () => void;
}

/** A customer admin's answer to a proposal: accept it, edit it first, or decline it with a reason. */
export function ProposalActions({ goalId, title, version, editHref, onReload }: ProposalActionsProps) {
  const [acceptState, acceptGoal] = useMutation(AcceptGoalMutation);
  const [declining, setDeclining] = useState(false);
  const [stale, setStale] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const { notify } = useToast();

  const accept = async () => {
    setError(undefined);
    const result = await acceptGoal({ input: { id: goalId, version } });
    if (errorCode(result.error) === 'CONFLICT') return setStale(true);
    if (result.error) return setError(errorMessage(result.error));
    const payload = result.data?.acceptGoal;
    if (!payload?.goal) return setError(payload?.errors[0]?.message ?? 'The proposal could not be accepted.');
    notify(`“${title}” is accepted and now active.`);
  };

  if (stale) {
    return (
      <StaleNotice
        what="this proposal"
        onReload={() => {
          setStale(false);
          onReload();
        }}
      />
    );
  }
  if (declining) {
    return <DeclineForm goalId={goalId} title={title} onCancel={() => setDeclining(false)} />;
  }
  return (
    <div className="stack">
      <div className="row" role="group" aria-label={`Answer the proposal “${title}”`}>
        <Button size="small" busy={acceptState.fetching} onClick={() => void accept()}>
          Accept<span className="visually-hidden"> “{title}”</span>
        </Button>
        <Link to={editHref} className="button button-secondary button-small">
          Edit, then accept<span className="visually-hidden"> “{title}”</span>
        </Link>
        <Button variant="danger" size="small" onClick={() => setDeclining(true)} disabled={acceptState.fetching}>
          Decline<span className="visually-hidden"> “{title}”</span>
        </Button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          <span aria-hidden="true">⚠</span>
          <span>{error}</span>
        </p>
      )}
    </div>
  );
}

function DeclineForm({ goalId, title, onCancel }: { goalId: string; title: string; onCancel: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [state, declineGoal] = useMutation(DeclineGoalMutation);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const { notify } = useToast();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError('Say why, so that whoever proposed it understands.');
      reasonRef.current?.focus();
      return;
    }
    setError(undefined);
    const result = await declineGoal({ input: { id: goalId, reason: reason.trim() } });
    if (result.error) return setError(errorMessage(result.error));
    const payload = result.data?.declineGoal;
    if (!payload?.goal) {
      const mapped = mapUserErrors(payload?.errors ?? [], ['reason'] as const);
      setError([mapped.fields.reason, ...mapped.form].filter(Boolean).join(' '));
      reasonRef.current?.focus();
      return;
    }
    notify(`“${title}” was declined. Whoever proposed it sees your reason.`);
  };

  return (
    <form className="form inline-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextAreaField
        label={`Why do you decline “${title}”?`}
        hint="Whoever proposed it reads this."
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={error}
        textAreaRef={reasonRef}
        maxLength={1000}
        autoFocus
        required
      />
      <div className="form-actions">
        <Button type="submit" variant="danger" size="small" busy={state.fetching}>
          {state.fetching ? 'Declining…' : 'Decline proposal'}
        </Button>
        <Button variant="ghost" size="small" onClick={onCancel} disabled={state.fetching}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
