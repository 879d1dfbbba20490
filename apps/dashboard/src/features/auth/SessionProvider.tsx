import { useApolloClient } from '@apollo/client/react';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
} from 'react';
import { graphql } from '../../gql';
import type { Grant } from './permissions';
import { grantOf, loadViewer, type SessionState, type SessionStore, type Viewer } from './session';

const signOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

interface Session {
  state: SessionState;
  /** After a successful sign-in: the account the API answered with. */
  signedIn: (viewer: Viewer) => Promise<void>;
  /** Ends the session on the server; false when the server could not be reached. */
  signOut: () => Promise<boolean>;
  /** Asks the API again who is signed in (after that failed at start). */
  retry: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  const client = useApolloClient();
  const state = useSyncExternalStore(store.subscribe, store.get);

  // Nothing the last account could read stays in the cache. This runs after the commit in which
  // the pages gave way to the sign-in redirect, so no mounted query refetches what is cleared.
  useEffect(() => {
    if (state.status === 'signedOut') void client.clearStore();
  }, [state, client]);

  const signedIn = useCallback(
    async (viewer: Viewer) => {
      await client.clearStore();
      store.set({ status: 'signedIn', viewer });
    },
    [client, store],
  );
  const signOut = useCallback(async () => {
    try {
      await client.mutate({ mutation: signOutMutation });
    } catch {
      return false;
    }
    store.set({ status: 'signedOut', reason: 'signedOut' });
    return true;
  }, [client, store]);
  const retry = useCallback(() => void loadViewer(client, store), [client, store]);

  const session = useMemo(
    () => ({ state, signedIn, signOut, retry }),
    [state, signedIn, signOut, retry],
  );
  return <SessionContext value={session}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider');
  return session;
}

/** The signed-in account; only inside the pages that need one (see `SignedInLayout`). */
export function useViewer(): Viewer {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useViewer outside a signed-in page');
  return state.viewer;
}

/** What the signed-in account may do; see `permissions.ts`. */
export function useGrant(): Grant {
  const viewer = useViewer();
  return useMemo(() => grantOf(viewer), [viewer]);
}
