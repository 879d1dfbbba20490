import { z } from 'zod';
import { type FieldError, fieldErrors, inputErrorMap } from '../inputs/common';
import type { Locale } from '../labels';
import { type CsvCell, type CsvRow, csvError, isCsvErrorCode, readCsv, writeCsv } from './format';

// biome-ignore lint/suspicious/noExplicitAny: a column of any value type
type AnyCell = CsvCell<any>;
type Cells = Record<string, AnyCell>;

/** The values of one row of a kind, as the columns' schemas read them. */
export type CsvValues<C extends Cells> = { [K in keyof C]: z.output<C[K]['schema']> };

/**
 * The import/export columns of one kind of record. `key` names the column that identifies a row
 * (the record's own key, or the key of the record it belongs to, e.g. a membership's
 * organisation); imports upsert by it.
 */
export interface CsvSpec<C extends Cells = Cells> {
  kind: string;
  key: keyof C & string;
  cells: C;
  columns: (keyof C & string)[];
  /** Columns that name another record by key, and that record's kind. */
  references: { column: keyof C & string; kind: string }[];
  schema: z.ZodType<CsvValues<C>>;
  input?: CsvInput<C>;
  /**
   * The column naming the unit a row belongs to, for the follow-up records a unit keeps: a unit
   * editor may import its own unit's rows of such a kind (administrators every row of every kind).
   */
  unitColumn?: keyof C & string;
}

/**
 * The kind's input schema (the one the forms and the API's mutations validate with), and the
 * input field each column fills (`parent` → `parentId`): a row that reads is checked by it too,
 * so a file meets the same rules, with the same messages, as the form; its output (trimmed,
 * lower-cased e-mail, tags without repeats …) is what is stored.
 */
export interface CsvInput<C extends Cells = Cells> {
  schema: z.ZodType<Record<string, unknown>>;
  fields: Partial<Record<keyof C & string, string>>;
  /**
   * Codes of the schema's rules that stored records may break and so a file may too (a row then
   * keeps the values its cells read).
   */
  tolerate?: readonly string[];
}

export function defineCsvSpec<C extends Cells>(
  kind: string,
  key: keyof C & string,
  cells: C,
  input?: CsvInput<C>,
  options: { unitColumn?: keyof C & string } = {},
): CsvSpec<C> {
  const columns = Object.keys(cells) as (keyof C & string)[];
  const shape = Object.fromEntries(columns.map((column) => [column, cells[column]?.schema]));
  return {
    kind,
    key,
    cells,
    columns,
    references: columns.flatMap((column) => {
      const references = cells[column]?.references;
      return references ? [{ column, kind: references }] : [];
    }),
    schema: z.object(shape) as unknown as z.ZodType<CsvValues<C>>,
    ...(input ? { input } : {}),
    ...options,
  };
}

/** A row's values as cell text (the canonical form, which is what an export writes). */
export function formatRow<C extends Cells>(
  spec: CsvSpec<C>,
  values: CsvValues<C>,
): Record<string, string> {
  return Object.fromEntries(
    spec.columns.map((column) => [column, spec.cells[column]?.format(values[column]) ?? '']),
  );
}

/** The export of `records` (sorted by key, so the same registry always gives the same file). */
export function exportCsv<C extends Cells>(spec: CsvSpec<C>, records: readonly CsvValues<C>[]) {
  const rows = records.map((values) => formatRow(spec, values));
  rows.sort((a, b) => compareKeys(a[spec.key] ?? '', b[spec.key] ?? ''));
  return writeCsv(spec.columns, rows);
}

function compareKeys(a: string, b: string) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// --- import planning -------------------------------------------------------------------------

export type ImportOutcome = 'create' | 'update' | 'unchanged' | 'reject';

export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

/** What happens (or would happen) to one row of a file. */
export interface ImportRowReport<V = unknown> {
  row: number;
  /** The row's natural key, as written ('' when the cell was missing or invalid). */
  key: string;
  outcome: ImportOutcome;
  changes: FieldChange[];
  errors: FieldError[];
  /** The row's values, when valid. */
  values?: V;
}

