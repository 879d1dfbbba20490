import { createRequire } from 'node:module';
import { type Database, openDatabase } from '@malmo/api/src/db/orm';
import { dashboardOperation } from '@malmo/api/src/scripts/dashboard-documents';
import { createGraphQLServer } from '@malmo/api/src/yoga';
import type pg from 'pg';
import { operationBody, post, requestBody, signIn } from './graphql';
import type { DataDay, Operation } from './operations';

/** One SQL statement as the API sent it to PostgreSQL. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/** What one request of an operation sent to PostgreSQL, in the order it was sent. */
export interface Capture {
  /**
   * Statements that ran at the same time form one group (sent while another of the group was
   * still running); the groups ran one after the other.
   */
  groups: Statement[][];
  /** All statements, the session lookup included. */
  statements: number;
  /** Of which the session lookup (the cookie's session and account, one per request). */
  sessionStatements: number;
}

/** The session lookup of every signed-in request (apps/api/src/auth/sessions.ts `viewerOf`). */
const SESSION_LOOKUP = /from session s join account a/;

/**
 * The `pg` module MikroORM itself loads (through @mikro-orm/postgresql, from @malmo/api), so
 * patching its Client sees every statement the API sends, whatever other copy of pg exists.
 */
function ormPg(): typeof pg {
  const fromApi = createRequire(import.meta.resolve('@malmo/api'));
  const fromOrm = createRequire(fromApi.resolve('@mikro-orm/postgresql'));
  return fromOrm('pg') as typeof pg;
}

interface Recorded extends Statement {
  start: number;
  end: number;
}

type QueryFn = (this: pg.Client, ...args: unknown[]) => unknown;

/**
 * Records every query sent through `pg`'s Client while `record` is on: its text, parameters, and
 * when it was sent and answered. Returns the function that stops and restores the driver.
 */
function patchDriver(sink: () => Recorded[] | null): () => void {
  const { Client } = ormPg();
  const proto = Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  proto.query = function (this: pg.Client, ...args: unknown[]) {
    const log = sink();
    if (!log) return original.apply(this, args);
    const [config, values] = args;
    const text = typeof config === 'string' ? config : (config as { text?: string }).text;
    const params = Array.isArray(values)
      ? values
      : ((config as { values?: unknown[] } | null)?.values ?? []);
    const entry: Recorded = {
      sql: text ?? '',
      params: [...params],
      start: performance.now(),
      end: 0,
    };
    log.push(entry);
    const done = () => {
      entry.end = performance.now();
    };
    const callbackAt = args.findIndex((arg) => typeof arg === 'function');
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as (...a: unknown[]) => unknown;
      args[callbackAt] = (...a: unknown[]) => {
        done();
        return callback(...a);
      };
    }
    const result = original.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(done, done);
    } else if (callbackAt < 0) {
      done();
    }
    return result;
  };
  return () => {
    proto.query = original;
  };
}

/** Statements that overlap in time are one group; a statement sent after all have ended starts the next. */
export function concurrentGroups(recorded: readonly Recorded[]): Statement[][] {
  const groups: Statement[][] = [];
  let groupEnd = -Infinity;
  for (const entry of [...recorded].sort((a, b) => a.start - b.start)) {
    const statement = { sql: entry.sql, params: entry.params };
    if (entry.start < groupEnd && groups.length) groups.at(-1)?.push(statement);
    else groups.push([statement]);
    groupEnd = Math.max(groupEnd, entry.end);
  }
  return groups;
}

/**
 * The API in this process (createGraphQLServer, production mode) over the benchmark's database,
 * signed in as the analyst, to see the SQL each operation sends.
 */
export async function openCapture(databaseUrl: string) {
  const db: Database = await openDatabase(databaseUrl);
  const yoga = createGraphQLServer(db, { production: true });
  const fetch = (url: string, init: RequestInit) => Promise.resolve(yoga.fetch(url, init));
  const url = 'http://localhost/graphql';
  let recording: Recorded[] | null = null;
  const restore = patchDriver(() => recording);
  const cookie = await signIn(fetch, url);

  return {
    /** The day the dashboards default to: the demo's day when demo data is present. */
    async dataDay(): Promise<DataDay> {
      const result = await post(
        fetch,
        url,
        requestBody(dashboardOperation('LedgerSettings'), {}, 'LedgerSettings'),
        cookie,
      );
      const settings = (
        result.body.data as { ledgerSettings?: { today: string; demoAsOf: string | null } }
      )?.ledgerSettings;
      if (!settings) throw new Error(`ledgerSettings failed: ${result.text.slice(0, 300)}`);
      const day = settings.demoAsOf ?? settings.today;
      return { day, year: Number(day.slice(0, 4)) };
    },
    /** The operation's answer (its data); throws when it carries errors. */
    async answer(operation: Operation, at: DataDay): Promise<unknown> {
      const result = await post(fetch, url, operationBody(operation, at), cookie);
      if (result.status !== 200 || result.body.errors) {
        throw new Error(`${operation.id}: ${result.text.slice(0, 500)}`);
      }
      return result.body.data;
    },
    /**
     * One request of the operation after `warmUps` others (so caches are as warm as under
     * load), with every statement it sent. Throws when the answer carries errors.
     */
    async capture(operation: Operation, at: DataDay, warmUps = 2): Promise<Capture> {
      const body = operationBody(operation, at);
      for (let i = 0; i < warmUps; i += 1) await post(fetch, url, body, cookie);
      const recorded: Recorded[] = [];
      recording = recorded;
      let result: Awaited<ReturnType<typeof post>>;
      try {
        result = await post(fetch, url, body, cookie);
      } finally {
        recording = null;
      }
      if (result.status !== 200 || result.body.errors) {
        throw new Error(`${operation.id}: ${result.text.slice(0, 500)}`);
      }
      return {
        groups: concurrentGroups(recorded),
        statements: recorded.length,
        sessionStatements: recorded.filter((entry) => SESSION_LOOKUP.test(entry.sql)).length,
      };
    },
    async close() {
      restore();
      await db.orm.close();
    },
  };
}
