import { ENUM_VALUES, type EnumGroup, type EnumValue, isIsoDate, label } from '@malmo/domain';
import {
  CheckboxGroupField,
  DateField,
  NumberField,
  SelectField,
  type SelectOption,
} from '@malmo/ui';
import { useEffect, useRef, useState } from 'react';
import { useLocale } from '../../i18n';

/** A select over one of the domain's enums, labelled in the reader's language; '' is "all". */
export function EnumFilter<G extends EnumGroup>({
  label: fieldLabel,
  group,
  value,
  onChange,
}: {
  label: string;
  group: G;
  value: EnumValue<G> | undefined;
  onChange: (value: EnumValue<G> | undefined) => void;
}) {
  const { t, locale } = useLocale();
  const values: readonly EnumValue<G>[] = ENUM_VALUES[group];
  return (
    <SelectField
      label={fieldLabel}
      value={value ?? ''}
      options={[
        { value: '', label: t('common.all') },
        ...values.map((v) => ({ value: v, label: label(locale, group, v) })),
      ]}
      onChange={(next) => onChange(values.find((v) => v === next))}
    />
  );
}

/** All / yes / no. */
export function BooleanFilter({
  label: fieldLabel,
  value,
  onChange,
}: {
  label: string;
  value: boolean | undefined;
  onChange: (value: boolean | undefined) => void;
}) {
  const { t } = useLocale();
  return (
    <SelectField
      label={fieldLabel}
      value={value === undefined ? '' : String(value)}
      options={[
        { value: '', label: t('common.all') },
        { value: 'true', label: t('common.yes') },
        { value: 'false', label: t('common.no') },
      ]}
      onChange={(next) => onChange(next === '' ? undefined : next === 'true')}
    />
  );
}

const YEAR = /^\d{4}$/;

/** A year; applied once the field is empty or holds four digits, so typing never jumps. */
export function YearFilter({
  label: fieldLabel,
  value,
  onChange,
}: {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
}) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const applied = useRef(value);
  useEffect(() => {
    if (value !== applied.current) {
      applied.current = value;
      setText(value === undefined ? '' : String(value));
    }
  }, [value]);
  const change = (next: string) => {
    setText(next);
    const trimmed = next.trim();
    const year = trimmed === '' ? undefined : YEAR.test(trimmed) ? Number(trimmed) : null;
    if (year !== null && year !== applied.current) {
      applied.current = year;
      onChange(year);
    }
  };
  return <NumberField label={fieldLabel} value={text} onChange={change} min={1800} max={2100} />;
}

/** Several values of one of the domain's enums, as checkboxes; none checked is "all". */
export function MultiEnumFilter<G extends EnumGroup>({
  label: fieldLabel,
  group,
  value,
  onChange,
}: {
  label: string;
  group: G;
  value: readonly EnumValue<G>[] | undefined;
  onChange: (value: EnumValue<G>[] | undefined) => void;
}) {
  const { locale } = useLocale();
  const values: readonly EnumValue<G>[] = ENUM_VALUES[group];
  return (
    <CheckboxGroupField
      label={fieldLabel}
      options={values.map((v) => ({ value: v, label: label(locale, group, v) }))}
      value={value ?? []}
      onChange={(next) => {
        const picked = values.filter((v) => next.includes(v));
        onChange(picked.length ? picked : undefined);
      }}
    />
  );
}

/** A day; applied once the field holds a whole date or is emptied. */
export function DateFilter({
  label: fieldLabel,
  value,
  onChange,
}: {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  const [text, setText] = useState(value ?? '');
  const applied = useRef(value);
  // After every render, not only when `value` changes: a field emptied by the reader shows the
  // value that then applies (a default day), which may be the one it showed before.
  useEffect(() => {
    if (value !== applied.current) {
      applied.current = value;
      setText(value ?? '');
    }
  });
  const change = (next: string) => {
    setText(next);
    const day = next === '' ? undefined : isIsoDate(next) ? next : null;
    if (day !== null && day !== applied.current) {
      applied.current = day;
      onChange(day);
    }
  };
  return <DateField label={fieldLabel} value={text} onChange={change} />;
}

/** A select over records (units, event series …) named by `options`; '' is "all". */
export function OptionFilter({
  label: fieldLabel,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly SelectOption[] | undefined;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  const { t } = useLocale();
  const known = options ?? [];
  // Keep a value from the URL selectable while the options load (or if it names nothing).
  const shown =
    value && !known.some((o) => o.value === value) ? [...known, { value, label: value }] : known;
  return (
    <SelectField
      label={fieldLabel}
      value={value ?? ''}
      options={[{ value: '', label: t('common.all') }, ...shown]}
      onChange={(next) => onChange(next === '' ? undefined : next)}
    />
  );
}

/** All records, only the demo generator's, or only real ones (the API's `demo` filter). */
export function DemoFilter({
  value,
  onChange,
}: {
  value: boolean | undefined;
  onChange: (value: boolean | undefined) => void;
}) {
  const { t } = useLocale();
  return (
    <SelectField
      label={t('demo.filter')}
      value={value === undefined ? '' : String(value)}
      options={[
        { value: '', label: t('demo.all') },
        { value: 'false', label: t('demo.real') },
        { value: 'true', label: t('demo.only') },
      ]}
      onChange={(next) => onChange(next === '' ? undefined : next === 'true')}
    />
  );
}
