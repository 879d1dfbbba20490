import { INPUT_MESSAGES, type Locale } from '@malmo/domain';

/** A field error as the API and the domain's `parseInput` give it. */
export interface FieldErrorLike {
  field: string;
  code: string;
  message: string;
}

/** The expected failures a mutation returns as data (see the API's result unions). */
export type MutationFailure =
  | { __typename: 'InputError'; message: string; fields: readonly FieldErrorLike[] }
  | {
      __typename: 'RuleViolation';
      message: string;
      rule: string;
      fields: readonly FieldErrorLike[];
    }
  | { __typename: 'StaleVersion'; message: string };

export type Outcome<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      kind: 'input' | 'rule' | 'stale';
      message: string;
      rule: string | null;
      /** The first message per field (dotted path); '' is the input as a whole. */
      fields: Record<string, string>;
      /** Every field message, in the API's order, for a summary. */
      messages: string[];
    };

/**
 * Reads a mutation's result union: the success type's `data`, or the failure with its field
 * messages. Messages with a code the domain knows are shown in the reader's language (the API
 * writes Swedish); the rest as the API wrote them.
 */
export function outcomeOf<T>(
  result: { __typename: string; data?: T } | MutationFailure,
  locale: Locale,
): Outcome<T> {
  if ('data' in result && result.data !== undefined) return { ok: true, data: result.data };
  const failure = result as MutationFailure;
  const list = 'fields' in failure ? failure.fields : [];
  const localised = list.map((f) => ({ ...f, message: localiseMessage(f, locale) }));
  return {
    ok: false,
    kind:
      failure.__typename === 'RuleViolation'
        ? 'rule'
        : failure.__typename === 'StaleVersion'
          ? 'stale'
          : 'input',
    message: failure.message,
    rule: failure.__typename === 'RuleViolation' ? failure.rule : null,
    fields: fieldMap(localised),
    messages: localised.map((f) => f.message),
  };
}

function localiseMessage(error: FieldErrorLike, locale: Locale): string {
  return Object.hasOwn(INPUT_MESSAGES, error.code)
    ? INPUT_MESSAGES[error.code as keyof typeof INPUT_MESSAGES][locale]
    : error.message;
}

/** The first message for each field. */
export function fieldMap(errors: readonly FieldErrorLike[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const error of errors) map[error.field] ??= error.message;
  return map;
}
