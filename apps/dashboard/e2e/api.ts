import { inject } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoRole } from './accounts';

/** Yoga's CSRF prevention: every request to /graphql carries it, as the dashboard's do. */
export const CSRF_HEADERS = { 'x-graphql-yoga-csrf': '1' } as const;

interface Answer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One POST to /graphql, with a session cookie when given. */
export async function postGraphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
): Promise<{ response: Response; body: Answer<T> }> {
  const response = await fetch(new URL('graphql', inject('baseUrl')), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...CSRF_HEADERS,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { response, body: (await response.json()) as Answer<T> };
}

const sessions = new Map<DemoRole, Promise<string>>();

/** A session cookie for a demo account, signed in once per test file and role. */
function sessionCookie(role: DemoRole): Promise<string> {
  let session = sessions.get(role);
  if (!session) {
    session = (async () => {
      const { response, body } = await postGraphql<{ signIn: { __typename: string } }>(
        'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { __typename } }',
        { email: DEMO_ACCOUNTS[role].email, password: DEMO_PASSWORD },
      );
      const cookie = response.headers.get('set-cookie')?.split(';')[0];
      if (body.data?.signIn.__typename !== 'MutationSignInSuccess' || !cookie) {
        throw new Error(`Signing in as ${role} failed: ${JSON.stringify(body)}`);
      }
      return cookie;
    })();
    sessions.set(role, session);
  }
  return session;
}

/**
 * Asks the API under test directly over HTTP, as any client would (signed in, by default as the
 * administrator): what the dashboard shows is checked against the API's own answer, not against
 * numbers copied into the tests.
 */
export async function queryApi<T>(
  query: string,
  variables: Record<string, unknown> = {},
  as: DemoRole = 'admin',
) {
  const { response, body } = await postGraphql<T>(query, variables, await sessionCookie(as));
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`API ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

/** The `totalCount` of one list query, e.g. `totalCount('projects')`. */
export async function totalCount(field: string, args = '') {
  const data = await queryApi<Record<string, { totalCount: number }>>(
    `{ list: ${field}(first: 0${args ? `, ${args}` : ''}) { totalCount } }`,
  );
  return data.list?.totalCount ?? Number.NaN;
}