export interface ImportPlan<V = unknown> {
  kind: string;
  /** Errors of the file as a whole: a wrong header. */
  errors: FieldError[];
  rows: ImportRowReport<V>[];
  counts: Record<ImportOutcome, number>;
  /** True when nothing is rejected (and the file could be read): the file may be applied. */
  ok: boolean;
}

export const IMPORT_MODES = ['dry-run', 'apply'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** The last line of an import's answer: the plan, and whether it was applied. */
export interface ImportReport {
  kind: string;
  mode: ImportMode;
  applied: boolean;
  ok: boolean;
  errors: FieldError[];
  counts: Record<ImportOutcome, number>;
  rows: Omit<ImportRowReport, 'values'>[];
}

/** The lines of an import's NDJSON answer. */
export type ImportMessage =
  | { progress: { done: number; total: number } }
  | { report: ImportReport }
  | { error: string };

/** What the registry holds, for planning an import of a kind. */
export interface ImportContext<V> {
  /** The rows there are now, by natural key, as this kind's values. */
  current: ReadonlyMap<string, V>;
  /** Whether a record of `kind` with `key` exists (for references to other kinds). */
  exists: (kind: string, key: string) => boolean;
  /**
   * For a unit editor: the key of the one unit whose rows it may write (the kind's `unitColumn`,
   * as the file would leave it and as stored). Unset: every row.
   */
  unit?: string;
  /** Keys of stored records that are archived: a row may not change them (restore them first). */
  archived?: ReadonlySet<string>;
  locale?: Locale;
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

/** A row's cells read by the kind's schema, with messages in `locale` (the format's own too). */
export function parseRow<C extends Cells>(
  spec: CsvSpec<C>,
  cells: Record<string, string>,
  locale: Locale = 'sv',
): { ok: true; value: CsvValues<C> } | { ok: false; errors: FieldError[] } {
  const read = spec.schema.safeParse(cells, { error: inputErrorMap(locale) });
  if (!read.success)
    return { ok: false, errors: issueErrors(read.error, locale, (field) => field) };
  if (!spec.input) return { ok: true, value: read.data };
  const fields = Object.entries(spec.input.fields) as [string, string][];
  const columnOf = new Map(fields.map(([column, field]) => [field, column]));
  const data = Object.fromEntries(
    fields.map(([column, field]) => [field, (read.data as Record<string, unknown>)[column]]),
  );
  const checked = spec.input.schema.safeParse(data, { error: inputErrorMap(locale) });
  if (!checked.success) {
    const tolerated = new Set(spec.input.tolerate ?? []);
    const issues = checked.error.issues.filter(
      (issue) => !(issue.code === 'custom' && tolerated.has(String(issue.params?.code))),
    );
    if (issues.length === 0) return { ok: true, value: read.data };
    const column = (field: string) => {
      const [head = '', ...rest] = field.split('.');
      return [columnOf.get(head) ?? head, ...rest].join('.');
    };
    return { ok: false, errors: issueErrors(new z.ZodError(issues), locale, column) };
  }
  const value = { ...read.data } as Record<string, unknown>;
  for (const [column, field] of fields) value[column] = checked.data[field];
  return { ok: true, value: value as CsvValues<C> };
}

/** A failed parse's errors, the format's own codes included, at the column `at` names. */
function issueErrors(error: z.ZodError, locale: Locale, at: (field: string) => string) {
  return error.issues.flatMap((issue) => {
    const code = issue.code === 'custom' ? issue.params?.code : undefined;
    if (typeof code === 'string' && isCsvErrorCode(code)) {
      return [csvError(at(issue.path.map(String).join('.')), code, locale)];
    }
    return fieldErrors(new z.ZodError([issue]), locale).map((e) => ({ ...e, field: at(e.field) }));
  });
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
