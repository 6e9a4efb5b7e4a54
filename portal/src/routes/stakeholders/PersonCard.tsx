import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Badge } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { TextAreaField } from '../../components/Field.tsx';
import { useToast } from '../../components/Toast.tsx';
import { errorMessage, mapUserErrors } from '../../graphql/errors.ts';
import { goalPath, type AccountScope } from '../accounts/scope.tsx';
import { StatusBadge } from '../goals/GoalSummary.tsx';
import {
  CENTRE_LABELS,
  GROUP_LABELS,
  influenceText,
  STAKEHOLDER_STATUS_LABELS,
  STAKEHOLDER_STATUS_TONES,
} from './labels.ts';
import {
  AcceptStakeholderMutation,
  ArchiveStakeholderMutation,
  DeclineStakeholderMutation,
  type StakeholderCard,
} from './queries.ts';

export interface PersonCardProps {
  person: StakeholderCard;
  scope: AccountScope;
  /** Customer admins edit and archive; they answer suggestions. */
  manage: boolean;
  onEdit: (person: StakeholderCard) => void;
}

/** One stakeholder: who they are, how they take part, and the goals they own and back. */
export function PersonCard({ person, scope, manage, onEdit }: PersonCardProps) {
  const nameId = useId();
  return (
    <article className="person-card" aria-labelledby={nameId}>
      <div className="person-head">
        <div>
          <h3 id={nameId} className="person-name">
            {person.name}
          </h3>
          <p className="muted small">{[person.title, GROUP_LABELS[person.group]].filter(Boolean).join(' · ')}</p>
        </div>
        <Badge tone={STAKEHOLDER_STATUS_TONES[person.status]}>{STAKEHOLDER_STATUS_LABELS[person.status]}</Badge>
      </div>
      <dl className="goal-facts">
        <div>
          <dt>Centre</dt>
          <dd>{person.centres.map((centre) => CENTRE_LABELS[centre]).join(' and ')}</dd>
        </div>
        <div>
          <dt>Influence</dt>
          <dd>
            <span className="influence" aria-hidden="true">
              {[1, 2, 3, 4, 5].map((level) => (
                <span key={level} className={level <= person.influence ? 'influence-dot on' : 'influence-dot'} />
              ))}
            </span>{' '}
            {influenceText(person.influence)}
          </dd>
        </div>
        <div>
          <dt>Ascent user</dt>
          <dd>{person.user ? person.user.name : <span className="muted">Not linked</span>}</dd>
        </div>
        {person.proposedByName && person.status !== 'ACTIVE' && (
          <div>
            <dt>Suggested by</dt>
            <dd>{person.proposedByName}</dd>
          </div>
        )}
      </dl>
      <GoalLinks label="Owns" scope={scope} goals={person.ownedGoals} empty="No goals of their own yet." />
      <GoalLinks
        label="Endorses"
        scope={scope}
        goals={person.endorsements.map((endorsement) => endorsement.goal)}
        empty="Endorses no shared goal yet."
      />
      {manage && person.status === 'ACTIVE' && (
        <div className="row">
          <Button variant="secondary" size="small" onClick={() => onEdit(person)}>
            Edit<span className="visually-hidden"> {person.name}</span>
          </Button>
          <ArchiveButton person={person} />
        </div>
      )}
      {manage && person.status === 'PROPOSED' && <SuggestionAnswer person={person} />}
    </article>
  );
}

