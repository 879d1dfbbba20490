import { ENUM_VALUES, type EnumGroup, type EnumValue, label } from '@malmo/domain';
import { NumberField, SelectField } from '@malmo/ui';
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
