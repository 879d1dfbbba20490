import { z } from 'zod';
import { orientationSchema, priorityAreaSchema, themeSchema } from '../enum-schemas';
import type { Locale } from '../labels';
import { isIsoDate } from '../rules/dates';
import { INPUT_MESSAGES, type InputErrorCode } from './messages';

/**
 * Building blocks shared by the mutation input schemas, and the error plumbing that turns a
 * ZodError into field errors with Swedish (or English) messages. The API validates with these
 * schemas and the dashboard reuses them for its forms, so both show the same messages.
 */

/** The largest amount of money (SEK) an input accepts. */
export const MAX_MONEY_SEK = 10_000_000_000;

export { INPUT_MESSAGES, type InputErrorCode } from './messages';

function isInputErrorCode(code: unknown): code is InputErrorCode {
  return typeof code === 'string' && Object.hasOwn(INPUT_MESSAGES, code);
}

/** The Swedish message and the code of one of our own issues, for `.refine` and `addIssue`. */
export function ownIssue(code: InputErrorCode): {
  message: string;
  params: { code: InputErrorCode };
} {
  return { message: INPUT_MESSAGES[code].sv, params: { code } };
}

/**
 * Options for a cross-field refinement on an object: its code and Swedish message, the field the
 * issue is reported at (`null`: the object itself), and the fields it reads. It runs as soon as
 * those fields are valid, even when other fields are not, so a form shows all errors at once.
 */
export function crossFieldRule(
  code: InputErrorCode,
  at: string | null,
  reads: readonly string[],
): z.core.$ZodCustomParams {
  return {
    ...ownIssue(code),
    path: at === null ? [] : [at],
    when: (payload) =>
      payload.issues.every((issue) => {
        const head = issue.path?.[0];
        return head !== undefined && !reads.includes(String(head));
      }),
  };
}

// --- dates -----------------------------------------------------------------------------------

/** True when both dates are set and `later` is before `earlier`. ISO dates order lexically. */
export function isBefore(later: string | null, earlier: string | null): boolean {
  return later !== null && earlier !== null && later < earlier;
}

/** A required `YYYY-MM-DD` date; must be a real calendar date. */
export const isoDate = z
  .string()
  .trim()
  .refine((value) => isIsoDate(value), ownIssue('INVALID_DATE'));

/** An optional date: null, undefined and blank become null. */
export const optionalDate = z
  .string()
  .trim()
  .refine((value) => value === '' || isIsoDate(value), ownIssue('INVALID_DATE'))
  .nullish()
  .transform((value) => (value ? value : null));

// --- text and ids ----------------------------------------------------------------------------

/** Required text: trimmed, not blank, at most `max` characters. */
export function requiredText(max: number) {
  return z
    .string()
    .trim()
    .refine((value) => value.length > 0, ownIssue('REQUIRED'))
    .max(max);
}

/** Optional text: trimmed, at most `max` characters; null, undefined and blank become null. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));
}

/** An opaque id (a GraphQL global id); the API resolves it. */
export const id = z
  .string()
  .trim()
  .refine((value) => value.length > 0, ownIssue('REQUIRED'));

/** An optional id: null, undefined and blank become null. */
export const optionalId = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value ? value : null));

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** A list of ids, duplicates removed; absent means empty. */
export const idList = z.array(id).overwrite(unique).default([]);

// --- numbers ---------------------------------------------------------------------------------

/** An amount in whole SEK, 0 – 10 000 000 000. */
export const money = z.number().int().min(0).max(MAX_MONEY_SEK);

/** An optional amount in whole SEK: null and undefined become null. */
export const optionalMoney = money.nullish().transform((value) => value ?? null);

/** A calendar year the city plans for. */
export const calendarYear = z.number().int().min(2000).max(2100);

// --- tags (R1, R3) ---------------------------------------------------------------------------

/** The tags of an engagement: orientations, priority areas, themes; duplicates removed. */
export const engagementTagsSchema = z.object({
  orientations: z.array(orientationSchema).overwrite(unique).default([]),
  priorityAreas: z.array(priorityAreaSchema).overwrite(unique).default([]),
  themes: z.array(themeSchema).overwrite(unique).default([]),
});

