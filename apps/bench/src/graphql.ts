import { DEMO_PASSWORD } from '@malmo/api/src/auth/accounts';
import { CSRF_HEADER } from '@malmo/api/src/http/security';
import { dashboardOperation } from '@malmo/api/src/scripts/dashboard-documents';
import type { DataDay, Operation } from './operations';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export interface GraphQLBody {
  data?: unknown;
  errors?: { message: string }[];
}

/** The headers the dashboard sends with every request (yoga's CSRF prevention needs the second). */
export function requestHeaders(cookie: string | null): Record<string, string> {
  return {
    'content-type': 'application/json',
    [CSRF_HEADER]: '1',
    ...(cookie ? { cookie } : {}),
  };
}

/** The request body of one operation, as Apollo sends it. */
export function requestBody(
  query: string,
  variables: Record<string, unknown>,
  operationName?: string,
) {
  return JSON.stringify({ operationName, query, variables });
}

/** The request body of one of the benchmark's operations on the data's day. */
export function operationBody(operation: Operation, at: DataDay): string {
  return requestBody(
    dashboardOperation(operation.operationName),
    operation.variables(at),
    operation.operationName,
  );
}

/** Sends one operation; returns the response's text and parsed body. */
export async function post(
  fetch: Fetch,
  url: string,
  body: string,
  cookie: string | null,
): Promise<{ status: number; text: string; body: GraphQLBody; setCookie: string | null }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: requestHeaders(cookie),
    body,
  });
  const text = await response.text();
  let parsed: GraphQLBody;
  try {
    parsed = JSON.parse(text) as GraphQLBody;
  } catch {
    parsed = { errors: [{ message: `not JSON (HTTP ${response.status}): ${text.slice(0, 200)}` }] };
  }
  return {
    status: response.status,
    text,
    body: parsed,
    setCookie: response.headers.get('set-cookie'),
  };
}

/** The account the benchmark reads as: an analyst (reads everything, the dashboards included). */
export const BENCH_ACCOUNT = { email: 'analytiker@malmo.example', password: DEMO_PASSWORD };

/**
 * Signs in with the dashboard's own mutation, as the analyst unless another account is given;
 * returns the session cookie.
 */
export async function signIn(
  fetch: Fetch,
  url: string,
  account: { email: string; password: string } = BENCH_ACCOUNT,
): Promise<string> {
  const result = await post(
    fetch,
    url,
    requestBody(dashboardOperation('SignIn'), account, 'SignIn'),
    null,
  );
  const typename = (result.body.data as { signIn?: { __typename?: string } } | undefined)?.signIn
    ?.__typename;
  const cookie = result.setCookie?.split(';')[0];
  if (result.status !== 200 || typename !== 'MutationSignInSuccess' || !cookie) {
    throw new Error(`Signing in as ${account.email} failed: ${result.text.slice(0, 300)}`);
  }
  return cookie;
}
