import { ENUM_VALUES, type EnumGroup, label } from '@malmo/domain';
import {
  CheckboxField,
  CheckboxGroupField,
  DateField,
  NumberField,
  SearchField,
  SelectField,
  type SelectOption,
  TextAreaField,
  TextField,
} from '@malmo/ui';
import { createContext, useContext, useEffect, useId, useState } from 'react';
import { useController, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useLocale } from '../../i18n';
import { filterOptions, useReferenceOptions } from './references';
import { emptyValues, type FieldSpec, type FormValues, fieldId, type Source } from './spec';

/** The options each reference field has loaded, by source: the stale-save panel reads labels. */
export const OptionsRegistry = createContext<Map<Source, SelectOption[]>>(new Map());

/** "Enhet som …" as it reads inside a sentence: "Sök enhet som …" (proper names keep theirs). */
function lowerFirst(text: string, locale: string): string {
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}

/** Long option lists get a search box above them. */
const SEARCH_FROM = 12;
/** A multi-reference shows at most this many matches besides the chosen ones. */
const MULTI_MATCHES = 25;

function useEnumOptions(group: EnumGroup): SelectOption[] {
  const { locale } = useLocale();
  return ENUM_VALUES[group].map((value) => ({
    value,
    label: label(locale, group, value as never),
  }));
}

/** The fields of a form (or of one list item, under `prefix`). */
export function FormFields({
  fields,
  prefix = '',
}: {
  fields: readonly FieldSpec[];
  prefix?: string;
}) {
  return (
    <>
      {fields.map((field) => (
        <FieldControl key={field.name} field={field} name={`${prefix}${field.name}`} />
      ))}
    </>
  );
}

/** Kinds where "nothing chosen" is an answer, so "(valfritt)" would say nothing. */
const ALWAYS_OPTIONAL = new Set(['checkbox', 'enumMulti', 'referenceMulti', 'list']);

function FieldControl({ field: spec, name }: { field: FieldSpec; name: string }) {
  const { t } = useLocale();
  // Optional fields say so in their label; required ones are the rule (the GOV.UK pattern).
  const field =
    spec.required || ALWAYS_OPTIONAL.has(spec.kind)
      ? spec
      : { ...spec, label: t('editing.optional', { label: spec.label }) };
  if (field.kind === 'list') return <ListField field={field} name={name} />;
  if (field.kind === 'reference') {
    return <ReferenceField field={field} name={name} searchLabel={spec.label} />;
  }
  if (field.kind === 'referenceMulti') {
    return <ReferenceMultiField field={field} name={name} searchLabel={spec.label} />;
  }
  if (field.kind === 'enum' || field.kind === 'enumMulti') {
    return <EnumField field={field} name={name} />;
  }
  return <PlainField field={field} name={name} />;
}

function PlainField({ field, name }: { field: FieldSpec; name: string }) {
  const { t } = useLocale();
  const { field: control, fieldState } = useController({ name });
  const common = {
    id: fieldId(name),
    label: field.label,
    hint: field.hint,
    error: fieldState.error?.message,
  };
  switch (field.kind) {
    case 'lines':
    case 'textarea':
      return (
        <TextAreaField
          {...common}
          required={field.required}
          maxLength={field.kind === 'textarea' ? field.maxLength : undefined}
          value={String(control.value ?? '')}
          onChange={control.onChange}
          inputRef={control.ref}
        />
      );
    case 'number':
    case 'money':
      return (
        <NumberField
          {...common}
          required={field.required}
          min={field.min}
          max={field.max}
          unit={field.kind === 'money' ? t('editing.sek') : undefined}
          value={String(control.value ?? '')}
          onChange={control.onChange}
          inputRef={control.ref}
        />
      );
    case 'date':
      return (
        <DateField
          {...common}
          required={field.required}
          value={String(control.value ?? '')}
          onChange={control.onChange}
          inputRef={control.ref}
        />
      );
    case 'checkbox':
      return (
        <CheckboxField
          {...common}
          checked={Boolean(control.value)}
          onChange={control.onChange}
          inputRef={control.ref}
        />
      );
    default:
      return (
        <TextField
          {...common}
          required={field.required}
          maxLength={field.kind === 'text' ? field.maxLength : undefined}
          value={String(control.value ?? '')}
          onChange={control.onChange}
          inputRef={control.ref}
        />
      );
  }
}

function EnumField({
  field,
  name,
}: {
  field: Extract<FieldSpec, { kind: 'enum' | 'enumMulti' }>;
  name: string;
}) {
  const { t } = useLocale();
  const { field: control, fieldState } = useController({ name });
  const options = useEnumOptions(field.group);
  const common = {
    id: fieldId(name),
    label: field.label,
    hint: field.hint,
    error: fieldState.error?.message,
  };
  if (field.kind === 'enumMulti') {
    return (
      <CheckboxGroupField
        {...common}
        options={options}
        value={(control.value as string[] | undefined) ?? []}
        onChange={control.onChange}
        inputRef={control.ref}
      />
    );
  }
  return (
    <SelectField
      {...common}
      required={field.required}
      options={[{ value: '', label: t('editing.choose') }, ...options]}
      value={String(control.value ?? '')}
      onChange={control.onChange}
      inputRef={control.ref}
    />
  );
}