// --- errors ----------------------------------------------------------------------------------

/** One validation error, at a dotted field path such as `priorities.0.reason`. */
export type FieldError = { field: string; code: string; message: string };

export type ParseInputResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const LOCALE_ERRORS: Record<Locale, z.core.$ZodErrorMap> = {
  sv: z.locales.sv().localeError,
  en: z.locales.en().localeError,
};

const FRIENDLY = {
  sv: {
    integer: 'Ange ett heltal.',
    minLength: (n: string) => `Minst ${n} tecken.`,
    maxLength: (n: string) => `Högst ${n} tecken.`,
    min: (n: string) => `Värdet måste vara minst ${n}.`,
    max: (n: string) => `Värdet får vara högst ${n}.`,
  },
  en: {
    integer: 'Enter a whole number.',
    minLength: (n: string) => `At least ${n} characters.`,
    maxLength: (n: string) => `At most ${n} characters.`,
    min: (n: string) => `The value must be at least ${n}.`,
    max: (n: string) => `The value must be at most ${n}.`,
  },
} as const;

const NUMBER_FORMAT: Record<Locale, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat('sv-SE', { useGrouping: 'min2' }),
  en: new Intl.NumberFormat('en-GB', { useGrouping: 'min2' }),
};

/**
 * The per-parse error map for a locale: zod's own locale (`z.locales.sv()` / `en()`), with
 * plainer wording for a missing value, a non-integer and a length or range out of bounds. Pass it
 * as `{ error: inputErrorMap('sv') }` to `safeParse` (or to a form resolver's parse options).
 */
export function inputErrorMap(locale: Locale): z.core.$ZodErrorMap {
  const base = LOCALE_ERRORS[locale];
  const words = FRIENDLY[locale];
  const format = (n: number | bigint): string => NUMBER_FORMAT[locale].format(n);
  return (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined || issue.input === null) {
          return INPUT_MESSAGES.REQUIRED[locale];
        }
        if (issue.expected === 'int' && typeof issue.input === 'number') return words.integer;
        break;
      case 'too_small':
        if (issue.origin === 'string') return words.minLength(format(issue.minimum));
        if (issue.origin === 'number') return words.min(format(issue.minimum));
        break;
      case 'too_big':
        if (issue.origin === 'string') return words.maxLength(format(issue.maximum));
        if (issue.origin === 'number') return words.max(format(issue.maximum));
        break;
    }
    return base(issue);
  };
}

const ERROR_MAPS: Record<Locale, z.core.$ZodErrorMap> = {
  sv: inputErrorMap('sv'),
  en: inputErrorMap('en'),
};

/**
 * The field errors of a failed parse. `field` is the dotted path (`''` for the whole input),
 * `code` our own code (`END_BEFORE_START` …) or else zod's issue code. Our own issues get their
 * message in `locale`; zod's keep the message the parse produced (use `parseInput` for a
 * localised one).
 */
export function fieldErrors(error: z.ZodError, locale: Locale = 'sv'): FieldError[] {
  return error.issues.map((issue) => {
    const own = issue.code === 'custom' ? issue.params?.code : undefined;
    const field = issue.path.map(String).join('.');
    if (isInputErrorCode(own)) return { field, code: own, message: INPUT_MESSAGES[own][locale] };
    return { field, code: issue.code, message: issue.message };
  });
}

/** Parses `data` with `schema`, with messages in `locale` (Swedish unless told). */
export function parseInput<S extends z.ZodType>(
  schema: S,
  data: unknown,
  locale: Locale = 'sv',
): ParseInputResult<z.output<S>> {
  const result = schema.safeParse(data, { error: ERROR_MAPS[locale] });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: fieldErrors(result.error, locale) };
}

/** `parseInput` with English messages, for the dashboard when its UI is English. */
export function parseInputEn<S extends z.ZodType>(
  schema: S,
  data: unknown,
): ParseInputResult<z.output<S>> {
  return parseInput(schema, data, 'en');
}
