import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
  ServerError,
} from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { tap } from 'rxjs';

/**
 * Yoga's CSRF prevention wants this header on every request: a cross-site form or simple
 * request cannot set it, so it cannot ride on the session cookie.
 */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/** Whether an error says nobody is signed in (never was, or the session has ended). */
export function isUnauthenticated(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
  );
}

/** The API's code for "the database is away for a moment; nothing is wrong with the request". */
const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

/** Whether an error says the database cannot be reached just now (HTTP 503 from the API). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.code === DATABASE_UNAVAILABLE);
  }
  return ServerError.is(error) && error.statusCode === 503;
}

/**
 * Whether the last answer of the API said the database was unavailable: set by the Apollo link,
 * read by the "could not load" notices (`useSyncExternalStore`), cleared by the next good answer.
 */
export const databaseStatus = (() => {
  let unavailable = false;
  const listeners = new Set<() => void>();
  return {
    unavailable: () => unavailable,
    set(next: boolean) {
      if (next === unavailable) return;
      unavailable = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
})();

export function createApolloClient(options: { onUnauthenticated: () => void }) {
  const session = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) options.onUnauthenticated();
    if (isDatabaseUnavailable(error)) databaseStatus.set(true);
  });
  const recovered = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap((result) => {
        if (!result.errors?.some((e) => e.extensions?.code === DATABASE_UNAVAILABLE)) {
          databaseStatus.set(false);
        }
      }),
    ),
  );
  return new ApolloClient({
    link: ApolloLink.from([
      session,
      recovered,
      // The session cookie is HttpOnly and same-origin; fetch sends it by default.
      new HttpLink({ uri: '/graphql', headers: { [CSRF_HEADER]: '1' } }),
    ]),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
