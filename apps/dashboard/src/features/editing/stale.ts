import type { FieldSpec, FormValue, FormValues } from './spec';
import { getPath } from './spec';

/** One field of a stale save: what the reader typed and what is stored now. */
export interface FieldChange {
  name: string;
  label: string;
  mine: string;
  stored: string;
  /** Someone else changed it since the form was loaded (not only the reader). */
  changedElsewhere: boolean;
}

/** How a value reads in the comparison: a reference or enum by its label, lists joined. */
export type DisplayValue = (field: FieldSpec, value: FormValue | undefined) => string;

function same(a: FormValue | undefined, b: FormValue | undefined): boolean {
  return JSON.stringify(a ?? '') === JSON.stringify(b ?? '');
}

/**
 * The fields that matter after a refused (stale) save: those someone else changed since the form
 * was loaded (`original` → `stored`), and those the reader changed (`original` → `mine`), each
 * with the reader's value beside the stored one. Fields in neither are left out.
 */
export function listChanges(
  fields: readonly FieldSpec[],
  original: FormValues,
  mine: FormValues,
  stored: FormValues,
  display: DisplayValue,
): FieldChange[] {
  return fields.flatMap((field) => {
    const before = getPath(original, field.name);
    const now = getPath(stored, field.name);
    const typed = getPath(mine, field.name);
    const changedElsewhere = !same(before, now);
    if (!changedElsewhere && same(before, typed)) return [];
    return [
      {
        name: field.name,
        label: field.label,
        mine: display(field, typed),
        stored: display(field, now),
        changedElsewhere,
      },
    ];
  });
}
