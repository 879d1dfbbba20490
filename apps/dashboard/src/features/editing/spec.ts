import type { EnumGroup } from '@malmo/domain';

/**
 * What an editing form is made of: one list of field descriptions per record kind, read by one
 * form shell (RecordForm). A field's `name` is its dotted path in the mutation's input – the same
 * path the domain's schemas and the API report errors at – so an error lands on its field.
 */

/** The records a reference field picks from. */
export type Source =
  | 'unit'
  | 'person'
  | 'organisation'
  | 'partnerCity'
  | 'forum'
  | 'membership'
  | 'eventSeries'
  | 'eventEdition'
  | 'project'
  | 'meeting';

interface Base {
  name: string;
  /** The label, already in the reader's language. */
  label: string;
  hint?: string;
  required?: boolean;
}

export type FieldSpec =
  | (Base & { kind: 'text' | 'textarea'; maxLength?: number })
  /** A list of short texts, typed one per line. */
  | (Base & { kind: 'lines' })
  | (Base & { kind: 'number' | 'money'; min?: number; max?: number })
  | (Base & { kind: 'date' })
  | (Base & { kind: 'checkbox' })
  | (Base & { kind: 'enum'; group: EnumGroup })
  | (Base & { kind: 'enumMulti'; group: EnumGroup })
  | (Base & {
      kind: 'reference';
      /** A fixed source, or one that depends on the other fields of the same list item. */
      source: Source | ((item: FormValues) => Source | null);
    })
  | (Base & { kind: 'referenceMulti'; source: Source })
  | (Base & {
      kind: 'list';
      fields: readonly FieldSpec[];
      /** The label of one item, e.g. "Partner 2". */
      itemLabel: (index: number) => string;
      addLabel: string;
      removeLabel: (index: number) => string;
    });

/** Form state: what was typed, as strings (numbers too, so a half-typed value is never lost). */
export type FormValue = string | boolean | string[] | FormValues[] | FormValues;
export interface FormValues {
  [name: string]: FormValue;
}

/** The element id of a field, for its label and the error summary's link. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The empty value of each field. */
export function emptyValues(fields: readonly FieldSpec[]): FormValues {
  const values: FormValues = {};
  for (const field of fields) setPath(values, field.name, emptyValue(field));
  return values;
}

function emptyValue(field: FieldSpec): FormValue {
  switch (field.kind) {
    case 'checkbox':
      return false;
    case 'enumMulti':
    case 'referenceMulti':
      return [];
    case 'list':
      return [];
    default:
      return '';
  }
}

/**
 * The typed values as the input the domain schema parses: numbers become numbers (blank is
 * absent, so the schema says "required" or stores null), blank text and references stay blank
 * (the schemas turn optional blanks into null). A number that does not parse stays a string and
 * fails the schema with its own message.
 */
export function toInput(fields: readonly FieldSpec[], values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const value = getPath(values, field.name);
    setPath(input, field.name, inputValue(field, value));
  }
  return input;
}

function inputValue(field: FieldSpec, value: FormValue | undefined): unknown {
  switch (field.kind) {
    case 'number':
    case 'money': {
      const text = typeof value === 'string' ? value.trim() : '';
      if (text === '') return undefined;
      const number = Number(text.replace(/\s/g, '').replace(',', '.'));
      return Number.isFinite(number) ? number : text;
    }
    case 'list': {
      const items = Array.isArray(value) ? (value as FormValues[]) : [];
      return items.map((item) => toInput(field.fields, item));
    }
    case 'lines':
      return (typeof value === 'string' ? value : '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    case 'text':
    case 'textarea': {
      const text = typeof value === 'string' ? value : '';
      // Blank optional text is null; blank required text is left for the schema to refuse.
      return text === '' && !field.required ? null : text;
    }
    case 'reference':
    case 'date':
    case 'enum': {
      const text = typeof value === 'string' ? value : '';
      // Blank and required is absent ("Fältet måste fyllas i"); blank and optional is null.
      return text === '' ? (field.required ? undefined : null) : text;
    }
    default:
      return value;
  }
}

/** The value at a dotted path (`scores.influence`). */
export function getPath(values: FormValues, path: string): FormValue | undefined {
  let current: unknown = values;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current as FormValue | undefined;
}

export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let current = target;
  parts.slice(0, -1).forEach((part) => {
    const next = current[part];
    if (next === null || typeof next !== 'object') current[part] = {};
    current = current[part] as Record<string, unknown>;
  });
  current[parts[parts.length - 1] as string] = value;
}

