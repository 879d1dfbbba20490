import type { ApolloClient } from '@apollo/client';
import { graphql } from '../../gql';
import type { Session_ViewerFragment } from '../../gql/graphql';
import { fromGql } from '../../lib/enums';
import type { Grant } from './permissions';

export const SessionViewerFragment = graphql(`
  fragment Session_Viewer on Viewer {
    email
    name
    role
    unit {
      id
      name
    }
  }
`);

const viewerQuery = graphql(`
  query Viewer {
    viewer {
      ...Session_Viewer
    }
  }
`);

export type Viewer = Session_ViewerFragment;

/** Why nobody is signed in: the session ended under the reader's feet, they signed out, or neither. */
export type SignedOutReason = 'expired' | 'signedOut' | null;

export type SessionState =
  | { status: 'loading' }
  /** The API could not be asked who is signed in. */
  | { status: 'failed' }
  | { status: 'signedIn'; viewer: Viewer }
  | { status: 'signedOut'; reason: SignedOutReason };

/**
 * Who is signed in, outside React: the Apollo link that sees an expired session writes it, the
 * shell reads it (`useSyncExternalStore`).
 */
export interface SessionStore {
  get(): SessionState;
  set(state: SessionState): void;
  subscribe(listener: () => void): () => void;
}

export function createSessionStore(initial: SessionState = { status: 'loading' }): SessionStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next) {
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The account's role and unit, as the permission checks read them. */
export function grantOf(viewer: Viewer): Grant {
  const role = fromGql(viewer.role);
  return { role, unitId: role === 'unit_editor' ? (viewer.unit?.id ?? null) : null };
}

/** Asks the API who is signed in: once at start, and again when that failed. */
export async function loadViewer(client: ApolloClient, store: SessionStore): Promise<void> {
  store.set({ status: 'loading' });
  try {
    const { data } = await client.query({ query: viewerQuery, fetchPolicy: 'network-only' });
    const viewer = data?.viewer;
    store.set(viewer ? { status: 'signedIn', viewer } : { status: 'signedOut', reason: null });
  } catch {
    store.set({ status: 'failed' });
  }
}

/** The API said nobody is signed in while we thought someone was: the session has ended. */
export function sessionEnded(store: SessionStore): void {
  if (store.get().status === 'signedIn') store.set({ status: 'signedOut', reason: 'expired' });
}
