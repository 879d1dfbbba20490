import { z } from 'zod';
import {
  engagementTagsSchema,
  type FieldError,
  isoDate,
  optionalDate,
  optionalText,
  requiredText,
} from '../inputs/common';
import type { Locale } from '../labels';

/**
 * The import/export file format, shared by the API (which writes and reads it) and the dashboard
 * (which shows its rules):
 *
 * - UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting, `;` between cells (what Excel
 *   expects in Swedish, where the comma is the decimal sign). Files separated by `,` or tabs are
 *   read too.
 * - The first row names the columns with their stable English keys (`key`, `name`, `unit` …);
 *   order is free, every column must be there and no other.
 * - Empty cell: no value. Dates `YYYY-MM-DD`. Yes/no `true`/`false`. Enumerations by their codes
 *   (`district`, `brussels_network`). Lists in one cell, items joined by `|`.
 * - A reference to another record is that record's key (a person's `unit` is the unit's key).
 * - A cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a leading
 *   `'`, so that a spreadsheet does not run it as a formula; the `'` is dropped again on import.
 */
export const CSV_FORMAT = {
  delimiter: ';',
  newline: '\r\n',
  bom: '\uFEFF',
  listSeparator: '|',
  mediaType: 'text/csv; charset=utf-8',
} as const;

/** Messages of the file format's own checks (the fields' own come from the input schemas). */
export const CSV_MESSAGES = {
  NOT_AN_INTEGER: { sv: 'Ange ett heltal.', en: 'Enter a whole number.' },
  NOT_A_BOOLEAN: { sv: 'Ange true eller false.', en: 'Enter true or false.' },
  INVALID_KEY: {
    sv: 'Nyckeln får bara innehålla a–z, 0–9 och bindestreck (inte först eller sist).',
    en: 'A key may only contain a–z, 0–9 and hyphens (not first or last).',
  },
  LIST_ITEM_HAS_SEPARATOR: {
    sv: 'Ett listvärde får inte innehålla tecknet |.',
    en: 'A list item cannot contain the character |.',
  },
  UNKNOWN_REFERENCE: {
    sv: 'Det finns ingen post med den nyckeln.',
    en: 'There is no record with that key.',
  },
  ARCHIVED: {
    sv: 'Posten med den nyckeln är arkiverad. Återställ den först om den ska ändras.',
    en: 'The record with that key is archived. Restore it first to change it.',
  },
  OTHER_UNIT: {
    sv: 'Du kan bara importera din egen enhets poster.',
    en: 'You can only import your own unit’s records.',
  },
  PARENT_CYCLE: {
    sv: 'Posten kan inte ligga under sig själv, direkt eller genom andra poster.',
    en: 'The record cannot sit under itself, directly or through others.',
  },
  DUPLICATE_KEY: {
    sv: 'Nyckeln förekommer redan på en tidigare rad i filen.',
    en: 'The key already appears on an earlier row of the file.',
  },
  MISSING_COLUMN: { sv: 'Kolumnen saknas i filen.', en: 'The column is missing from the file.' },
  UNKNOWN_COLUMN: {
    sv: 'Okänd kolumn: den hör inte till den här sortens poster.',
    en: 'Unknown column: it does not belong to this kind of record.',
  },
  DUPLICATE_COLUMN: { sv: 'Kolumnen förekommer två gånger.', en: 'The column appears twice.' },
  WRONG_CELL_COUNT: {
    sv: 'Raden har inte lika många celler som rubrikraden.',
    en: 'The row does not have as many cells as the header row.',
  },
  EMPTY_FILE: { sv: 'Filen innehåller ingen rubrikrad.', en: 'The file has no header row.' },
  MALFORMED: { sv: 'Filen kunde inte läsas som CSV.', en: 'The file could not be read as CSV.' },
} as const satisfies Record<string, Record<Locale, string>>;
export type CsvErrorCode = keyof typeof CSV_MESSAGES;

export function isCsvErrorCode(code: string): code is CsvErrorCode {
  return Object.hasOwn(CSV_MESSAGES, code);
}

/** A field error of the format's own, at `field` (a column name, or `''` for the whole row). */
export function csvError(field: string, code: CsvErrorCode, locale: Locale = 'sv'): FieldError {
  return { field, code, message: CSV_MESSAGES[code][locale] };
}