/**
 * Every field name the form shows for these values, list items expanded
 * (`partners.0.partnerCityId` …): the places an error can be shown at.
 */
export function fieldNames(
  fields: readonly FieldSpec[],
  values: FormValues,
  prefix = '',
): string[] {
  return fields.flatMap((field) => {
    const name = `${prefix}${field.name}`;
    if (field.kind !== 'list') return [name];
    const items = getPath(values, field.name);
    const list = Array.isArray(items) ? (items as FormValues[]) : [];
    return [name, ...list.flatMap((item, i) => fieldNames(field.fields, item, `${name}.${i}.`))];
  });
}

/**
 * A stored record as form values: `raw` holds the record's values by field name, as the API
 * reads them (GraphQL enums, numbers, ids, null); they become what a person would have typed.
 */
export function fromRecord(fields: readonly FieldSpec[], raw: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    setPath(values, field.name, formValue(field, getRaw(raw, field.name)));
  }
  return values;
}

function getRaw(raw: Record<string, unknown>, path: string): unknown {
  return getPath(raw as FormValues, path);
}

function formValue(field: FieldSpec, value: unknown): FormValue {
  if (value === null || value === undefined) return emptyValue(field);
  switch (field.kind) {
    case 'checkbox':
      return Boolean(value);
    case 'enum':
      return String(value).toLowerCase();
    case 'enumMulti':
      return (value as string[]).map((v) => v.toLowerCase());
    case 'referenceMulti':
      return [...(value as string[])];
    case 'list':
      return (value as Record<string, unknown>[]).map((item) => fromRecord(field.fields, item));
    case 'lines':
      return (value as string[]).join('\n');
    default:
      return String(value);
  }
}

/**
 * A parsed input (the domain schema's output) as the GraphQL input: the domain's enum values
 * (`running`) become GraphQL's (`RUNNING`).
 */
export function toGraphql(fields: readonly FieldSpec[], parsed: Record<string, unknown>) {
  const input: Record<string, unknown> = structuredClone(parsed);
  for (const field of fields) {
    const value = getRaw(input, field.name);
    if (field.kind === 'enum' && typeof value === 'string') {
      setPath(input, field.name, value.toUpperCase());
    } else if (field.kind === 'enumMulti' && Array.isArray(value)) {
      setPath(
        input,
        field.name,
        (value as string[]).map((v) => v.toUpperCase()),
      );
    } else if (field.kind === 'list' && Array.isArray(value)) {
      setPath(
        input,
        field.name,
        (value as Record<string, unknown>[]).map((item) => toGraphql(field.fields, item)),
      );
    }
  }
  return input;
}

/** The label of a field by its name, list items named with their item (`Partner 2, Namn`). */
export function fieldLabel(fields: readonly FieldSpec[], name: string): string | undefined {
  for (const field of fields) {
    if (field.name === name) return field.label;
    if (field.kind === 'list' && name.startsWith(`${field.name}.`)) {
      const [index, ...rest] = name.slice(field.name.length + 1).split('.');
      const item = field.itemLabel(Number(index));
      const inner = fieldLabel(field.fields, rest.join('.'));
      return inner ? `${item}, ${inner}` : item;
    }
  }
  return undefined;
}
