import { useApolloClient, useMutation } from '@apollo/client/react';
import { label as enumLabel, parseInput } from '@malmo/domain';
import { ErrorSummary, type SelectOption, StatusMessage } from '@malmo/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { type FieldErrors, FormProvider, get, type Resolver, useForm } from 'react-hook-form';
import { isDatabaseUnavailable } from '../../apollo';
import { useLocale } from '../../i18n';
import { FormFields, OptionsRegistry } from './FieldControl';
import type { RecordKind } from './kind';
import { LeaveGuard } from './LeaveGuard';
import { placeProblems, saveOutcome } from './problems';
import { StalePanel } from './StalePanel';
import {
  type FieldSpec,
  type FormValue,
  type FormValues,
  fieldId,
  fieldLabel,
  fieldNames,
  fromRecord,
  type Source,
  setPath,
  toGraphql,
  toInput,
} from './spec';
import { type FieldChange, listChanges } from './stale';

interface RecordFormProps {
  kind: RecordKind;
  fields: FieldSpec[];
  /** The record being edited (its values as loaded and version), or null for a new one. */
  record: { id: string; version: number; values: FormValues } | null;
  /** A new record's starting values. */
  initial: FormValues;
  onSaved: (saved: { id: string; version: number; values: FormValues }) => void;
  /** A version the page itself moved the record to (archive, restore): saves go on from it. */
  ownVersion?: number | null;
}

/** The history under the form shows the save at once. */
const HISTORY = ['RecordHistory'];

interface Summary {
  items: { href?: string; message: string }[];
  /** Bumped on every failed submit, so focus moves to the summary each time. */
  attempt: number;
}

export interface StaleState {
  changes: FieldChange[];
  stored: { version: number; values: FormValues } | null;
  /** The reader's values when the save was refused: kept visible after reloading. */
  mine: FormValues;
  reloaded: boolean;
}

/**
 * The one form shell every record kind uses: fields from the kind's descriptions, checked in
 * the browser with the domain's schema (the one the API checks with), errors at the fields and
 * in a summary that takes focus, the API's own refusals placed on the same fields, and a stale
 * save shown field by field instead of overwriting anything.
 */
