import { randomBytes } from 'node:crypto';
import type { Role } from '@malmo/domain';
import pg from 'pg';
import { inject } from 'vitest';
import { DEFAULT_SESSION_POLICY, SESSION_COOKIE, startSession } from '../src/auth/sessions';
import type { ApiSettings, Context } from '../src/builder';
import { Account } from '../src/db/account';
import { importAnnex } from '../src/db/annex-import';
import { isDataVersionRead, touchDataVersion } from '../src/db/data-version';
import { type Database, migrate, openDatabase } from '../src/db/orm';
import { Unit } from '../src/db/unit';
import { CSRF_HEADER } from '../src/http/security';
import { type RunningServer, type ServerOptions, startServer } from '../src/server';
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

/**
 * The real HTTP server on a loopback port over a new database: production mode, the annex
 * loaded, no dashboard, quiet, unless `options` say otherwise.
 */
export async function startTestServer(
  options: Partial<ServerOptions> = {},
): Promise<RunningServer> {
  return startServer({
    port: 0,
    host: '127.0.0.1',
    databaseUrl: options.databaseUrl ?? (await createTestDatabase()),
    dataDir: '',
    production: true,
    seedAnnex: true,
    dashboardDir: null,
    log: () => {},
    ...options,
  });
}

/**
 * A new account with this role (a unit editor keeps `unitKey`) and a session for it; returns the
 * session cookie's value.
 */
export async function signedInToken(db: Database, role: Role, unitKey = 'sdf-fosie') {
  const name = role === 'unit_editor' ? `${role}-${unitKey}` : role;
  const em = db.orm.em.fork();
  const unit = role === 'unit_editor' ? await em.findOneOrFail(Unit, { key: unitKey }) : null;
  const account = em.create(Account, {
    email: `${name}-${randomBytes(4).toString('hex')}@test.example`,
    name,
    role,
    unit,
    passwordHash: null,
  } as never);
  await em.flush();
  return (await startSession(em, account.id, DEFAULT_SESSION_POLICY, null)).token;
}

type Query = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }>;

export interface TestApi {
  db: Database;
  /** Runs one GraphQL operation through the real yoga server (in-process fetch), as an admin. */
  query: Query;
  /**
   * The same, signed in with the given role (a unit editor keeps `unitKey`, default SDF Fosie),
   * or anonymous.
   */
  as(role: Role | 'anonymous', unitKey?: string): Promise<Query>;
  /** Runs the operation and returns the SQL statements it executed. */
  countStatements(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data: unknown; statements: string[] }>;
  /**
   * The same, cold: the data version changed just before, so nothing computed from the data is
   * kept (see db/data-version.ts); the data version's own read is left out of the statements.
   */
  coldStatements(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data: unknown; statements: string[] }>;
  close(): Promise<void>;
}

/**
 * Runs GraphQL operations through a yoga server in process (its fetch), as the dashboard sends
 * them, with this session cookie's value (null: anonymous).
 */
export function graphqlClient(
  yoga: ReturnType<typeof createGraphQLServer>,
  cookie: string | null,
): Query {
  return async <T>(source: string, variables?: Record<string, unknown>) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        // As the dashboard does (yoga's CSRF prevention).
        [CSRF_HEADER]: '1',
        ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}),
      },
      body: JSON.stringify({ query: source, variables }),
    });
    return (await response.json()) as {
      data?: T;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
  };
}

/** A migrated database (with the annex unless `annex: false`) behind the GraphQL endpoint. */
export async function createTestApi(
  options: { annex?: boolean; settings?: Partial<ApiSettings> } = {},
): Promise<TestApi> {
  const db = await openDatabase(await createTestDatabase());
  await migrate(db.orm);
  if (options.annex !== false) await importAnnex(db.orm.em.fork());
  const yoga = createGraphQLServer(db, { production: true, settings: options.settings });

  const client = (cookie: string | null) => graphqlClient(yoga, cookie);

  const sessions = new Map<string, Query>();
  async function as(role: Role | 'anonymous', unitKey = 'sdf-fosie'): Promise<Query> {
    if (role === 'anonymous') return client(null);
    const name = role === 'unit_editor' ? `${role}-${unitKey}` : role;
    const existing = sessions.get(name);
    if (existing) return existing;
    const signedIn = client(await signedInToken(db, role, unitKey));
    sessions.set(name, signedIn);
    return signedIn;
  }
  const admin = options.annex === false ? client(null) : await as('admin');
  const query: Query = (source, variables) => admin(source, variables);

  const countStatements: TestApi['countStatements'] = async (source, variables) => {
    const statements: string[] = [];
    const stop = db.observe((sql) => statements.push(sql));
    try {
      const result = await query(source, variables);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return { data: result.data, statements };
    } finally {
      stop();
    }
  };

  return {
    db,
    query,
    as,
    countStatements,
    async coldStatements(source, variables) {
      await touchDataVersion(db.orm.em.fork());
      const { data, statements } = await countStatements(source, variables);
      return { data, statements: statements.filter((sql) => !isDataVersionRead(sql)) };
    },
    close: () => db.orm.close(),
  };
}

export type { Context };

/**
 * The annex's global ids by kind and key, read as admin: `unit:sdf-fosie`, `person:<key>`,
 * `forum:<key>`, `series:<key>`, and `membership:<organisation key>`.
 */
export async function annexIds(api: TestApi): Promise<Record<string, string>> {
  type Edges = { edges: { node: { id: string; key?: string; organisation?: { key: string } } }[] };
  const result = await api.query<Record<string, Edges>>(`query ($first: Int = 500) {
    units(first: $first) { edges { node { id key } } }
    people(first: $first) { edges { node { id key } } }
    forums(first: $first) { edges { node { id key } } }
    eventSeries(first: $first) { edges { node { id key } } }
    memberships(first: $first) { edges { node { id organisation { key } } } }
  }`);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const d = result.data ?? {};
  const ids: Record<string, string> = {};
  const prefix = { units: 'unit', people: 'person', forums: 'forum', eventSeries: 'series' };
  for (const [list, p] of Object.entries(prefix)) {
    for (const e of d[list]?.edges ?? []) ids[`${p}:${e.node.key}`] = e.node.id;
  }
  for (const e of d.memberships?.edges ?? []) {
    ids[`membership:${e.node.organisation?.key}`] = e.node.id;
  }
  return ids;
}
