import { createContext, useContext } from 'react';
import { graphql, type ResultOf } from '../../graphql/graphql.ts';

/** Who is signed in and what they can reach; null when signed out. */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      role
      isProviderStaff
      mailboxEnabled
      user {
        id
        name
        email
      }
      account {
        id
        name
      }
    }
  }
`);

export type Viewer = NonNullable<ResultOf<typeof ViewerQuery>['viewer']>;

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in viewer; only inside the signed-in area. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer is only available to signed-in pages');
  return viewer;
}

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut(input: {}) {
      signedOut
      errors {
        message
      }
    }
  }
`);

/** Only same-site paths are followed after sign-in, never another origin. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/sign-in') || next.startsWith('/invitation/')) return '/';
  return next;
}
