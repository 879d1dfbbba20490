import { inject } from 'vitest';

/**
 * Asks the API under test directly over HTTP, as any client would: what the dashboard shows is
 * checked against the API's own answer, not against numbers copied into the tests.
 */
export async function queryApi<T>(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(new URL('graphql', inject('baseUrl')), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
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
