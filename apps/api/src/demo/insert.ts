import type {
  EntityDictionary,
  EntityName,
  RawQueryFragment,
  RequiredEntityData,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Rows per multi-row INSERT: well below PostgreSQL's 65 535 parameters for the widest table. */
const CHUNK_ROWS = 1_000;
/** Pivot rows are two integers written inline, so a statement can take many more. */
const CHUNK_PAIRS = 10_000;

/** The data for one new row, with plain values only (no raw SQL fragments). */
export type Row<E> = {
  [K in keyof RequiredEntityData<E>]: Exclude<RequiredEntityData<E>[K], RawQueryFragment>;
};

/**
 * Inserts plain rows with multi-row INSERTs (no unit of work, no entities) and returns their new
 * ids in the order of `rows`.
 */
export async function insertRows<E extends object>(
  em: EntityManager,
  entity: EntityName<E>,
  rows: readonly Row<E>[],
): Promise<number[]> {
  const ids: number[] = [];
  const driver = em.getDriver();
  const ctx = em.getTransactionContext();
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    // Row<E> only narrows RequiredEntityData<E>; TypeScript cannot see that for a generic E.
    const chunk = rows.slice(start, start + CHUNK_ROWS) as unknown as EntityDictionary<E>[];
    // The driver's multi-row INSERT … RETURNING "id" (em.insertMany reports only the first id).
    const result = await driver.nativeInsertMany(entity, chunk, { ctx });
    for (const row of result.rows ?? []) ids.push(Number(row.id));
  }
  if (ids.length !== rows.length) {
    throw new Error(`demo: inserted ${ids.length} rows but expected ${rows.length}`);
  }
  return ids;
}

/** Fills a pivot table of two integer columns, e.g. meeting_attendee (meeting_id, person_id). */
export async function insertPairs(
  em: EntityManager,
  table: string,
  columns: readonly [string, string],
  pairs: readonly (readonly [number, number])[],
): Promise<number> {
  for (let start = 0; start < pairs.length; start += CHUNK_PAIRS) {
    const chunk = pairs.slice(start, start + CHUNK_PAIRS);
    const values = chunk
      .map(([a, b]) => {
        if (!Number.isInteger(a) || !Number.isInteger(b)) throw new Error('demo: bad pivot id');
        return `(${a}, ${b})`;
      })
      .join(', ');
    await em.execute(
      `insert into "${table}" ("${columns[0]}", "${columns[1]}") values ${values}`,
      [],
      'run',
    );
  }
  return pairs.length;
}