/** Registers a source's options for the stale-save panel. */
function useRegister(source: Source | null, options: SelectOption[] | undefined) {
  const registry = useContext(OptionsRegistry);
  useEffect(() => {
    if (source && options) registry.set(source, options);
  }, [registry, source, options]);
}

function ReferenceField({
  field,
  name,
  searchLabel,
}: {
  field: Extract<FieldSpec, { kind: 'reference' }>;
  name: string;
  /** The field's own name, without "(valfritt)". */
  searchLabel: string;
}) {
  const { t, locale } = useLocale();
  const { field: control, fieldState } = useController({ name });
  const itemPath = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : null;
  const item = useWatch({ name: itemPath ?? name }) as unknown;
  const source =
    typeof field.source === 'function'
      ? field.source(itemPath && item && typeof item === 'object' ? (item as FormValues) : {})
      : field.source;
  const { options, loading } = useReferenceOptions(source);
  useRegister(source, options);
  const [query, setQuery] = useState('');
  const value = String(control.value ?? '');
  const all = options ?? [];
  const shown = filterOptions(all, query, value ? [value] : []);
  return (
    <div className="record-form__reference">
      {all.length >= SEARCH_FROM ? (
        <SearchField
          label={t('editing.searchIn', { field: lowerFirst(searchLabel, locale) })}
          value={query}
          onChange={setQuery}
        />
      ) : null}
      <SelectField
        id={fieldId(name)}
        label={field.label}
        hint={field.hint ?? (query ? t('editing.matches', { count: shown.length }) : undefined)}
        error={fieldState.error?.message}
        required={field.required}
        options={[
          {
            value: '',
            label:
              loading && !options
                ? t('common.loading')
                : field.required
                  ? t('editing.choose')
                  : t('editing.none'),
          },
          ...shown,
        ]}
        value={value}
        onChange={control.onChange}
        inputRef={control.ref}
      />
    </div>
  );
}

function ReferenceMultiField({
  field,
  name,
  searchLabel,
}: {
  field: Extract<FieldSpec, { kind: 'referenceMulti' }>;
  name: string;
  searchLabel: string;
}) {
  const { t, locale } = useLocale();
  const { field: control, fieldState } = useController({ name });
  const { options } = useReferenceOptions(field.source);
  useRegister(field.source, options);
  const [query, setQuery] = useState('');
  const chosen = (control.value as string[] | undefined) ?? [];
  const all = options ?? [];
  const many = all.length >= SEARCH_FROM;
  // Few options: all of them. Many: the chosen ones and the first matches of the search.
  const shown = many
    ? [
        ...all.filter((o) => chosen.includes(o.value)),
        ...(query
          ? filterOptions(all, query, [])
              .filter((o) => !chosen.includes(o.value))
              .slice(0, MULTI_MATCHES)
          : []),
      ]
    : all;
  return (
    <div className="record-form__reference">
      {many ? (
        <SearchField
          label={t('editing.searchToAdd', { field: lowerFirst(searchLabel, locale) })}
          value={query}
          onChange={setQuery}
        />
      ) : null}
      <CheckboxGroupField
        id={fieldId(name)}
        label={field.label}
        hint={field.hint ?? (many && shown.length === 0 ? t('editing.noneChosen') : undefined)}
        error={fieldState.error?.message}
        options={shown}
        value={chosen}
        onChange={(next) =>
          // Keep the chosen ones the search hides.
          control.onChange([...chosen.filter((v) => !shown.some((o) => o.value === v)), ...next])
        }
        inputRef={control.ref}
      />
    </div>
  );
}

function ListField({ field, name }: { field: Extract<FieldSpec, { kind: 'list' }>; name: string }) {
  const { control, getFieldState, formState } = useFormContext();
  const { fields: items, append, remove } = useFieldArray({ control, name });
  const legendId = useId();
  const error = getFieldState(name, formState).error;
  const message = error && !Array.isArray(error) ? error.message : undefined;
  return (
    <fieldset className="record-form__list" aria-labelledby={legendId}>
      <legend id={legendId}>{field.label}</legend>
      {message ? (
        <span className="ui-field__error" id={`${fieldId(name)}-error`}>
          <span aria-hidden="true">⚠ </span>
          {message}
        </span>
      ) : null}
      {items.map((item, index) => (
        <fieldset key={item.id} className="record-form__item">
          <legend>{field.itemLabel(index)}</legend>
          <FormFields fields={field.fields} prefix={`${name}.${index}.`} />
          <button
            type="button"
            className="ui-button ui-button--secondary ui-button--small"
            onClick={() => remove(index)}
          >
            {field.removeLabel(index)}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        id={fieldId(name)}
        className="ui-button ui-button--secondary"
        onClick={() => append(emptyValues(field.fields))}
      >
        {field.addLabel}
      </button>
    </fieldset>
  );
}
