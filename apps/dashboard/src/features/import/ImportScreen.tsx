import {
  CSV_KINDS,
  CSV_SPECS,
  type CsvKind,
  type ImportMode,
  type ImportOutcome,
  type ImportReport,
  isCsvKind,
} from '@malmo/domain';
import { DataTable, PageHeader, SelectField, StatusMessage } from '@malmo/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { useLocale } from '../../i18n';
import { useDocumentTitle } from '../../lib/document-title';
import { useGrant } from '../auth/SessionProvider';
import { exportHref } from './export-href';
import { errorMessage, ImportFailed, type ImportProgress, runImport } from './import-client';

type Phase = 'idle' | 'checking' | 'applying' | 'done';
type Filter = ImportOutcome | 'all';
const OUTCOMES: ImportOutcome[] = ['reject', 'create', 'update', 'unchanged'];
/** The report table shows at most this many lines; the filter narrows a long one. */
const MAX_LINES = 500;

/** One line of the report table: a row's outcome, and one of its errors or changed fields. */
interface ReportLine {
  id: string;
  row: number;
  key: string;
  outcome: ImportOutcome;
  field: string;
  details: string;
}

function useReportLines(report: ImportReport | null): ReportLine[] {
  const { t, locale } = useLocale();
  if (!report) return [];
  const fileLines = report.errors.map((error, index) => ({
    id: `file-${index}`,
    row: 1,
    key: '',
    outcome: 'reject' as const,
    field: error.field || t('transfer.wholeFile'),
    details: errorMessage(error, locale),
  }));
  const rowLines = report.rows.flatMap((row): ReportLine[] => {
    const base = { row: row.row, key: row.key, outcome: row.outcome };
    if (row.errors.length) {
      return row.errors.map((error, index) => ({
        ...base,
        id: `${row.row}-e${index}`,
        field: error.field || t('transfer.wholeRow'),
        details: errorMessage(error, locale),
      }));
    }
    if (row.changes.length) {
      return row.changes.map((change, index) => ({
        ...base,
        id: `${row.row}-c${index}`,
        field: change.field,
        details: `${change.from || t('common.none')} → ${change.to || t('common.none')}`,
      }));
    }
    return [{ ...base, id: `${row.row}`, field: '', details: '' }];
  });
  return [...fileLines, ...rowLines];
}

/**
 * CSV import for administrators (and unit editors, for their unit's projects): choose the kind and the file, run it dry to see row by row what
 * would happen, then apply it (all rows in one transaction, with a progress bar for large files).
 */
