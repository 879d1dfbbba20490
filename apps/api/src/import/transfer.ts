import {
  type CsvKind,
  type CsvSpec,
  formatRow,
  type ImportPlan,
  type ImportRowReport,
} from '@malmo/domain';
import { exportCsv, planImport } from '@malmo/domain/csv-files';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type AuditContext, recordChange, type Snapshot, snapshot } from '../services/audit';
import { mappingOf, recordsByKey } from './kinds';

type Row = Record<string, unknown>;

/** Thrown for an export filter that is not one of the kind's columns. */
export class UnknownFilterError extends Error {}

/**
 * The kind's records as an import file. `filters` narrow it by column value (as the file writes
 * it), e.g. `{ kind: 'brussels_network' }` for the Brussels networks; archived records stay out,
 * as they stay out of the lists.
 */
export async function exportKind(
  em: EntityManager,
  kind: CsvKind,
  filters: Record<string, string> = {},
): Promise<string> {
  const mapping = mappingOf(kind);
  for (const column of Object.keys(filters)) {
    if (!mapping.spec.columns.includes(column)) throw new UnknownFilterError(column);
  }
  const rows = (await mapping.all(em, { withArchived: false })).map((row) => mapping.values(row));
  const chosen = rows.filter((values) => {
    const cells = formatRow(mapping.spec, values);
    return Object.entries(filters).every(([column, value]) => cells[column] === value);
  });
  return exportCsv(mapping.spec, chosen);
}

/**
 * What importing `source` would do, row by row; changes nothing. `unit`: the key of the one unit
 * whose rows a unit editor may write (see `CsvSpec.unitColumn`).
 */
export async function planKind(
  em: EntityManager,
  kind: CsvKind,
  source: string,
  options: { unit?: string } = {},
): Promise<ImportPlan<Record<string, unknown>>> {
  const mapping = mappingOf(kind);
  // Archived records count: a key is taken while its record is archived.
  const stored = await mapping.all(em, { withArchived: true });
  const current = new Map(stored.map((row) => [mapping.keyOf(row), mapping.values(row)] as const));
  const archived = new Set(stored.filter((row) => row.archivedAt != null).map(mapping.keyOf));
  // Every key the file names in a reference, looked up at once per kind.
  const named = new Map<string, string[]>();
  const draft = planImport(mapping.spec as CsvSpec, source, {
    current,
    exists: (target, key) => {
      named.set(target, [...(named.get(target) ?? []), key]);
      return true;
    },
  });
  if (draft.errors.length) return draft;
  const known = new Map<string, Set<string>>();
  for (const [target, keys] of named) {
    known.set(target, new Set((await recordsByKey(em, target, keys)).keys()));
  }
  return planImport(mapping.spec as CsvSpec, source, {
    current,
    exists: (target, key) => known.get(target)?.has(key) ?? false,
    archived,
    ...options,
  });
}

/** History entries written per flush while applying. */
const AUDIT_BATCH = 250;

export interface ApplyProgress {
  done: number;
  total: number;
}

/**
 * Applies a plan without rejected rows in one transaction: creates and updates the rows by their
 * natural key, and writes an IMPORT entry to the history for each, in the same transaction.
 * Returns the plan's rows as applied.
 */
export async function applyPlan(
  em: EntityManager,
  ctx: AuditContext,
  kind: CsvKind,
  plan: ImportPlan<Record<string, unknown>>,
  onProgress: (progress: ApplyProgress) => void = () => {},
): Promise<void> {
  if (!plan.ok) throw new Error('applyPlan: the plan has rejected rows');
  const mapping = mappingOf(kind);
  const changed = plan.rows.filter(
    (row): row is ImportRowReport<Record<string, unknown>> & { values: Record<string, unknown> } =>
      (row.outcome === 'create' || row.outcome === 'update') && row.values !== undefined,
  );
  const total = changed.length;
  onProgress({ done: 0, total });
  if (total === 0) return;
  await em.transactional(async (tx) => {
    const own = new Map(
      (await mapping.all(tx, { withArchived: true })).map((row) => [mapping.keyOf(row), row]),
    );
    const wanted = new Map<string, string[]>();
    for (const row of changed) {
      for (const { column, kind: target } of mapping.spec.references) {
        const key = row.values[column];
        if (typeof key === 'string') wanted.set(target, [...(wanted.get(target) ?? []), key]);
      }
    }
    const others = new Map<string, Map<string, Row>>();
    for (const [target, keys] of wanted) {
      if (target !== kind) others.set(target, await recordsByKey(tx, target, keys));
    }
    const resolve = (target: string, key: string): Row | null =>
      (target === kind ? own.get(key) : others.get(target)?.get(key)) ?? null;

    // New records first (a row may name a record of its own kind further down the file), then
    // every row's values with all references resolvable.
    const before = new Map<string, Snapshot | null>();
    for (const row of changed) {
      const existing = own.get(row.key);
      if (existing) {
        before.set(row.key, await snapshot(tx, existing));
      } else {
        const selfless = Object.fromEntries(
          Object.entries(mapping.data(row.values, () => null)).filter(
            ([column]) => mapping.references.get(column) !== kind,
          ),
        );
        own.set(row.key, tx.create(mapping.entity, selfless as never));
        before.set(row.key, null);
      }
    }
    for (const row of changed) {
      tx.assign(own.get(row.key) as never, mapping.data(row.values, resolve) as never);
    }
    await tx.flush();
    // The history in batches: one flush per entry would compare every loaded record each time.
    let done = 0;
    for (const row of changed) {
      const entity = own.get(row.key) as object;
      await recordChange(tx, ctx, 'IMPORT', entity, before.get(row.key) ?? null, { flush: false });
      done += 1;
      if (done % AUDIT_BATCH === 0 || done === total) {
        await tx.flush();
        onProgress({ done, total });
      }
    }
  });
}
