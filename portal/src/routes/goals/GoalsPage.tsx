import { Link } from 'react-router';
import { AccountChooser, ScopeFrame, useAccountScope, type AccountScope } from '../accounts/scope.tsx';
import { useViewer } from '../identity/viewer.ts';
import { GoalsView, NewGoalLink } from './GoalsView.tsx';

/**
 * /goals for customer users, /accounts/:accountId/goals for provider staff. Staff on /goals
 * choose an account first.
 */
export function GoalsPage() {
  const scope = useAccountScope();
  if (!scope) {
    return (
      <AccountChooser
        title="Goals"
        section="goals"
        description="Each customer writes its own goals. Open an account to read its goal tree and propose goals."
        hint="You propose goals; the customer’s admin accepts them."
      />
    );
  }
  return <AccountGoals scope={scope} />;
}

function AccountGoals({ scope }: { scope: AccountScope }) {
  const viewer = useViewer();
  const description = scope.staff
    ? 'The goals the customer wrote, from the highest down to the goals that serve them. Propose a goal; it becomes active when their admin accepts it.'
    : viewer.role === 'CUSTOMER_ADMIN'
      ? 'What your organisation and its people want to achieve, from the highest goals down to the goals that serve them.'
      : 'What your organisation wants to achieve. Write your own goals, and endorse the shared goals you back.';
  return (
    <ScopeFrame
      scope={scope}
      title="Goals"
      description={description}
      actions={
        <>
          {!scope.staff && (
            <Link to="/metrics" className="button button-secondary">
              Metrics
            </Link>
          )}
          <NewGoalLink scope={scope} />
        </>
      }
    >
      <GoalsView scope={scope} />
    </ScopeFrame>
  );
}
