import Papa from 'papaparse';
import type { FieldError } from '../inputs/common';
import { CSV_FORMAT, csvError } from './format';

/**
 * Reading and writing the files themselves, with papaparse. Kept apart from the column specs (and
 * out of the package's main entry, see `@malmo/domain/csv-files`) so that the dashboard, which
 * only needs the specs and messages, does not load a CSV parser up front.
 */

/** A formula start, after any apostrophes (so that a value that began with `'=` survives too). */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Cells as written: formulas escaped with a leading `'` (see `CSV_FORMAT`). */
function escapeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function unescapeCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** Writes a file: BOM, header row, one row per record (cells already formatted). */
export function writeCsv(columns: readonly string[], rows: readonly Record<string, string>[]) {
  const body = Papa.unparse(
    {
      fields: [...columns],
      data: rows.map((row) => columns.map((column) => escapeCell(row[column] ?? ''))),
    },
    { delimiter: CSV_FORMAT.delimiter, newline: CSV_FORMAT.newline, quotes: false },
  );
  return `${CSV_FORMAT.bom}${body}${CSV_FORMAT.newline}`;
}

/** One data row of a file: its row number as a spreadsheet shows it (the header is row 1). */
export interface CsvRow {
  row: number;
  cells: Record<string, string>;
  errors: FieldError[];
}

export interface CsvFile {
  /** Errors of the file as a whole (the header); when any, no row is read. */
  errors: FieldError[];
  rows: CsvRow[];
}

/** Reads a file against the expected columns; a header that does not match is the file's error. */
export function readCsv(source: string, columns: readonly string[]): CsvFile {
  const text = source.startsWith(CSV_FORMAT.bom) ? source.slice(1) : source;
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [CSV_FORMAT.delimiter, ',', '\t'],
  });
  const [header, ...data] = parsed.data;
  if (!header || header.every((cell) => cell.trim() === '')) {
    return { errors: [csvError('', 'EMPTY_FILE')], rows: [] };
  }
  if (parsed.errors.some((error) => error.type === 'Quotes')) {
    return { errors: [csvError('', 'MALFORMED')], rows: [] };
  }
  const names = header.map((cell) => cell.trim());
  const errors: FieldError[] = [];
  names.forEach((name, index) => {
    if (!columns.includes(name)) errors.push(csvError(name, 'UNKNOWN_COLUMN'));
    else if (names.indexOf(name) !== index) errors.push(csvError(name, 'DUPLICATE_COLUMN'));
  });
  for (const column of columns) {
    if (!names.includes(column)) errors.push(csvError(column, 'MISSING_COLUMN'));
  }
  if (errors.length) return { errors, rows: [] };
  const rows = data.map((cells, index): CsvRow => {
    const row = index + 2;
    if (cells.length !== names.length) {
      return { row, cells: {}, errors: [csvError('', 'WRONG_CELL_COUNT')] };
    }
    const record: Record<string, string> = {};
    names.forEach((name, column) => {
      record[name] = unescapeCell(cells[column] ?? '');
    });
    return { row, cells: record, errors: [] };
  });
  return { errors: [], rows };
}
