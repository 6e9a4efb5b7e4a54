import { BrowserRouter, Route, Routes } from 'react-router';
import { NotFoundPage } from './components/NotFoundPage.tsx';
import { ToastProvider } from './components/Toast.tsx';
import { SessionProvider } from './graphql/session.tsx';
import { AccountLayout } from './routes/accounts/AccountLayout.tsx';
import { AccountOverviewPage } from './routes/accounts/AccountOverviewPage.tsx';
import { AccountsPage } from './routes/accounts/AccountsPage.tsx';
import { CreateAccountPage } from './routes/accounts/CreateAccountPage.tsx';
import { EditAccountPage } from './routes/accounts/EditAccountPage.tsx';
import { HomePage } from './routes/accounts/HomePage.tsx';
import { AccountChangeLogPage } from './routes/changelog/AccountChangeLogPage.tsx';
import { ChangeLogPage } from './routes/changelog/ChangeLogPage.tsx';
import { EditGoalPage } from './routes/goals/EditGoalPage.tsx';
import { GoalDetailPage } from './routes/goals/GoalDetailPage.tsx';
import { GoalsPage } from './routes/goals/GoalsPage.tsx';
import { NewGoalPage } from './routes/goals/NewGoalPage.tsx';
import { SignedInArea } from './routes/identity/SignedInArea.tsx';
import { SignInPage } from './routes/identity/SignInPage.tsx';
import { AcceptInvitationPage } from './routes/invitations/AcceptInvitationPage.tsx';
import { LearningPage } from './routes/learning/LearningPage.tsx';
import { MetricsPage } from './routes/metrics/MetricsPage.tsx';
import { NotificationsPage } from './routes/notifications/NotificationsPage.tsx';
import { MailboxPage } from './routes/outbox/MailboxPage.tsx';
import { OutcomesPage } from './routes/outcomes/OutcomesPage.tsx';
import { PlansPage } from './routes/plans/PlansPage.tsx';
import { StakeholdersPage } from './routes/stakeholders/StakeholdersPage.tsx';
import { AccountTeamPage } from './routes/team/AccountTeamPage.tsx';
import { TeamPage } from './routes/team/TeamPage.tsx';

export function App() {
  return (
    <ToastProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/invitation/:token" element={<AcceptInvitationPage />} />
            <Route element={<SignedInArea />}>
              <Route index element={<HomePage />} />
              <Route path="team" element={<TeamPage />} />
              <Route path="changelog" element={<ChangeLogPage />} />
              <Route path="mailbox" element={<MailboxPage />} />
              <Route path="accounts" element={<AccountsPage />} />
              <Route path="accounts/new" element={<CreateAccountPage />} />
              <Route path="accounts/:accountId" element={<AccountLayout />}>
                <Route index element={<AccountOverviewPage />} />
                <Route path="edit" element={<EditAccountPage />} />
                <Route path="goals" element={<GoalsPage />} />
                <Route path="goals/new" element={<NewGoalPage />} />
                <Route path="goals/:goalId" element={<GoalDetailPage />} />
                <Route path="goals/:goalId/edit" element={<EditGoalPage />} />
                <Route path="stakeholders" element={<StakeholdersPage />} />
                <Route path="team" element={<AccountTeamPage />} />
                <Route path="changelog" element={<AccountChangeLogPage />} />
              </Route>
              <Route path="goals" element={<GoalsPage />} />
              <Route path="goals/new" element={<NewGoalPage />} />
              <Route path="goals/:goalId" element={<GoalDetailPage />} />
              <Route path="goals/:goalId/edit" element={<EditGoalPage />} />
              <Route path="metrics" element={<MetricsPage />} />
              <Route path="notifications" element={<NotificationsPage />} />
              <Route path="outcomes" element={<OutcomesPage />} />
              <Route path="learning" element={<LearningPage />} />
              <Route path="plans" element={<PlansPage />} />
              <Route path="stakeholders" element={<StakeholdersPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </ToastProvider>
  );
}
