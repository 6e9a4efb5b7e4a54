import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { useToast } from '../components/Toast.tsx';
import { createAppClient } from './client.ts';

interface SessionControl {
  /**
   * Starts over with an empty cache: after signing in or out. Nothing one user saw stays
   * in memory for the next.
   */
  resetSession(): void;
}

const SessionContext = createContext<SessionControl | null>(null);

/** A client whose session ends at most once, however many requests find it gone. */
function sessionClient(onSessionEnded: () => void) {
  let ended = false;
  return createAppClient({
    onUnauthenticated: () => {
      if (ended) return;
      ended = true;
      onSessionEnded();
    },
  });
}

/**
 * Owns the GraphQL client. Each session generation gets a fresh client; when the API says
 * the session is gone, the generation ends once (however many queries failed), the
 * viewer becomes null, and the signed-in area sends the person to sign in.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState({ generation: 0, expired: false });
  const { notify } = useToast();
  const client = useMemo(
    () =>
      sessionClient(() => {
        // Once a session has ended, requests still under way on the next client say so too:
        // tell the person once, until they sign in again.
        if (session.expired) return;
        notify('Your session has ended. Sign in again to continue.', 'error');
        setSession((current) =>
          current.generation === session.generation ? { generation: current.generation + 1, expired: true } : current,
        );
      }),
    [session, notify],
  );
  const resetSession = useCallback(
    () => setSession((current) => ({ generation: current.generation + 1, expired: false })),
    [],
  );
  const control = useMemo(() => ({ resetSession }), [resetSession]);
  return (
    <SessionContext.Provider value={control}>
      <Provider value={client}>{children}</Provider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionControl {
  const control = useContext(SessionContext);
  if (!control) throw new Error('useSession must be used inside SessionProvider');
  return control;
}
