import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { ApiSettings, Context } from '../src/builder';
import { importAnnex } from '../src/db/annex-import';
import { type Database, migrate, openDatabase } from '../src/db/orm';
import { createGraphQLServer } from '../src/yoga';

/** A new, empty database on the test run's PostgreSQL server. */
export async function createTestDatabase(): Promise<string> {
  const admin = new URL(inject('postgresAdminUrl'));
  const name = `test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  admin.pathname = `/${name}`;
  return admin.toString();
}

export interface TestApi {
  db: Database;
  /** Runs one GraphQL operation through the real yoga server (in-process fetch). */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: T; errors?: { message: string }[] }>;
  /** Runs the operation and returns the SQL statements it executed. */
  countStatements(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data: unknown; statements: string[] }>;
  close(): Promise<void>;
}

/** A migrated database (with the annex unless `annex: false`) behind the GraphQL endpoint. */
export async function createTestApi(
  options: { annex?: boolean; settings?: Partial<ApiSettings> } = {},
): Promise<TestApi> {
  const db = await openDatabase(await createTestDatabase());
  await migrate(db.orm);
  if (options.annex !== false) await importAnnex(db.orm.em.fork());
  const yoga = createGraphQLServer(db, { production: true, settings: options.settings });

  async function query<T>(source: string, variables?: Record<string, unknown>) {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: source, variables }),
    });
    return (await response.json()) as { data?: T; errors?: { message: string }[] };
  }

  return {
    db,
    query,
    async countStatements(source, variables) {
      const statements: string[] = [];
      const stop = db.observe((sql) => statements.push(sql));
      try {
        const result = await query(source, variables);
        if (result.errors) throw new Error(JSON.stringify(result.errors));
        return { data: result.data, statements };
      } finally {
        stop();
      }
    },
    close: () => db.orm.close(),
  };
}

export type { Context };
