import type { Locale } from '@malmo/domain';
import { type FieldErrorLike, type MutationFailure, outcomeOf } from '../../lib/mutation-result';

/** Where each problem of a refused save is shown: at a field of the form, or above it. */
export interface PlacedProblems {
  /** Field name → its first message. */
  fields: Record<string, string>;
  /** Problems about the whole input, or about a field the form does not show. */
  form: string[];
}

/**
 * Places field errors (the domain's, or the API's InputError / RuleViolation `fields`) on the
 * form's fields. An error at `attendeeIds.2` belongs to the field `attendeeIds`, one at
 * `partners.0` to the first field of that partner: the nearest shown field up the path.
 * Anything else is the form's.
 */
export function placeProblems(
  errors: readonly FieldErrorLike[],
  shown: readonly string[],
): PlacedProblems {
  const known = new Set(shown);
  const placed: PlacedProblems = { fields: {}, form: [] };
  for (const error of errors) {
    const name = nearestField(error.field, known, shown);
    if (name === null) {
      if (!placed.form.includes(error.message)) placed.form.push(error.message);
    } else {
      placed.fields[name] ??= error.message;
    }
  }
  return placed;
}

function nearestField(path: string, known: Set<string>, shown: readonly string[]): string | null {
  if (path === '') return null;
  if (known.has(path)) return path;
  // An item of a list (`partners.0`): its first field.
  const child = shown.find((name) => name.startsWith(`${path}.`));
  if (child) return child;
  const parts = path.split('.');
  for (let end = parts.length - 1; end > 0; end--) {
    const parent = parts.slice(0, end).join('.');
    if (known.has(parent)) return parent;
  }
  return null;
}

/** A refused save as the form shows it. */
export type SaveProblem =
  | { kind: 'stale'; message: string }
  | {
      kind: 'input' | 'rule';
      message: string;
      rule: string | null;
      placed: PlacedProblems;
    };

/**
 * Reads a create/update mutation's result: the saved record's id and version, or the problem,
 * its field messages in the reader's language where the domain knows the code.
 */
export function saveOutcome(
  result: { __typename: string; data?: { id: string; version: number } } | MutationFailure,
  locale: Locale,
  shown: readonly string[],
): { ok: true; id: string; version: number } | { ok: false; problem: SaveProblem } {
  const outcome = outcomeOf(result, locale);
  if (outcome.ok) return { ok: true, id: outcome.data.id, version: outcome.data.version };
  if (outcome.kind === 'stale')
    return { ok: false, problem: { kind: 'stale', message: outcome.message } };
  const failure = result as Extract<MutationFailure, { fields: unknown }>;
  const localised = failure.fields.map((f, i) => ({
    ...f,
    message: outcome.messages[i] ?? f.message,
  }));
  return {
    ok: false,
    problem: {
      kind: outcome.kind,
      message: outcome.message,
      rule: outcome.rule,
      placed: placeProblems(localised, shown),
    },
  };
}
