import '../../i18n/editing';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { AuditAction, AuditEntryRowFragment, ChangeLogQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import type { Translate } from '../editing/kind';
import { RECORD_KINDS } from '../editing/kinds';
import { DateFilter, OptionFilter } from '../list/filters';
import { type ListColumn, ListScreen } from '../list/ListScreen';
import { dateParam, defineListSearch, idParam, oneOfParam } from '../list/search';
import { AuditChanges, formatAt, NamesProvider, useReadable } from './AuditChanges';

const changeLogQuery = graphql(`
  query ChangeLog(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: ChangeLogFilter
  ) {
    changeLog(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        ...ListPageInfo
      }
      edges {
        node {
          ...AuditEntryRow
        }
      }
    }
  }
`);

const actorsQuery = graphql(`
  query ChangeLogActors {
    changeLogActors {
      id
      displayName
    }
  }
`);

/** The record kinds the change log can be narrowed to (GraphQL type names). */
export const LOGGED_KINDS = [
  'Unit',
  'Person',
  'Organisation',
  'Membership',
  'Forum',
  'Seat',
  'PartnerCity',
  'Agreement',
  'EventSeries',
  'EventEdition',
  'Participation',
  'Project',
  'SupportRequest',
  'OperationalPlan',
  'Meeting',
  'MeetingReport',
  'Secondment',
  'MembershipAssessment',
  'LegislationWatch',
  'TrainingSession',
  'ObligationWaiver',
] as const;

const AUDIT_ACTIONS = [
  'CREATE',
  'UPDATE',
  'ARCHIVE',
  'RESTORE',
  'DELETE',
  'IMPORT',
  'TRANSITION',
  'WAIVE',
  'REVOKE',
  'ERASE',
] as const satisfies readonly AuditAction[];

const spec = defineListSearch({
  sorts: ['AT'],
  defaultSort: 'AT',
  defaultDirection: 'desc',
  filters: {
    actor: idParam(),
    kind: oneOfParam(LOGGED_KINDS),
    action: oneOfParam(AUDIT_ACTIONS),
    from: dateParam(),
    to: dateParam(),
  },
});

const select = (data: ChangeLogQuery) => data.changeLog;

/** The page of a logged record (its own, or its form), when the dashboard has one. */
function editHref(entry: AuditEntryRowFragment): string | null {
  if (entry.action === 'DELETE') return null;
  const kind = RECORD_KINDS.find((k) => k.typename === entry.recordKind);
  // Kinds made here but never edited (support requests) have no page of their own.
  if (!kind || kind.afterCreate) return null;
  return kind.paths.view ? kind.paths.view(entry.recordId) : kind.paths.edit(entry.recordId);
}

/** "Ändringslogg": every change to the registry, newest first, for administrators. */
export function ChangeLog() {
  const { t, locale } = useLocale();
  const tr = t as unknown as Translate;
  const actors = useQuery(actorsQuery).data?.changeLogActors;
  const actorOptions = useMemo(
    () => actors?.map((a) => ({ value: a.id, label: a.displayName })),
    [actors],
  );
  const kindLabel = (kind: string) =>
    (LOGGED_KINDS as readonly string[]).includes(kind) ? tr(`history.kinds.${kind}`) : kind;
  const kindOptions = useMemo(
    () =>
      LOGGED_KINDS.map((k) => ({ value: k, label: tr(`history.kinds.${k}`) })).sort((a, b) =>
        a.label.localeCompare(b.label, locale),
      ),
    [tr, locale],
  );
  const actionOptions = useMemo(
    () => AUDIT_ACTIONS.map((a) => ({ value: a, label: tr(`history.action.${a}`) })),
    [tr],
  );
  const fieldsOf = (kind: string) =>
    RECORD_KINDS.find((k) => k.typename === kind)?.fields(tr) ?? [];
  const columns: ListColumn<AuditEntryRowFragment, 'AT'>[] = [
    {
      id: 'at',
      header: t('history.colAt'),
      cell: (e) => <time dateTime={e.at}>{formatAt(e.at, locale)}</time>,
      csv: (e) => e.at,
    },
    {
      id: 'actor',
      header: t('history.colActor'),
      cell: (e) => e.actor?.displayName ?? t('history.system'),
      csv: (e) => e.actor?.displayName ?? '',
    },
    {
      id: 'kind',
      header: t('history.colKind'),
      cell: (e) => kindLabel(e.recordKind),
      csv: (e) => e.recordKind,
    },
    {
      id: 'record',
      header: t('history.colRecord'),
      cell: (e) => {
        const href = editHref(e);
        return href ? <Link to={href}>{e.recordLabel}</Link> : e.recordLabel;
      },
      csv: (e) => e.recordLabel,
    },
    {
      id: 'action',
      header: t('history.colAction'),
      cell: (e) => tr(`history.action.${e.action}`),
      csv: (e) => e.action,
    },
    {
      id: 'changes',
      header: t('history.colChanges'),
      cell: (e) => <Changes entry={e} fields={fieldsOf(e.recordKind)} />,
      csv: (e) =>
        e.changes
          .map((c) => `${c.field}: ${JSON.stringify(c.old)} → ${JSON.stringify(c.new)}`)
          .join('; '),
    },
  ];
  return (
    <NamesProvider>
      <ListScreen
        title={t('history.logTitle')}
        description={t('history.logDescription')}
        csvName={t('history.logCsv')}
        spec={spec}
        document={changeLogQuery}
        select={select}
        fixedOrder={t('history.logOrder')}
        filter={({ filters }) => ({
          actorIds: filters.actor ? [filters.actor] : null,
          recordKinds: filters.kind ? [filters.kind] : null,
          actions: filters.action ? [filters.action] : null,
          from: filters.from ?? null,
          to: filters.to ?? null,
        })}
        columns={columns}
        compact
        filters={({ search, setFilter }) => (
          <>
            <OptionFilter
              label={t('history.filterActor')}
              options={actorOptions}
              value={search.filters.actor}
              onChange={(value) => setFilter('actor', value)}
            />
            <OptionFilter
              label={t('history.filterKind')}
              options={kindOptions}
              value={search.filters.kind}
              onChange={(value) =>
                setFilter(
                  'kind',
                  LOGGED_KINDS.find((k) => k === value),
                )
              }
            />
            <OptionFilter
              label={t('history.filterAction')}
              options={actionOptions}
              value={search.filters.action}
              onChange={(value) =>
                setFilter(
                  'action',
                  AUDIT_ACTIONS.find((a) => a === value),
                )
              }
            />
            <DateFilter
              label={t('history.filterFrom')}
              value={search.filters.from}
              onChange={(value) => setFilter('from', value)}
            />
            <DateFilter
              label={t('history.filterTo')}
              value={search.filters.to}
              onChange={(value) => setFilter('to', value)}
            />
          </>
        )}
      />
    </NamesProvider>
  );
}

/** One entry's changes, with names for the records they refer to. */
function Changes({
  entry,
  fields,
}: {
  entry: AuditEntryRowFragment;
  fields: ReturnType<(typeof RECORD_KINDS)[number]['fields']>;
}) {
  const readable = useReadable([entry]);
  return <AuditChanges entry={entry} fields={fields} readable={readable} />;
}
