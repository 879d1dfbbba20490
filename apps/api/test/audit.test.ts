import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/server';
import { createTestDatabase } from './support';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    databaseUrl: await createTestDatabase(),
    dataDir: '',
    production: true,
    seedAnnex: true,
    dashboardDir: null,
    log: () => {},
  });
});
afterAll(() => server.close());

describe('GraphQL over HTTP (graphql-http server audit, over real HTTP)', () => {
  it('passes every audit', async () => {
    const results = await Promise.all(
      serverAudits({ url: `http://127.0.0.1:${server.port}/graphql` }).map((audit) => audit.fn()),
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
