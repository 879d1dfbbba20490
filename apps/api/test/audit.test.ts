import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../src/http/security';
import type { RunningServer } from '../src/server';
import { createGraphQLServer } from '../src/yoga';
import { startTestServer } from './support';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** As the dashboard sends every request: with the CSRF prevention header. */
function withCsrfHeader(send: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) {
  return (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    headers.set(CSRF_HEADER, '1');
    return send(input, { ...init, headers });
  };
}

/**
 * The audits that send `__type(name: $name)` to test variables: production turns introspection
 * off, so there they get a validation error. In development they pass (below).
 */
const INTROSPECTION_AUDITS = ['2EA1', '28B9', 'D6D5', '6A70'];

describe('GraphQL over HTTP (graphql-http server audit, over real HTTP)', () => {
  it('passes every audit but the introspection ones in production', async () => {
    const results = await Promise.all(
      serverAudits({
        url: `http://127.0.0.1:${server.port}/graphql`,
        fetchFn: withCsrfHeader(fetch),
      }).map((audit) => audit.fn()),
    );
    const failed = results
      .filter((r) => r.status !== 'ok' && !INTROSPECTION_AUDITS.includes(r.id))
      .map((r) => `${r.status}: ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(results.length).toBeGreaterThan(40);
    expect(failed).toEqual([]);
    const introspection = results.filter((r) => INTROSPECTION_AUDITS.includes(r.id));
    expect(introspection.map((r) => r.status)).not.toContain('ok');
  });

  it('passes every audit with introspection on (development)', async () => {
    const yoga = createGraphQLServer(server.db, { production: false });
    const results = await Promise.all(
      serverAudits({
        url: 'http://localhost/graphql',
        fetchFn: withCsrfHeader(async (input, init) =>
          yoga.fetch(new URL(input instanceof Request ? input.url : String(input)), init ?? {}),
        ),
      }).map((audit) => audit.fn()),
    );
    const failed = results
      .filter((r) => r.status !== 'ok')
      .map((r) => `${r.status}: ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(results.length).toBeGreaterThan(40);
    expect(failed).toEqual([]);
  });

  it('serves a health check', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/health`);
    expect(await response.text()).toBe('ok');
  });
});