export function ImportScreen() {
  const { t } = useLocale();
  const grant = useGrant();
  const fileId = useId();
  const progressId = useId();
  useDocumentTitle(t('transfer.title'));
  // Administrators import every kind; a unit editor its own unit's rows of the kinds a unit keeps.
  const kinds =
    grant.role === 'admin'
      ? CSV_KINDS
      : grant.role === 'unit_editor'
        ? CSV_KINDS.filter((value) => CSV_SPECS[value].unitColumn !== undefined)
        : [];
  const [kind, setKind] = useState<CsvKind>(kinds[0] ?? 'units');
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const heading = useRef<HTMLHeadingElement>(null);
  const lines = useReportLines(report);
  const shown = filter === 'all' ? lines : lines.filter((line) => line.outcome === filter);

  // Whatever the report says, a new dry run is needed once the kind or the file changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on these inputs only
  useEffect(() => {
    setReport(null);
    setFailure(null);
    setPhase('idle');
    setFilter('all');
  }, [kind, file]);

  useEffect(() => {
    if (report) heading.current?.focus();
  }, [report]);

  if (kinds.length === 0) {
    return (
      <>
        <PageHeader title={t('transfer.title')} description={t('transfer.description')} />
        <StatusMessage>{t('transfer.adminOnly')}</StatusMessage>
      </>
    );
  }

  const run = async (mode: ImportMode) => {
    if (!file) {
      setFailure(t('transfer.chooseFile'));
      return;
    }
    setPhase(mode === 'apply' ? 'applying' : 'checking');
    setFailure(null);
    setProgress(null);
    try {
      setReport(await runImport(kind, file, mode, setProgress));
    } catch (error) {
      setReport(null);
      const reason = error instanceof ImportFailed ? error.message : '';
      setFailure(reason ? `${t('transfer.failed')} ${reason}` : t('transfer.failed'));
    } finally {
      setPhase('done');
    }
  };

  const busy = phase === 'checking' || phase === 'applying';
  const counts = report?.counts;
  const changes = counts ? counts.create + counts.update : 0;
  const verdict = !counts
    ? ''
    : report?.applied
      ? t('transfer.applied', { create: counts.create, update: counts.update })
      : !report?.ok
        ? t('transfer.rejected')
        : changes === 0
          ? t('transfer.nothingToDo')
          : t('transfer.ready');

  return (
    <>
      <PageHeader title={t('transfer.title')} description={t('transfer.description')} />
      <form
        className="import-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run('dry-run');
        }}
      >
        <SelectField
          label={t('transfer.kind')}
          value={kind}
          options={kinds.map((value) => ({ value, label: t(`transfer.kinds.${value}`) }))}
          onChange={(value) => {
            if (isCsvKind(value)) setKind(value);
          }}
        />
        <div className="ui-field">
          <label htmlFor={fileId}>{t('transfer.file')}</label>
          <span className="ui-field__hint" id={`${fileId}-hint`}>
            {t('transfer.fileHint')}{' '}
            <a href={exportHref(kind)} download>
              {t('transfer.template', { kind: t(`transfer.kinds.${kind}`) })}
            </a>
          </span>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            className="ui-input"
            aria-describedby={`${fileId}-hint`}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <div className="import-form__actions">
          <button type="submit" className="ui-button" disabled={busy}>
            {phase === 'checking' ? t('transfer.checking') : t('transfer.dryRun')}
          </button>
        </div>
      </form>

      <div className="import-progress" hidden={!busy}>
        <label id={progressId} htmlFor={`${progressId}-bar`}>
          {t('transfer.progress')}
        </label>
        <progress
          id={`${progressId}-bar`}
          max={progress?.total || undefined}
          value={phase === 'applying' && progress?.total ? progress.done : undefined}
        />
      </div>
      <StatusMessage inline>
        {busy
          ? phase === 'applying' && progress
            ? t('transfer.progressText', { done: progress.done, total: progress.total })
            : phase === 'applying'
              ? t('transfer.applying')
              : t('transfer.checking')
          : ''}
      </StatusMessage>
      {failure ? <StatusMessage tone="error">{failure}</StatusMessage> : null}

      {report && counts ? (
        <section className="import-report" aria-labelledby={`${progressId}-report`}>
          <h2 id={`${progressId}-report`} ref={heading} tabIndex={-1}>
            {report.applied ? t('transfer.resultTitle') : t('transfer.dryRunTitle')}
          </h2>
          <p>{t('transfer.summary', { ...counts })}</p>
          <StatusMessage tone={report.ok ? 'info' : 'error'}>{verdict}</StatusMessage>
          {report.ok && !report.applied && changes > 0 ? (
            <p>
              <button
                type="button"
                className="ui-button"
                disabled={busy}
                onClick={() => void run('apply')}
              >
                {t('transfer.apply')}
              </button>
            </p>
          ) : null}
          <SelectField
            label={t('transfer.show')}
            value={filter}
            options={[
              { value: 'all', label: t('transfer.outcomes.all') },
              ...OUTCOMES.map((outcome) => ({
                value: outcome,
                label: `${t(`transfer.outcomes.${outcome}`)} (${
                  outcome === 'reject' ? counts.reject + report.errors.length : counts[outcome]
                })`,
              })),
            ]}
            onChange={(value) => setFilter(value as Filter)}
          />
          <DataTable<ReportLine>
            caption={report.applied ? t('transfer.resultTitle') : t('transfer.dryRunTitle')}
            hideCaption
            compact
            rowHeader={false}
            columns={[
              { id: 'row', header: t('transfer.row'), numeric: true, cell: (line) => line.row },
              { id: 'key', header: t('transfer.key'), cell: (line) => line.key },
              {
                id: 'outcome',
                header: t('transfer.outcome'),
                cell: (line) => t(`transfer.outcomes.${line.outcome}`),
              },
              { id: 'field', header: t('transfer.field'), cell: (line) => line.field },
              { id: 'details', header: t('transfer.details'), cell: (line) => line.details },
            ]}
            rows={shown.slice(0, MAX_LINES)}
            rowKey={(line) => line.id}
          />
          {shown.length > MAX_LINES ? (
            <p>{t('transfer.truncated', { shown: MAX_LINES, count: shown.length })}</p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
