// Registers the follow-up strings this module uses, when its page's chunk loads.
import '../../i18n/follow-up';
import { useQuery } from '@apollo/client/react';
import { label, OBLIGATION_STATES, type ObligationState } from '@malmo/domain';
import { PageHeader, StatusMessage } from '@malmo/ui';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { ObligationsListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { useDocumentTitle } from '../../lib/document-title';
import { canWaiveObligations } from '../auth/permissions';
import { useGrant } from '../auth/SessionProvider';
import type { Connection } from '../list/connection';
import { DateFilter, MultiEnumFilter, OptionFilter } from '../list/filters';
import { ListScreen } from '../list/ListScreen';
import { useUnitOptions } from '../list/options';
import { formatListSearch, useListSearch } from '../list/search';
import { LoadFailed } from '../shell/LoadFailed';
import { type LedgerSettings, ledgerDay } from './ledger-day';
import { type Filters, ledgerFilter, obligationsSpec, type Search } from './ledger-search';
import { useLedgerSettings } from './ledger-settings';
import {
  ACTION_ATTRIBUTE,
  type ObligationRow,
  useObligationsTableColumns,
} from './ObligationsTable';
import type { DialogTarget } from './WaiverDialogs';

// The waiver dialogs check their form with the domain's input schema (zod): they load when an
// administrator first opens one, not with the list.
const WaiveDialog = lazy(async () => ({ default: (await import('./WaiverDialogs')).WaiveDialog }));
const RevokeDialog = lazy(async () => ({
  default: (await import('./WaiverDialogs')).RevokeDialog,
}));

const obligationsListQuery = graphql(`
  query ObligationsList(
    $asOf: Date
    $filter: ObligationFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    obligations(
      asOf: $asOf
      filter: $filter
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo {
        ...ListPageInfo
      }
      edges {
        node {
          ...ObligationsTable_Obligation
        }
      }
    }
  }
`);

const obligationCountsQuery = graphql(`
  query ObligationCounts($asOf: Date, $filter: ObligationFilter) {
    obligationSummary(asOf: $asOf, filter: $filter) {
      asOf
      total
      byState {
        overdue
        due
        fulfilled
        waived
      }
    }
  }
`);

/** Refetched after a waiver is made or revoked. */
const LEDGER_QUERIES = ['ObligationsList', 'ObligationCounts'] as const;

const select = (data: ObligationsListQuery): Connection<ObligationRow> => ({
  ...data.obligations,
  edges: data.obligations.edges.map((edge) => ({ node: { ...edge.node, id: edge.node.key } })),
});

export function ObligationsList() {
  const { settings, error, refetch } = useLedgerSettings();
  return settings ? (
    <Ledger settings={settings} />
  ) : (
    <LedgerLoading failed={Boolean(error)} retry={refetch} />
  );
}

function LedgerLoading({ failed, retry }: { failed: boolean; retry: () => void }) {
  const { t } = useLocale();
  useDocumentTitle(t('obligations.title'));
  return (
    <>
      <PageHeader title={t('obligations.title')} description={t('obligations.description')} />
      {failed ? (
        <LoadFailed retry={retry} />
      ) : (
        <StatusMessage>{t('obligations.loadingSettings')}</StatusMessage>
      )}
    </>
  );
}

function Ledger({ settings }: { settings: LedgerSettings }) {
  const { t } = useLocale();
  const state = useListSearch(obligationsSpec);
  const { search, setFilter } = state;
  const day = ledgerDay(settings, search.filters.asOf);
  const units = useUnitOptions();
  const [waiving, setWaiving] = useState<DialogTarget | null>(null);
  const [revoking, setRevoking] = useState<DialogTarget | null>(null);
  // Once opened, the dialogs stay mounted: closing one hands focus back (see Dialog).
  const [dialogsOpened, setDialogsOpened] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const lastKey = useRef<string | null>(null);
  // Waivers are Stadskontoret's decisions: administrators only.
  const mayWaive = canWaiveObligations(useGrant());
  const columns = useObligationsTableColumns(
    mayWaive
      ? {
          onWaive: (row, subject) => {
            lastKey.current = row.key;
            setAnnouncement('');
            setDialogsOpened(true);
            setWaiving({ row, subject });
          },
          onRevoke: (row, subject) => {
            lastKey.current = row.key;
            setAnnouncement('');
            setDialogsOpened(true);
            setRevoking({ row, subject });
          },
        }
      : null,
  );
  // The row's button if the row is still listed (it may have left a state filter), else the h1.
  const returnFocus = () =>
    (lastKey.current
      ? document.querySelector<HTMLElement>(
          `[${ACTION_ATTRIBUTE}="${CSS.escape(lastKey.current)}"]`,
        )
      : null) ?? document.querySelector<HTMLElement>('main h1');

  const dialogProps = {
    asOf: day.asOf,
    onDone: setAnnouncement,
    returnFocus,
    refetchQueries: LEDGER_QUERIES,
  };

  return (
    <>
      <ListScreen
        title={t('obligations.title')}
        description={t('obligations.description')}
        csvName={t('obligations.csv')}
        spec={obligationsSpec}
        document={obligationsListQuery}
        select={select}
        variables={() => ({ asOf: day.asOf })}
        filter={(s) => ledgerFilter(s.filters, true)}
        fixedOrder={t('obligations.order')}
        columns={columns}
        rowHeader="subject"
        compact
        filters={() => (
          <>
            <DateFilter
              label={t('obligations.asOf')}
              value={day.asOf}
              onChange={(value) => setFilter('asOf', value)}
            />
            <OptionFilter
              label={t('obligations.unit')}
              options={units}
              value={search.filters.unit}
              onChange={(value) => setFilter('unit', value)}
            />
            <DateFilter
              label={t('obligations.dueFrom')}
              value={search.filters.dueFrom}
              onChange={(value) => setFilter('dueFrom', value)}
            />
            <DateFilter
              label={t('obligations.dueTo')}
              value={search.filters.dueTo}
              onChange={(value) => setFilter('dueTo', value)}
            />
            <MultiEnumFilter
              label={t('obligations.state')}
              group="obligationState"
              value={search.filters.state}
              onChange={(value) => setFilter('state', value)}
            />
            <MultiEnumFilter
              label={t('obligations.kind')}
              group="obligationKind"
              value={search.filters.kind}
              onChange={(value) => setFilter('kind', value)}
            />
          </>
        )}
      >
        <DayNotice settings={settings} day={day} onShow={(asOf) => setFilter('asOf', asOf)} />
        <StatusMessage>{announcement}</StatusMessage>
        <Counts search={search} asOf={day.asOf} />
      </ListScreen>
      {mayWaive && dialogsOpened ? (
        <Suspense fallback={null}>
          <WaiveDialog {...dialogProps} target={waiving} onClose={() => setWaiving(null)} />
          <RevokeDialog {...dialogProps} target={revoking} onClose={() => setRevoking(null)} />
        </Suspense>
      ) : null}
    </>
  );
}

/** Which day the ledger is read on, and the way to the other day that makes sense. */
function DayNotice({
  settings,
  day,
  onShow,
}: {
  settings: LedgerSettings;
  day: ReturnType<typeof ledgerDay>;
  onShow: (asOf: string | undefined) => void;
}) {
  const { t } = useLocale();
  if (day.reason === 'today') return null;
  let text: string;
  let action: { label: string; asOf: string | undefined } | null = null;
  if (day.reason === 'demo') {
    text = t('obligations.demoNotice', { date: day.asOf });
    action = { label: t('obligations.showToday', { date: settings.today }), asOf: settings.today };
  } else if (settings.demoAsOf && day.asOf === settings.today) {
    text = t('obligations.todayNotice', { date: day.asOf, demo: settings.demoAsOf });
    action = { label: t('obligations.showDemo', { date: settings.demoAsOf }), asOf: undefined };
  } else {
    text = t('obligations.chosenNotice', { date: day.asOf });
    action = {
      label: settings.demoAsOf
        ? t('obligations.showDemo', { date: settings.demoAsOf })
        : t('obligations.showDefault'),
      asOf: undefined,
    };
  }
  return (
    <div className="ui-notice">
      <p>{text}</p>
      <button
        type="button"
        className="ui-button ui-button--secondary"
        onClick={() => onShow(action.asOf)}
      >
        {action.label}
      </button>
    </div>
  );
}

const COUNT_FIELDS: Record<ObligationState, 'overdue' | 'due' | 'fulfilled' | 'waived'> = {
  overdue: 'overdue',
  due: 'due',
  fulfilled: 'fulfilled',
  waived: 'waived',
};

/** Headline counts per state for the other filters; each links to its state alone. */
function Counts({ search, asOf }: { search: Search; asOf: string }) {
  const { t, locale } = useLocale();
  const headingId = useId();
  const { data } = useQuery(obligationCountsQuery, {
    variables: { asOf, filter: ledgerFilter(search.filters, false) },
  });
  const counts = data?.obligationSummary.byState;
  const selected = search.filters.state;
  const hrefFor = (state: ObligationState) => {
    const only = selected?.length === 1 && selected[0] === state;
    const filters: Filters = { ...search.filters, state: only ? undefined : [state] };
    const params = formatListSearch({ ...search, filters, page: 1 }, obligationsSpec);
    const query = params.toString();
    return query ? `?${query}` : '?';
  };
  return (
    <section className="ledger-counts" aria-labelledby={headingId}>
      <h2 id={headingId} className="ledger-counts__title">
        {t('obligations.countsTitle', { date: asOf })}
      </h2>
      <ul className="ui-stat-grid">
        {OBLIGATION_STATES.map((state) => (
          <li className="ui-stat" key={state}>
            <Link
              className="ui-stat__link"
              to={hrefFor(state)}
              aria-current={selected?.length === 1 && selected[0] === state ? 'true' : undefined}
              preventScrollReset
            >
              <span className="ui-stat__value">{counts ? counts[COUNT_FIELDS[state]] : '…'}</span>
              <span className="ui-stat__label">{label(locale, 'obligationState', state)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="ledger-counts__hint">{t('obligations.countsHint')}</p>
    </section>
  );
}
