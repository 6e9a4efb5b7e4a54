import { Time } from '../../components/Time.tsx';
import { readFragment, type FragmentOf, type JourneyPhase } from '../../graphql/graphql.ts';
import { JOURNEY_PHASES, PHASE_LABELS } from './labels.ts';
import { AccountDetailsFragment } from './queries.ts';

/** Where the account is in its journey, as a row of steps. */
export function JourneySteps({ phase }: { phase: JourneyPhase }) {
  const current = JOURNEY_PHASES.indexOf(phase);
  return (
    <ol className="journey" aria-label="Journey phases">
      {JOURNEY_PHASES.map((step, index) => (
        <li
          key={step}
          className={
            index < current ? 'journey-step done' : index === current ? 'journey-step current' : 'journey-step'
          }
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="journey-dot" aria-hidden="true" />
          <span className="journey-label">{PHASE_LABELS[step]}</span>
        </li>
      ))}
    </ol>
  );
}

/** The account's key facts: phase, CSM, renewal, team size. */
export function AccountDetailsView({ account: data }: { account: FragmentOf<typeof AccountDetailsFragment> }) {
  const account = readFragment(AccountDetailsFragment, data);
  const people = account.members.totalCount;
  return (
    <div className="stack">
      <dl className="stat-grid">
        <div className="stat">
          <dt>Journey phase</dt>
          <dd>{PHASE_LABELS[account.journeyPhase]}</dd>
        </div>
        <div className="stat">
          <dt>Customer success manager</dt>
          <dd>{account.csm ? account.csm.name : <span className="muted">Not assigned yet</span>}</dd>
        </div>
        <div className="stat">
          <dt>Renewal date</dt>
          <dd>
            {account.renewalDate ? (
              <Time value={account.renewalDate} style="day" />
            ) : (
              <span className="muted">Not set</span>
            )}
          </dd>
        </div>
        <div className="stat">
          <dt>Team</dt>
          <dd>
            {people} {people === 1 ? 'person' : 'people'}
          </dd>
        </div>
      </dl>
      <section className="card" aria-labelledby="journey-heading">
        <div className="card-header">
          <h2 id="journey-heading">Customer journey</h2>
          <p className="card-subtitle">Accounts move forward through these phases and may return to an earlier one.</p>
        </div>
        <JourneySteps phase={account.journeyPhase} />
      </section>
    </div>
  );
}
