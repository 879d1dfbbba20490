import type { FieldError } from '../inputs/common';
import type { Locale } from '../labels';
import { type CsvRow, readCsv, writeCsv } from './files';
import { csvError } from './format';
import {
  type Cells,
  type CsvSpec,
  type CsvValues,
  formatRow,
  type ImportContext,
  type ImportOutcome,
  type ImportPlan,
  type ImportRowReport,
  parseRow,
} from './spec';

export { readCsv, writeCsv } from './files';

/** The export of `records` (sorted by key, so the same registry always gives the same file). */
export function exportCsv<C extends Cells>(spec: CsvSpec<C>, records: readonly CsvValues<C>[]) {
  const rows = records.map((values) => formatRow(spec, values));
  rows.sort((a, b) => compareKeys(a[spec.key] ?? '', b[spec.key] ?? ''));
  return writeCsv(spec.columns, rows);
}

function compareKeys(a: string, b: string) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Plans the import of a file: reads it, checks each row with the kind's schema, its references
 * (to records that exist, or to rows of the same file when a kind names its own kind) and that no
 * key repeats, and compares each valid row with what is stored. Pure: the API applies the plan.
 */
export function planImport<C extends Cells>(
  spec: CsvSpec<C>,
  source: string,
  context: ImportContext<CsvValues<C>>,
): ImportPlan<CsvValues<C>> {
  const locale = context.locale ?? 'sv';
  const file = readCsv(source, spec.columns);
  const seen = new Set<string>();
  const inFile = new Set(file.rows.map((row) => row.cells[spec.key]?.trim() ?? ''));
  const planned = file.rows.map((row) => planRow(spec, row, context, locale, seen, inFile));
  const rows = rejectCycles(spec, planned, context.current, locale);
  const counts: Record<ImportOutcome, number> = { create: 0, update: 0, unchanged: 0, reject: 0 };
  for (const row of rows) counts[row.outcome] += 1;
  return {
    kind: spec.kind,
    errors: file.errors,
    rows,
    counts,
    ok: file.errors.length === 0 && counts.reject === 0,
  };
}

/**
 * A kind that names its own kind (a unit's parent unit, a forum's parent forum) must not make a
 * record its own ancestor: the rows whose chain of parents, as stored and as the file would leave
 * it, comes back to themselves are rejected.
 */
function rejectCycles<C extends Cells>(
  spec: CsvSpec<C>,
  rows: ImportRowReport<CsvValues<C>>[],
  current: ReadonlyMap<string, CsvValues<C>>,
  locale: Locale,
): ImportRowReport<CsvValues<C>>[] {
  const columns = spec.references.filter((r) => r.kind === spec.kind).map((r) => r.column);
  if (columns.length === 0) return rows;
  return columns.reduce((list, column) => {
    const parents = new Map<string, string | null>();
    for (const [key, values] of current) parents.set(key, values[column] as string | null);
    for (const row of list) {
      if (row.values) parents.set(row.key, row.values[column] as string | null);
    }
    const circular = (key: string) => {
      const seen = new Set<string>();
      for (let at = parents.get(key) ?? null; at !== null; at = parents.get(at) ?? null) {
        if (at === key) return true;
        if (seen.has(at)) return false;
        seen.add(at);
      }
      return false;
    };
    return list.map((row) =>
      row.values && circular(row.key)
        ? {
            row: row.row,
            key: row.key,
            outcome: 'reject' as const,
            changes: [],
            errors: [csvError(column, 'PARENT_CYCLE', locale)],
          }
        : row,
    );
  }, rows);
}

function planRow<C extends Cells>(
  spec: CsvSpec<C>,
  row: CsvRow,
  context: ImportContext<CsvValues<C>>,
  locale: Locale,
  seen: Set<string>,
  inFile: ReadonlySet<string>,
): ImportRowReport<CsvValues<C>> {
  const written = row.cells[spec.key]?.trim() ?? '';
  const reject = (errors: FieldError[]): ImportRowReport<CsvValues<C>> => ({
    row: row.row,
    key: written,
    outcome: 'reject',
    changes: [],
    errors,
  });
  if (row.errors.length) return reject(row.errors);
  const parsed = parseRow(spec, row.cells, locale);
  const errors = parsed.ok ? [] : [...parsed.errors];
  if (parsed.ok) {
    const values = parsed.value;
    for (const { column, kind } of spec.references) {
      const target = values[column] as string | null;
      if (target === null) continue;
      const self = kind === spec.kind && inFile.has(target);
      if (!self && !context.exists(kind, target)) {
        errors.push(csvError(column, 'UNKNOWN_REFERENCE', locale));
      }
    }
  }
  if (written !== '') {
    if (seen.has(written)) errors.push(csvError(spec.key, 'DUPLICATE_KEY', locale));
    seen.add(written);
  }
  if (!parsed.ok || errors.length) return reject(errors);
  const values = parsed.value;
  const key = values[spec.key] as string;
  const before = context.current.get(key);
  const unitColumn = spec.unitColumn;
  if (
    context.unit !== undefined &&
    unitColumn !== undefined &&
    [values, before].some((side) => side !== undefined && side[unitColumn] !== context.unit)
  ) {
    return reject([csvError(unitColumn, 'OTHER_UNIT', locale)]);
  }
  const after = formatRow(spec, values);
  if (!before) {
    return { row: row.row, key, outcome: 'create', changes: [], errors: [], values };
  }
  const old = formatRow(spec, before);
  const changes = spec.columns.flatMap((field) =>
    old[field] === after[field] ? [] : [{ field, from: old[field] ?? '', to: after[field] ?? '' }],
  );
  // An archived record stays as it is (an old export that still lists it reads back unchanged).
  if (changes.length && context.archived?.has(key)) {
    return reject([csvError(spec.key, 'ARCHIVED', locale)]);
  }
  return {
    row: row.row,
    key,
    outcome: changes.length ? 'update' : 'unchanged',
    changes,
    errors: [],
    values,
  };
}