function csvIssue(code: CsvErrorCode) {
  return { message: CSV_MESSAGES[code].sv, params: { code } };
}

// --- cells -----------------------------------------------------------------------------------

/**
 * One column: how its cell text becomes a value (a zod schema from the text, so its messages are
 * the input schemas' Swedish ones) and how a value is written back. `format(parse(text))` is the
 * canonical text, so an exported file reads back to the same values.
 */
export interface CsvCell<T> {
  schema: z.ZodType<T>;
  format: (value: T) => string;
  /** The kind of record this column names by key. */
  references?: string;
}

const text = (value: string | null) => value ?? '';
const cellText = z.string();

/** Required text, trimmed, at most `max` characters. */
export function textCell(max: number): CsvCell<string> {
  return { schema: requiredText(max), format: text };
}

/** Optional text; an empty cell is null. */
export function optionalTextCell(max: number): CsvCell<string | null> {
  return { schema: optionalText(max), format: text };
}

/** Registry keys are slugs; some join two slugs with `--` (a seat: forum--unit--person). */
const KEY_PATTERN = /^[a-z0-9]+(?:-+[a-z0-9]+)*$/;

const keySchema = z
  .string()
  .trim()
  .refine((value) => value === '' || KEY_PATTERN.test(value), csvIssue('INVALID_KEY'));

/** A record's own key (a slug). */
export function keyCell(): CsvCell<string> {
  return { schema: requiredText(120).pipe(keySchema), format: (value) => value };
}

/** A reference by key to a record of `kind`; an empty cell is null unless `required`. */
export function refCell(kind: string, required: true): CsvCell<string>;
export function refCell(kind: string, required?: false): CsvCell<string | null>;
export function refCell(kind: string, required = false): CsvCell<string> | CsvCell<string | null> {
  if (required) return { ...keyCell(), references: kind };
  return {
    schema: keySchema.transform((value) => (value ? value : null)),
    format: text,
    references: kind,
  };
}

const integerText = cellText
  .trim()
  .refine((value) => value === '' || /^-?\d+$/.test(value), csvIssue('NOT_AN_INTEGER'))
  .transform((value) => (value === '' ? null : Number(value)));

/** A whole number in `min`–`max`; an empty cell is null. */
export function optionalIntegerCell(min: number, max: number): CsvCell<number | null> {
  return {
    schema: integerText.pipe(z.number().int().min(min).max(max).nullable()),
    format: (value) => (value === null ? '' : String(value)),
  };
}

/** `true` or `false`. */
export function booleanCell(): CsvCell<boolean> {
  return {
    schema: cellText
      .trim()
      .refine((value) => value === 'true' || value === 'false', csvIssue('NOT_A_BOOLEAN'))
      .transform((value) => value === 'true'),
    format: (value) => String(value),
  };
}

/** One code of an enumeration. */
export function enumCell<const T extends readonly [string, ...string[]]>(
  values: T,
): CsvCell<T[number]> {
  return {
    schema: cellText.trim().pipe(requiredText(100)).pipe(z.enum(values)),
    format: (value) => value,
  };
}

/** A required `YYYY-MM-DD` date. */
export function dateCell(): CsvCell<string> {
  return { schema: isoDate, format: (value) => value };
}

/** An optional `YYYY-MM-DD` date; an empty cell is null. */
export function optionalDateCell(): CsvCell<string | null> {
  return { schema: optionalDate, format: text };
}

/** A list, items joined by `|`; `item` checks the items (an input schema's array). */
export function listCell<T>(items: z.ZodType<T[]>): CsvCell<T[]> {
  return {
    schema: cellText
      .transform((value) =>
        value
          .split(CSV_FORMAT.listSeparator)
          .map((item) => item.trim())
          .filter((item) => item !== ''),
      )
      .pipe(items as z.ZodType<T[], string[]>),
    format: (value) => value.join(CSV_FORMAT.listSeparator),
  };
}

/** Free-text list items (no `|` inside). */
export const textListItems = z.array(z.string().max(200));

/** The tag columns of an engagement (R1, R3), checked by the same schema as the forms. */
export const tagCells = {
  orientations: listCell(engagementTagsSchema.shape.orientations),
  priorityAreas: listCell(engagementTagsSchema.shape.priorityAreas),
  themes: listCell(engagementTagsSchema.shape.themes),
};
