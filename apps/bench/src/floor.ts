import { ormConfig } from '@malmo/api/src/db/orm';
import pg from 'pg';
import type { Capture } from './capture';

/** The API's connection pool size (its MikroORM configuration): the floor and the peer get as many. */
export const POOL_SIZE = ormConfig('postgres://localhost/').pool?.max ?? 10;

/** Statements that only make sense on one connection, in order (a transaction). */
const SESSION_BOUND = /^\s*(begin|start transaction|commit|rollback|savepoint|release|set )/i;

/** A pool of the API's size over the benchmark's database, for the floor. */
export function floorPool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  pool.on('error', () => {});
  return pool;
}

/**
 * One request's SQL sent straight through `pg`, as the API sent it: the statements that ran at
 * the same time together (Promise.all), the groups one after the other. A capture with a
 * transaction is replayed on one connection, in order.
 */
export function floorRequest(pool: pg.Pool, capture: Capture): () => Promise<void> {
  const statements = capture.groups.flat();
  if (statements.some((statement) => SESSION_BOUND.test(statement.sql))) {
    return async () => {
      const client = await pool.connect();
      try {
        for (const statement of statements) await client.query(statement.sql, statement.params);
      } finally {
        client.release();
      }
    };
  }
  return async () => {
    for (const group of capture.groups) {
      await Promise.all(group.map((statement) => pool.query(statement.sql, statement.params)));
    }
  };
}
