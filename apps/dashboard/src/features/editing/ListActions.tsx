import '../../i18n/editing';
import { Link } from 'react-router';
import { useLocale } from '../../i18n';
import { useGrant } from '../auth/SessionProvider';
import type { ListColumn } from '../list/ListScreen';
import type { KindLinks, Translate } from './kind';

/** "Nytt projekt" and the like above a list, for the roles that may create one. */
export function NewRecordLink({
  kind,
  query,
}: {
  kind: KindLinks;
  /** The new form's query string, for starting values (see `RecordKind.defaults`). */
  query?: string;
}) {
  const { t } = useLocale();
  const grant = useGrant();
  if (!kind.canCreate(grant)) return null;
  return (
    <Link className="ui-button" to={query ? `${kind.paths.new}?${query}` : kind.paths.new}>
      {(t as unknown as Translate)(kind.labels.new)}
    </Link>
  );
}

/**
 * A "Redigera" column for a list, for the roles that may write some of its records; each row
 * shows the link only when the account may write that record.
 */
export function useEditColumns<Row extends { id: string }, S extends string>(
  columns: readonly ListColumn<Row, S>[],
  kind: KindLinks,
  name: (row: Row) => string,
): readonly ListColumn<Row, S>[] {
  const { t } = useLocale();
  const grant = useGrant();
  if (!kind.canCreate(grant)) return columns;
  return [
    ...columns,
    {
      id: 'edit',
      header: t('editing.edit'),
      cell: (row) =>
        kind.canWrite(grant, row as unknown as Record<string, unknown>) ? (
          <Link to={kind.paths.edit(row.id)}>
            {t('editing.edit')}
            <span className="ui-visually-hidden"> {name(row)}</span>
          </Link>
        ) : null,
    },
  ];
}

/** "Redigera" on a record's page, for the accounts that may write it. */
export function EditRecordLink({
  kind,
  record,
}: {
  kind: KindLinks;
  record: { id: string } & Record<string, unknown>;
}) {
  const { t } = useLocale();
  const grant = useGrant();
  if (!kind.canWrite(grant, record)) return null;
  return (
    <Link className="ui-button" to={kind.paths.edit(record.id)}>
      {t('editing.edit')}
    </Link>
  );
}

/**
 * A meeting's report back (R7) from the meetings list: "Återrapportera" when it has none,
 * "Återrapport" to correct the one it has; for those who may write the meeting's unit's records.
 */
export function useReportColumns<
  Row extends { id: string; report: { id: string } | null },
  S extends string,
>(columns: readonly ListColumn<Row, S>[], kind: KindLinks, name: (row: Row) => string) {
  const { t } = useLocale();
  const grant = useGrant();
  if (!kind.canCreate(grant)) return columns;
  return [
    ...columns,
    {
      id: 'report',
      header: t('editing.f.reportEdit'),
      cell: (row: Row) =>
        kind.canWrite(grant, row as unknown as Record<string, unknown>) ? (
          <Link
            to={
              row.report
                ? kind.paths.edit(row.report.id)
                : `${kind.paths.new}?meeting=${encodeURIComponent(row.id)}`
            }
          >
            {row.report ? t('editing.f.reportEdit') : t('editing.f.reportNew')}
            <span className="ui-visually-hidden"> {name(row)}</span>
          </Link>
        ) : null,
    },
  ];
}
