import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';

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

export function createApolloClient(options: { onUnauthenticated: () => void }) {
  const session = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) options.onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([
      session,
      // The session cookie is HttpOnly and same-origin; fetch sends it by default.
      new HttpLink({ uri: '/graphql', headers: { [CSRF_HEADER]: '1' } }),
    ]),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