function GoalLinks({
  label,
  goals,
  scope,
  empty,
}: {
  label: string;
  goals: ReadonlyArray<{ id: string; title: string; status: StakeholderCard['ownedGoals'][number]['status'] }>;
  scope: AccountScope;
  empty: string;
}) {
  return (
    <div className="person-goals">
      <p className="person-goals-label">{label}</p>
      {goals.length > 0 ? (
        <ul>
          {goals.map((goal) => (
            <li key={goal.id}>
              <Link to={goalPath(scope, goal.id)}>{goal.title}</Link>{' '}
              {goal.status !== 'ACTIVE' && <StatusBadge status={goal.status} />}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{empty}</p>
      )}
    </div>
  );
}

function ArchiveButton({ person }: { person: StakeholderCard }) {
  const [confirming, setConfirming] = useState(false);
  const [state, archive] = useMutation(ArchiveStakeholderMutation);
  const { notify } = useToast();
  const run = async () => {
    const result = await archive({ input: { id: person.id } });
    setConfirming(false);
    if (result.error) return notify(errorMessage(result.error), 'error');
    const payload = result.data?.archiveStakeholder;
    if (!payload?.stakeholder) return notify(payload?.errors[0]?.message ?? 'That did not work.', 'error');
    notify(`${person.name} is archived. Their goals and history stay.`);
  };
  if (!confirming) {
    return (
      <Button variant="ghost" size="small" onClick={() => setConfirming(true)}>
        Archive<span className="visually-hidden"> {person.name}</span>
      </Button>
    );
  }
  return (
    <div className="row" role="group" aria-label={`Archive ${person.name}?`}>
      <Button variant="danger" size="small" busy={state.fetching} onClick={() => void run()} autoFocus>
        Confirm archive<span className="visually-hidden"> {person.name}</span>
      </Button>
      <Button variant="ghost" size="small" onClick={() => setConfirming(false)} disabled={state.fetching}>
        Keep
      </Button>
    </div>
  );
}

/** A customer admin's answer to a stakeholder the provider's staff suggested. */
export function SuggestionAnswer({ person }: { person: StakeholderCard }) {
  const [acceptState, accept] = useMutation(AcceptStakeholderMutation);
  const [declineState, decline] = useMutation(DeclineStakeholderMutation);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const { notify } = useToast();

  const runAccept = async () => {
    const result = await accept({ input: { id: person.id } });
    if (result.error) return setError(errorMessage(result.error));
    const payload = result.data?.acceptStakeholder;
    if (!payload?.stakeholder) return setError(payload?.errors[0]?.message ?? 'That did not work.');
    notify(`${person.name} is now one of your stakeholders.`);
  };
  const runDecline = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError('Say why, for whoever suggested them.');
      reasonRef.current?.focus();
      return;
    }
    const result = await decline({ input: { id: person.id, reason: reason.trim() } });
    if (result.error) return setError(errorMessage(result.error));
    const payload = result.data?.declineStakeholder;
    if (!payload?.stakeholder) {
      const mapped = mapUserErrors(payload?.errors ?? [], ['reason'] as const);
      return setError([mapped.fields.reason, ...mapped.form].filter(Boolean).join(' '));
    }
    notify(`The suggestion of ${person.name} was declined.`);
  };

  if (declining) {
    return (
      <form className="form inline-form" onSubmit={(event) => void runDecline(event)} noValidate>
        <TextAreaField
          label={`Why do you decline ${person.name}?`}
          hint="Whoever suggested them reads this."
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={error}
          textAreaRef={reasonRef}
          maxLength={1000}
          autoFocus
          required
        />
        <div className="form-actions">
          <Button type="submit" variant="danger" size="small" busy={declineState.fetching}>
            Decline suggestion
          </Button>
          <Button variant="ghost" size="small" onClick={() => setDeclining(false)} disabled={declineState.fetching}>
            Cancel
          </Button>
        </div>
      </form>
    );
  }
  return (
    <div className="stack">
      <div className="row" role="group" aria-label={`Answer the suggestion of ${person.name}`}>
        <Button size="small" busy={acceptState.fetching} onClick={() => void runAccept()}>
          Accept<span className="visually-hidden"> {person.name}</span>
        </Button>
        <Button variant="danger" size="small" onClick={() => setDeclining(true)}>
          Decline<span className="visually-hidden"> {person.name}</span>
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
