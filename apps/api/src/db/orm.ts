import { fileURLToPath } from 'node:url';
import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import { DataCache } from './data-version';
import { entities } from './entities';
// Declares the full-text search indexes on the entities (see search.ts).
import './search';

export type QueryListener = (sql: string) => void;

/** Passes every executed statement to the listeners (tests count them). */
class ObservedLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly listeners: Set<QueryListener>,
  ) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    for (const listener of this.listeners) listener(context.query);
    super.logQuery(context);
  }
}

export const migrationsPath = fileURLToPath(new URL('./migrations', import.meta.url));

export function ormConfig(databaseUrl: string, listeners = new Set<QueryListener>()): Options {
  return defineConfig({
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    // Relations are batched per tick (MikroORM's dataloader) on top of the GraphQL loaders.
    dataloader: true,
    // Entities are defined in code; never discover, never sync the schema.
    discovery: { warnWhenNoEntities: true },
    allowGlobalContext: false,
    loggerFactory: (options) => new ObservedLogger(options, listeners),
    debug: process.env.MALMO_SQL_DEBUG ? ['query', 'query-params'] : false,
    migrations: {
      path: migrationsPath,
      pathTs: migrationsPath,
      glob: '!(*.d).{js,ts}',
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      // The server reports what it applied; the migrator itself stays quiet.
      silent: true,
    },
    // The data version (data-version.ts) is kept by a migration's own tables, triggers and
    // functions, which no entity describes: a generated migration must leave them alone.
    schemaGenerator: {
      skipTables: ['data_version', 'data_version_pending'],
      ignoreTriggers: true,
      ignoreRoutines: true,
    },
    pool: { min: 0, max: 10 },
    // node-postgres' own limits, so that nothing waits without end while PostgreSQL is away or
    // stuck: a connection is had within 5 s or refused; a statement (server side) or a query
    // (client side, also when the server went silent) ends within a minute; an open transaction
    // left idle is ended by the server. A refused connection reads as DATABASE_UNAVAILABLE.
    driverOptions: {
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      statement_timeout: 60_000,
      query_timeout: 65_000,
      idle_in_transaction_session_timeout: 60_000,
    },
  });
}

export interface Database {
  orm: MikroORM;
  /** Results computed from this database's data, kept while its data version stays the same. */
  cache: DataCache;
  /** Register a listener for executed SQL; returns the function that removes it. */
  observe(listener: QueryListener): () => void;
}

export async function openDatabase(databaseUrl: string): Promise<Database> {
  const listeners = new Set<QueryListener>();
  const orm = await MikroORM.init(ormConfig(databaseUrl, listeners));
  return {
    orm,
    // A ledger at 100× the demo data is some 42 000 obligations: a few days' ledgers at most.
    cache: new DataCache({ ledger: 4 }),
    observe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Applies every committed migration that has not run yet. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}
