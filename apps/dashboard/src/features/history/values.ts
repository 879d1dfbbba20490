import { ENUM_VALUES, type EnumGroup, type Locale, label } from '@malmo/domain';
import type { FieldSpec } from '../editing/spec';

/** The record kind and id inside a global id, or null when `value` is not one. */
export function decodeGlobalId(value: unknown): { kind: string; id: string } | null {
  if (typeof value !== 'string' || value.length < 4 || !/^[A-Za-z0-9+/]+=*$/.test(value)) {
    return null;
  }
  try {
    const match = /^([A-Z][A-Za-z]+):(\d+)$/.exec(atob(value));
    return match ? { kind: match[1] as string, id: match[2] as string } : null;
  } catch {
    return null;
  }
}

/** Every global id in a change's values, for looking their names up at once. */
export function globalIdsIn(values: readonly unknown[]): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
    else if (decodeGlobalId(value)) ids.add(value as string);
  };
  values.forEach(visit);
  return [...ids];
}

/**
 * The form field an audited field is: the history names relations as the record does
 * (`ownerUnit`, `attendees`), the forms as their inputs do (`ownerUnitId`, `attendeeIds`).
 */
export function specFor(fields: readonly FieldSpec[], field: string): FieldSpec | undefined {
  const singular = field.replace(/ies$/, 'y').replace(/s$/, '');
  const names = [field, `${field}Id`, `${singular}Ids`, `${field}Ids`];
  return (
    names.map((name) => fields.find((f) => f.name === name)).find(Boolean) ??
    // A nested input field (`scores.influence`) is a plain field of the record (`influence`).
    fields.find((f) => f.name.endsWith(`.${field}`))
  );
}

export interface ReadableOptions {
  locale: Locale;
  /** Names of records by global id. */
  names: ReadonlyMap<string, string>;
  yes: string;
  no: string;
  none: string;
  items: (count: number) => string;
}

/** A value of the history as a person reads it: names for ids, labels for enums, Ja/Nej. */
export function readableValue(
  value: unknown,
  spec: FieldSpec | undefined,
  options: ReadableOptions,
): string {
  if (value === null || value === undefined || value === '') return options.none;
  if (typeof value === 'boolean') return value ? options.yes : options.no;
  if (Array.isArray(value)) {
    if (value.length === 0) return options.none;
    if (value.some((v) => v !== null && typeof v === 'object')) return options.items(value.length);
    return value.map((v) => readableValue(v, spec, options)).join(', ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  if (decodeGlobalId(value)) return options.names.get(value as string) ?? String(value);
  if (spec && (spec.kind === 'enum' || spec.kind === 'enumMulti')) {
    const group: EnumGroup = spec.group;
    const v = String(value).toLowerCase();
    if ((ENUM_VALUES[group] as readonly string[]).includes(v)) {
      return label(options.locale, group, v as never);
    }
  }
  return String(value);
}
