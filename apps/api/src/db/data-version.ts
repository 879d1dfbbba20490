import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The tables whose writes do not change the data version: who may sign in and their sessions
 * change at every sign-in, and must not empty the caches. Every other table carries the trigger
 * (see the migration that adds `data_version`; a new table calls `track_data_version`).
 */
export const UNVERSIONED_TABLES = [
  'account',
  'session',
  'sign_in_attempt',
  'mikro_orm_migrations',
  'data_version',
  'data_version_pending',
] as const;

/** Whether a logged statement is the data version's read (tests count statements without it). */
export function isDataVersionRead(sql: string): boolean {
  return /\bfrom data_version\b/.test(sql);
}

/**
 * The data version as PostgreSQL holds it, in one statement: a token that changes when (and only
 * when) a transaction that wrote a versioned table commits, with the id of the transaction that
 * last wrote the row (xmin). The token alone could come back: a restore may copy an old row of
 * the table back in, with its triggers disabled; the copied row is written by the restoring
 * transaction, whose id no earlier version had. Null when the row is missing (a restore from a
 * backup without it): then nothing is served from a cache, until the next write puts it back.
 * Read outside any transaction the entity manager may be in, as the cached computations read
 * their facts: committed data only.
 */
export async function readDataVersion(em: EntityManager): Promise<string | null> {
  const rows = (await em
    .getConnection()
    .execute(
      `select version::text || ' ' || xmin::text as version from data_version`,
      [],
      'all',
    )) as { version: string }[];
  return rows[0]?.version ?? null;
}

/**
 * Results computed from the data, kept per database for as long as the data version stays the
 * same: with several API processes, or writes made outside the API (imports, the demo, a
 * restore), each process sees the new version with the first read after the write committed.
 *
 * Why a result is never older than the version it is filed under: the version is read first, in
 * its own statement; the computation's statements start after it, so each of their snapshots sees
 * at least every transaction that statement saw committed (PostgreSQL's snapshots only move
 * forward). A write that commits meanwhile may make the result newer than its version (never
 * older), and it changes the version too, so every request that starts after that commit reads
 * the new version and computes again. Requests for the same key share one computation; a failed
 * computation is forgotten. Results are kept per section (the ledger, each dashboard aggregate):
 * at most the section's capacity of them, the least recently used leave first, and a result of
 * another version leaves as soon as one of a new version is filed. A kept result is shared by
 * every request that asks for it: it must never be changed.
 */
type Sections = Map<string, Map<string, { version: string; value: Promise<unknown> }>>;

export class DataCache {
  /**
   * `capacity`: how many results a section keeps (the ledger's are large); others keep 16.
   * `versionOf`: how the data version is read (`forQuery` reads it once for a whole query).
   */
  constructor(
    private readonly capacity: Record<string, number> = {},
    private readonly sections: Sections = new Map(),
    private readonly versionOf: (em: EntityManager) => Promise<string | null> = readDataVersion,
  ) {}

  /**
   * The same kept results for one GraphQL query, which reads the data version once, however many
   * kept results its fields ask for (the overview asks for several at once). Only for a query: a
   * mutation writes, and what it reads after its write must see the new version.
   */
  forQuery(): DataCache {
    let version: Promise<string | null> | undefined;
    return new DataCache(this.capacity, this.sections, (em) => {
      version ??= readDataVersion(em);
      return version;
    });
  }

  /**
   * The value of `key` in `section` at the current data version: kept, shared while computing,
   * or computed. `key` must name every input of `compute` (days included: none may be implicit).
   */
  async get<T>(
    em: EntityManager,
    section: string,
    key: string,
    compute: () => Promise<T>,
  ): Promise<T> {
    const version = await this.versionOf(em);
    if (version === null) return compute();
    let entries = this.sections.get(section);
    if (!entries) {
      entries = new Map();
      this.sections.set(section, entries);
    }
    const slot = `${version}\u0000${key}`;
    const kept = entries.get(slot);
    if (kept) {
      // Most recently used last.
      entries.delete(slot);
      entries.set(slot, kept);
      return kept.value as Promise<T>;
    }
    const value = compute();
    for (const [other, entry] of entries) {
      if (entry.version !== version) entries.delete(other);
    }
    entries.set(slot, { version, value });
    while (entries.size > (this.capacity[section] ?? 16)) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      entries.delete(oldest);
    }
    const forget = () => {
      if (entries.get(slot)?.value === value) entries.delete(slot);
    };
    value.catch(forget);
    return value;
  }
}

/**
 * Gives the data a new version without changing any of it, so that whatever was computed from it
 * is computed again (the dashboard timings measure the cold requests so).
 */
export async function touchDataVersion(em: EntityManager): Promise<void> {
  await em
    .getConnection()
    .execute(
      'update data_version set version = gen_random_uuid(), changed_at = clock_timestamp()',
      [],
      'run',
    );
}
