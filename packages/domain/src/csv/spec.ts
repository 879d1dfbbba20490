import { z } from 'zod';
import { type FieldError, fieldErrors, inputErrorMap } from '../inputs/common';
import type { Locale } from '../labels';
import { type CsvCell, csvError, isCsvErrorCode } from './format';

// biome-ignore lint/suspicious/noExplicitAny: a column of any value type
type AnyCell = CsvCell<any>;
export type Cells = Record<string, AnyCell>;

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
}

/**
 * How a kind's columns meet its input schema: the schema (an object), the columns whose field is
 * named otherwise (`parent` → `parentId`; every other column fills the field of its own name, if
 * the schema has one).
 */
export interface CsvInputBinding<C extends Cells = Cells> {
  schema: z.ZodObject;
  renames?: Partial<Record<keyof C & string, string>>;
}

export function defineCsvSpec<C extends Cells>(
  kind: string,
  key: keyof C & string,
  cells: C,
  binding?: CsvInputBinding<C>,
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
    ...(binding ? { input: bind(columns, binding) } : {}),
    ...options,
  };
}

function bind<C extends Cells>(
  columns: (keyof C & string)[],
  { schema, renames = {} }: CsvInputBinding<C>,
): CsvInput<C> {
  const fields = Object.fromEntries(
    columns.flatMap((column) => {
      const field = renames[column] ?? column;
      return Object.hasOwn(schema.shape, field) ? [[column, field]] : [];
    }),
  ) as CsvInput<C>['fields'];
  return { schema: schema as z.ZodType<Record<string, unknown>>, fields };
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
    const column = (field: string) => {
      const [head = '', ...rest] = field.split('.');
      return [columnOf.get(head) ?? head, ...rest].join('.');
    };
    return { ok: false, errors: issueErrors(checked.error, locale, column) };
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