export function RecordForm({
  kind,
  fields,
  record,
  initial,
  onSaved,
  ownVersion,
}: RecordFormProps) {
  const { t, locale } = useLocale();
  const client = useApolloClient();
  const [create] = useMutation(kind.create);
  const [update] = useMutation(kind.update ?? kind.create);
  const [version, setVersion] = useState(record?.version ?? 0);
  const original = useRef<FormValues>(record?.values ?? initial);
  const [summary, setSummary] = useState<Summary>({ items: [], attempt: 0 });
  const [stale, setStale] = useState<StaleState | null>(null);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const registry = useMemo(() => new Map<Source, SelectOption[]>(), []);

  const resolver: Resolver<FormValues> = (values) => {
    const parsed = parseInput(kind.schema, toInput(fields, values), locale);
    if (parsed.ok) return { values, errors: {} };
    const placed = placeProblems(parsed.errors, fieldNames(fields, values));
    const errors: Record<string, unknown> = {};
    for (const [name, message] of Object.entries(placed.fields)) {
      setPath(errors, name, { type: 'validate', message });
    }
    if (placed.form.length) errors.root = { type: 'validate', message: placed.form.join(' ') };
    return { values: {}, errors: errors as FieldErrors<FormValues> };
  };

  const form = useForm<FormValues>({
    defaultValues: record?.values ?? initial,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // Focus goes to the error summary, which links to each field (GOV.UK's pattern).
    shouldFocusError: false,
  });

  const unsaved = useRef(false);
  unsaved.current = form.formState.isDirty;

  useEffect(() => {
    if (summary.attempt > 0) summaryRef.current?.focus();
  }, [summary.attempt]);

  useEffect(() => {
    if (ownVersion != null) setVersion(ownVersion);
  }, [ownVersion]);

  const showSummary = (items: Summary['items']) =>
    setSummary((s) => ({ items, attempt: s.attempt + 1 }));

  /** A summary entry: the field's label and its message, linking to the field. */
  const linked = (name: string, message: string) => {
    const label = fieldLabel(fields, name);
    return { href: `#${fieldId(name)}`, message: label ? `${label}: ${message}` : message };
  };

  const summaryOf = (errors: FieldErrors<FormValues>, values: FormValues) => {
    const items = fieldNames(fields, values).flatMap((name) => {
      const message = (get(errors, name) as { message?: string } | undefined)?.message;
      return message ? [linked(name, message)] : [];
    });
    const root = errors.root?.message;
    return root ? [...items, { message: root }] : items;
  };

  const display = (field: FieldSpec, value: FormValue | undefined): string => {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
      return t('common.none');
    }
    switch (field.kind) {
      case 'checkbox':
        return value ? t('common.yes') : t('common.no');
      case 'enum':
        return enumLabel(locale, field.group, value as never);
      case 'enumMulti':
        return (value as string[])
          .map((v) => enumLabel(locale, field.group, v as never))
          .join(', ');
      case 'reference':
      case 'referenceMulti': {
        const source = typeof field.source === 'function' ? null : field.source;
        const options = source ? registry.get(source) : undefined;
        const ids = Array.isArray(value) ? (value as string[]) : [String(value)];
        return ids.map((id) => options?.find((o) => o.value === id)?.label ?? id).join(', ');
      }
      case 'list':
        return t('editing.items', { count: (value as FormValues[]).length });
      default:
        return String(value);
    }
  };

  const onStale = async (mine: FormValues) => {
    if (!record) return;
    try {
      const { data } = await client.query({
        query: kind.load,
        variables: { id: record.id },
        fetchPolicy: 'network-only',
      });
      const node = data?.node;
      if (!node || node.__typename !== kind.typename) throw new Error('Not found');
      const stored = fromRecord(fields, kind.read(node).values);
      setStale({
        changes: listChanges(fields, original.current, mine, stored, display),
        stored: { version: Number(node.version), values: stored },
        mine,
        reloaded: false,
      });
    } catch {
      setStale({ changes: [], stored: null, mine, reloaded: false });
    }
  };

  const submit = form.handleSubmit(
    async (values) => {
      const parsed = parseInput(kind.schema, toInput(fields, values), locale);
      if (!parsed.ok) return;
      const input = toGraphql(fields, parsed.value as Record<string, unknown>);
      setSaving(true);
      setStale(null);
      try {
        const { data } =
          record && kind.update
            ? await update({
                variables: { id: record.id, version, input },
                refetchQueries: HISTORY,
              })
            : await create({ variables: { input }, refetchQueries: record ? HISTORY : [] });
        if (!data) throw new Error('No data');
        const outcome = saveOutcome(data.result, locale, fieldNames(fields, values));
        if (outcome.ok) {
          setSummary((s) => ({ items: [], attempt: s.attempt }));
          original.current = values;
          setVersion(outcome.version);
          // What is saved is no longer "unsaved": leaving the page asks nothing.
          unsaved.current = false;
          form.reset(values);
          onSaved({ id: outcome.id, version: outcome.version, values });
          return;
        }
        const { problem } = outcome;
        if (problem.kind === 'stale') {
          showSummary([{ message: t('editing.staleSummary') }]);
          await onStale(values);
          return;
        }
        for (const [name, message] of Object.entries(problem.placed.fields)) {
          form.setError(name, { type: 'server', message });
        }
        const atFields = Object.entries(problem.placed.fields).map(([name, message]) =>
          linked(name, message),
        );
        const formLevel = problem.placed.form.map((message) => ({ message }));
        showSummary(
          atFields.length || formLevel.length
            ? [...atFields, ...formLevel]
            : [{ message: problem.message }],
        );
      } catch (error) {
        showSummary([
          {
            message: isDatabaseUnavailable(error)
              ? t('common.databaseUnavailable')
              : t('editing.failed'),
          },
        ]);
      } finally {
        setSaving(false);
      }
    },
    (errors) => showSummary(summaryOf(errors, form.getValues())),
  );

  const reloadStored = () => {
    if (!stale?.stored) return;
    original.current = stale.stored.values;
    setVersion(stale.stored.version);
    form.reset(stale.stored.values);
    setSummary((s) => ({ items: [], attempt: s.attempt }));
    setStale({ ...stale, reloaded: true });
  };

  const keepMine = () => {
    if (!stale?.stored) return;
    // The reader has seen what changed and chooses to save their values over it.
    original.current = stale.stored.values;
    setVersion(stale.stored.version);
    setSummary((s) => ({ items: [], attempt: s.attempt }));
    setStale(null);
  };

  return (
    <OptionsRegistry.Provider value={registry}>
      <FormProvider {...form}>
        <LeaveGuard unsaved={unsaved} />
        <form className="record-form" noValidate onSubmit={submit}>
          <ErrorSummary
            title={t('editing.summaryTitle')}
            items={summary.items}
            summaryRef={summaryRef}
          />
          {stale ? (
            <StalePanel stale={stale} onReload={reloadStored} onKeepMine={keepMine} />
          ) : null}
          <FormFields fields={fields} />
          <div className="ui-form-actions">
            <button type="submit" className="ui-button" disabled={saving} aria-busy={saving}>
              {saving ? t('editing.saving') : record ? t('editing.save') : t('editing.create')}
            </button>
          </div>
          <StatusMessage inline>{saving ? t('editing.saving') : ''}</StatusMessage>
        </form>
      </FormProvider>
    </OptionsRegistry.Provider>
  );
}
