import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { AppLayout } from '../../components/AppLayout.tsx';
import { ErrorState, Loading } from '../../components/States.tsx';
import { useToast } from '../../components/Toast.tsx';
import { useSession } from '../../graphql/session.tsx';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import { ROLE_LABELS, navigationFor } from './roles.ts';
import { SignOutMutation, ViewerContext, ViewerQuery } from './viewer.ts';

/** Everything behind sign-in: sends signed-out visitors to the sign-in page. */
export function SignedInArea() {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ViewerQuery });
  const [signOutState, signOut] = useMutation(SignOutMutation);
  const { resetSession } = useSession();
  const { notify } = useToast();
  const location = useLocation();
  const navigate = useNavigate();

  if (!data && fetching) {
    return (
      <main id="main" className="public-main">
        <Loading label="Loading Ascent…" />
      </main>
    );
  }
  if (!data) {
    return (
      <main id="main" className="public-main">
        <div className="public-card">
          <h1>Ascent</h1>
          <ErrorState
            error={error}
            title="Ascent could not start"
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        </div>
      </main>
    );
  }
  const viewer = data.viewer;
  if (!viewer) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }

  const handleSignOut = async () => {
    const result = await signOut({});
    if (result.error) {
      notify('Signing out did not work. Try again.', 'error');
      return;
    }
    resetSession();
    notify('You are signed out.');
    navigate('/sign-in', { replace: true });
  };

  return (
    <ViewerContext.Provider value={viewer}>
      <AppLayout
        context={viewer.account?.name ?? (viewer.isProviderStaff ? 'Provider' : undefined)}
        userName={viewer.user.name}
        roleLabel={ROLE_LABELS[viewer.role]}
        sections={navigationFor(viewer)}
        onSignOut={() => void handleSignOut()}
        signingOut={signOutState.fetching}
        headerTools={<NotificationBell />}
      >
        <Outlet />
      </AppLayout>
    </ViewerContext.Provider>
  );
}
