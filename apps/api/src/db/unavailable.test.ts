import { GraphQLError } from 'graphql';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { freePort } from './embedded';
import { databaseUnavailableError, isDatabaseUnavailable } from './unavailable';

/** The error a real query gets from node-postgres (null when it succeeds). */
async function errorOf(connectionString: string, sql: string): Promise<unknown> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query(sql);
    return null;
  } catch (error) {
    return error;
  } finally {
    await client.end().catch(() => {});
  }
}

describe('isDatabaseUnavailable', () => {
  it('is true when nothing listens where the database should be, also wrapped by GraphQL', async () => {
    const refused = await errorOf(`postgres://x:y@127.0.0.1:${await freePort()}/none`, 'select 1');
    expect(refused).toMatchObject({ code: 'ECONNREFUSED' });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    const wrapped = new GraphQLError('Unexpected error.', { originalError: refused as Error });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it("is true for PostgreSQL's shutting-down and starting-up codes and a dropped connection", () => {
    for (const code of ['57P01', '57P02', '57P03', '08006', '08001', '53300']) {
      expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code })), code).toBe(true);
    }
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(
      isDatabaseUnavailable(
        new Error('x', { cause: new Error('timeout exceeded when trying to connect') }),
      ),
    ).toBe(true);
  });

  it('is false for errors of the request itself, which stay masked', async () => {
    const url = inject('postgresAdminUrl');
    const syntax = await errorOf(url, 'selec 1');
    expect(syntax).toMatchObject({ code: '42601' });
    expect(isDatabaseUnavailable(syntax)).toBe(false);
    const division = await errorOf(url, 'select 1/0');
    expect(division).toMatchObject({ code: '22012' });
    expect(isDatabaseUnavailable(division)).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: '08P01' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it('answers 503 with Retry-After and the stable code', () => {
    const error = databaseUnavailableError();
    expect(error.extensions).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      http: { status: 503, headers: { 'Retry-After': '5' } },
    });
    expect(error.message).toMatch(/^Databasen går inte att nå/);
  });
});
