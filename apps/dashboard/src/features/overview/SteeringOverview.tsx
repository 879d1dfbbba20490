// The strings of this page, and the change history's names of record kinds and actions.
import '../../i18n/steering';
import '../../i18n/editing';
import { useQuery } from '@apollo/client/react';
import {
  label,
  OBLIGATION_STATES,
  type ObligationState,
  STEERING_OVERVIEW,
  steeringDefaults,
} from '@malmo/domain';
import { FilterBar, Section, StatCard, StatGrid, StatusMessage } from '@malmo/ui';
import { useDeferredValue, useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../gql';
import type { SteeringOverviewQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { fromGql } from '../../lib/enums';
import { formatSek } from '../../lib/format';
import { paths } from '../../paths';
import { canReadChangeLog } from '../auth/permissions';
import { useGrant } from '../auth/SessionProvider';
import { type ChartColumn, ChartPanel } from '../charts/ChartPanel';
import { BarChartView } from '../charts/lazy';
import { defineDashboardSearch, useDashboardSearch } from '../charts/search';
import { barChartHeight } from '../charts/size';
import { DemoNote } from '../demo/Demo';
import type { Translate } from '../editing/kind';
import { DateFilter, YearFilter } from '../list/filters';
import { dateParam, yearParam } from '../list/search';
import { type LedgerSettings, ledgerDay } from '../obligations/ledger-day';
import { useLedgerSettings } from '../obligations/ledger-settings';
import { LoadFailed } from '../shell/LoadFailed';
import { changeLogHref, hrefWith, ledgerHref } from './links';

const steeringQuery = graphql(`
  query SteeringOverview($asOf: Date, $year: Int, $since: Date) {
    steeringOverview(asOf: $asOf, year: $year, since: $since) {
      asOf
      year
      since
      expiresBy
      headline {
        memberships
        membershipFeesSek
        membershipStaffHours
        projectsRunning
        runningBudgetSek
        runningEuGrantedSek
        projectsSubmitted
        submittedEuSoughtSek
        projectsGranted
        meetings
        meetingsReported
        participations
        delegates
        participationCostSek
        contactsGained
        secondments
      }
      ledgerByUnit {
        ownerUnit {
          id
          name
        }
        total
        byState {
          overdue
          due
          fulfilled
          waived
        }
      }
      upcomingDeadlines {
        key
        kind
        dueOn
        ownerUnit {
          id
          name
        }
      }
      expiringAgreements {
        agreementId
        partnerCityId
        partnerCityName
        type
        status
        validUntil
        daysLeft
      }
      changesSince {
        recordKind
        action
        count
      }
    }
  }
`);

type Overview = SteeringOverviewQuery['steeringOverview'];

/** Every filter in the URL: `?year=2007&asOf=2008-10-15&since=2008-06-01`. */
const steeringSearch = defineDashboardSearch({
  year: yearParam(1900, 2100),
  asOf: dateParam(),
  since: dateParam(),
});

/** The steering group's sections of the overview (follow-up roles; the API checks the same). */
export function SteeringOverview() {
  const { t } = useLocale();
  const { settings, error, refetch } = useLedgerSettings();
  if (settings) return <Steering settings={settings} />;
  return error ? (
    <LoadFailed retry={refetch} />
  ) : (
    <StatusMessage>{t('steeringBoard.loading')}</StatusMessage>
  );
}

function Steering({ settings }: { settings: LedgerSettings }) {
  const { t } = useLocale();
  const { filters, setFilter, clear, active } = useDashboardSearch(steeringSearch);
  const day = ledgerDay(settings, filters.asOf);
  const view = steeringDefaults(day.asOf, filters);
  // The ledger's links carry the day only when it is not the ledger's own default.
  const linkDay = day.reason === 'chosen' ? day.asOf : undefined;
  const { data, error, refetch } = useQuery(steeringQuery, {
    variables: { asOf: day.asOf, year: view.year, since: view.since },
  });
  // Rendered in the background, in slices: the whole overview at once blocked input for
  // half a second on a slow phone. Until then the sections show that they load.
  const overview = useDeferredValue(data?.steeringOverview);
  return (
    <>
      <FilterBar label={t('steeringBoard.filters')}>
        <YearFilter
          label={t('steeringBoard.year')}
          value={view.year}
          onChange={(year) => setFilter('year', year)}
        />
        <DateFilter
          label={t('steeringBoard.asOf')}
          value={day.asOf}
          onChange={(asOf) => setFilter('asOf', asOf)}
        />
        <DateFilter
          label={t('steeringBoard.since')}
          value={view.since}
          onChange={(since) => setFilter('since', since)}
        />
        {active ? (
          <button type="button" className="ui-button ui-button--secondary" onClick={clear}>
            {t('steeringBoard.reset')}
          </button>
        ) : null}
      </FilterBar>
      {settings.demoAsOf ? (
        <DemoNote>{t('steeringBoard.demoNote', { date: settings.demoAsOf })}</DemoNote>
      ) : null}
      {error && !data ? <LoadFailed retry={() => void refetch()} /> : null}
      <Headline year={view.year} headline={overview?.headline} />
      <LedgerByUnit asOf={day.asOf} linkDay={linkDay} rows={overview?.ledgerByUnit} />
      <UpcomingDeadlines asOf={day.asOf} linkDay={linkDay} rows={overview?.upcomingDeadlines} />
      <ExpiringAgreements expiresBy={view.expiresBy} rows={overview?.expiringAgreements} />
      <ChangesSince since={view.since} rows={overview?.changesSince} />
    </>
  );
}

function Headline({
  year,
  headline,
}: {
  year: number;
  headline: Overview['headline'] | undefined;
}) {
  const { t, locale } = useLocale();
  const sek = (value: number) => formatSek(value, locale);
  const n = (value: number) => value.toLocaleString(locale === 'sv' ? 'sv-SE' : 'en-GB');
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const h = headline;
  // Until the figures come, each note reads with "…" in their place: the cards keep their
  // height, so nothing below them moves when the figures arrive.
  const sekOf = (pick: (x: NonNullable<typeof h>) => number) => (h ? sek(pick(h)) : '…');
  const nOf = (pick: (x: NonNullable<typeof h>) => number) => (h ? n(pick(h)) : '…');
  // Each figure links to its list with the list's own filters where it has them.
  const cards = [
    {
      key: 'memberships',
      href: hrefWith(paths.memberships, { activeFrom: year, activeTo: year }),
      label: t('steeringBoard.memberships'),
      value: h?.memberships,
      note: t('steeringBoard.membershipsNote', {
        fees: sekOf((x) => x.membershipFeesSek),
        hours: nOf((x) => x.membershipStaffHours),
      }),
    },
    {
      key: 'projectsRunning',
      href: hrefWith(paths.projects, { state: 'running,closed', from: year, to: year }),
      label: t('steeringBoard.projectsRunning'),
      value: h?.projectsRunning,
      note: t('steeringBoard.projectsRunningNote', {
        budget: sekOf((x) => x.runningBudgetSek),
        eu: sekOf((x) => x.runningEuGrantedSek),
      }),
    },
    {
      key: 'projectsSubmitted',
      href: hrefWith(paths.projects, { state: 'submitted,granted,rejected,running,closed' }),
      label: t('steeringBoard.projectsSubmitted'),
      value: h?.projectsSubmitted,
      note: t('steeringBoard.projectsSubmittedNote', {
        eu: sekOf((x) => x.submittedEuSoughtSek),
      }),
    },
    {
      key: 'projectsGranted',
      href: hrefWith(paths.projects, { state: 'granted,running,closed' }),
      label: t('steeringBoard.projectsGranted'),
      value: h?.projectsGranted,
      note: t('steeringBoard.projectsGrantedNote', {
        submitted: nOf((x) => x.projectsSubmitted),
      }),
    },
    {
      key: 'meetings',
      href: hrefWith(paths.meetings, { from, to }),
      label: t('steeringBoard.meetings'),
      value: h?.meetings,
      note: t('steeringBoard.meetingsNote', { reported: nOf((x) => x.meetingsReported) }),
    },
    {
      key: 'meetingsUnreported',
      href: hrefWith(paths.meetings, { reported: 'false', from, to }),
      label: t('steeringBoard.meetingsUnreported'),
      value: h ? h.meetings - h.meetingsReported : undefined,
      note: undefined,
    },
    {
      key: 'participations',
      href: hrefWith(paths.participations, { from: year, to: year }),
      label: t('steeringBoard.participations'),
      value: h?.participations,
      note: t('steeringBoard.participationsNote', {
        delegates: nOf((x) => x.delegates),
        cost: sekOf((x) => x.participationCostSek),
        contacts: nOf((x) => x.contactsGained),
      }),
    },
    {
      key: 'secondments',
      href: paths.secondments,
      label: t('steeringBoard.secondments'),
      value: h?.secondments,
      note: undefined,
    },
  ];
  return (
    <Section title={t('steeringBoard.headlineTitle', { year })}>
      <p className="ledger-counts__hint">{t('steeringBoard.headlineHint')}</p>
      <StatGrid>
        {cards.map((card) => (
          <StatCard
            key={card.key}
            href={card.href}
            label={card.label}
            value={card.value === undefined ? '…' : n(card.value)}
            description={card.note || undefined}
          />
        ))}
      </StatGrid>
    </Section>
  );
}

type Counts = Record<ObligationState, number>;
interface UnitRow extends Counts {
  key: string;
  unitId: string | null;
  unit: string;
  total: number;
}

function LedgerByUnit({
  asOf,
  linkDay,
  rows: data,
}: {
  asOf: string;
  linkDay: string | undefined;
  rows: Overview['ledgerByUnit'] | undefined;
}) {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const rows = useMemo<UnitRow[]>(
    () =>
      (data ?? []).map((u) => ({
        key: u.ownerUnit?.id ?? 'none',
        unitId: u.ownerUnit?.id ?? null,
        unit: u.ownerUnit?.name ?? t('steeringBoard.noUnit'),
        total: u.total,
        ...u.byState,
      })),
    [data, t],
  );
  const series = OBLIGATION_STATES.map((state) => ({
    key: state,
    label: label(locale, 'obligationState', state),
  }));
  const href = (row: UnitRow, state?: ObligationState) =>
    row.unitId ? ledgerHref({ asOf: linkDay, unit: row.unitId, state }) : null;
  const columns: ChartColumn<UnitRow>[] = [
    {
      id: 'unit',
      header: t('steeringBoard.unit'),
      value: (row) => row.unit,
      cell: (row) => {
        const to = href(row);
        return to ? <Link to={to}>{row.unit}</Link> : row.unit;
      },
    },
    ...series.map(
      (s): ChartColumn<UnitRow> => ({
        id: s.key,
        header: s.label,
        numeric: true,
        value: (row) => row[s.key],
        cell: (row) => {
          const to = href(row, s.key);
          return to && row[s.key] > 0 ? (
            <Link
              to={to}
              aria-label={t('steeringBoard.showLedger', {
                count: row[s.key],
                state: s.label.toLowerCase(),
                unit: row.unit,
              })}
            >
              {row[s.key]}
            </Link>
          ) : (
            row[s.key]
          );
        },
      }),
    ),
    { id: 'total', header: t('steeringBoard.total'), numeric: true, value: (row) => row.total },
  ];
  const worst = rows[0];
  // Drawing every unit's stacked bars is the page's longest task: done once it is in view.
  const chartHeight = barChartHeight(rows.length, true);
  return (
    <ChartPanel
      id="ledger-by-unit"
      title={t('steeringBoard.ledgerTitle', { date: asOf })}
      summary={
        worst
          ? t('steeringBoard.ledgerSummary', {
              units: rows.length,
              worst: worst.unit,
              overdue: worst.overdue,
              due: worst.due,
            })
          : undefined
      }
      loading={data === undefined}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.key}
      csvName={t('steeringBoard.ledgerCsv')}
      deferredHeight={chartHeight}
      chart={
        <BarChartView
          title={t('steeringBoard.ledgerTitle', { date: asOf })}
          data={rows}
          height={chartHeight}
          categoryKey="unit"
          series={series}
          stacked
          horizontal
          onSelect={(row, state) => {
            const to = href(row, state as ObligationState);
            if (to) void navigate(to);
          }}
        />
      }
    />
  );
}

type Deadline = Overview['upcomingDeadlines'][number];

function UpcomingDeadlines({
  asOf,
  linkDay,
  rows,
}: {
  asOf: string;
  linkDay: string | undefined;
  rows: Overview['upcomingDeadlines'] | undefined;
}) {
  const { t, locale } = useLocale();
  const kindLabel = (row: Deadline) => label(locale, 'obligationKind', fromGql(row.kind));
  const columns: ChartColumn<Deadline>[] = [
    { id: 'dueOn', header: t('steeringBoard.dueOn'), value: (row) => row.dueOn ?? '' },
    {
      id: 'kind',
      header: t('steeringBoard.kind'),
      value: kindLabel,
      cell: (row) => (
        <Link
          to={ledgerHref({
            asOf: linkDay,
            unit: row.ownerUnit?.id,
            kind: fromGql(row.kind),
            state: 'due',
            dueOn: row.dueOn ?? undefined,
          })}
        >
          {kindLabel(row)}
        </Link>
      ),
    },
    {
      id: 'ownerUnit',
      header: t('steeringBoard.ownerUnit'),
      value: (row) => row.ownerUnit?.name ?? t('steeringBoard.noUnit'),
    },
  ];
  return (
    <ChartPanel
      id="upcoming-deadlines"
      title={t('steeringBoard.deadlinesTitle')}
      summary={t('steeringBoard.deadlinesSummary', {
        count: STEERING_OVERVIEW.upcomingDeadlines,
        date: asOf,
      })}
      loading={rows === undefined}
      columns={columns}
      rows={rows ?? []}
      rowKey={(row) => row.key}
      csvName={t('steeringBoard.deadlinesCsv')}
    />
  );
}

type Agreement = Overview['expiringAgreements'][number];

function ExpiringAgreements({
  expiresBy,
  rows,
}: {
  expiresBy: string;
  rows: Overview['expiringAgreements'] | undefined;
}) {
  const { t, locale } = useLocale();
  const columns: ChartColumn<Agreement>[] = [
    {
      id: 'partnerCity',
      header: t('steeringBoard.partnerCity'),
      value: (row) => row.partnerCityName,
      cell: (row) => <Link to={paths.partnerCity(row.partnerCityId)}>{row.partnerCityName}</Link>,
    },
    {
      id: 'type',
      header: t('steeringBoard.agreementType'),
      value: (row) => label(locale, 'agreementType', fromGql(row.type)),
    },
    {
      id: 'status',
      header: t('steeringBoard.agreementStatus'),
      value: (row) => label(locale, 'agreementStatus', fromGql(row.status)),
    },
    { id: 'validUntil', header: t('steeringBoard.validUntil'), value: (row) => row.validUntil },
    {
      id: 'daysLeft',
      header: t('steeringBoard.daysLeft'),
      numeric: true,
      value: (row) => row.daysLeft,
      cell: (row) =>
        row.daysLeft < 0 ? t('steeringBoard.expired', { count: -row.daysLeft }) : row.daysLeft,
    },
  ];
  return (
    <ChartPanel
      id="expiring-agreements"
      title={t('steeringBoard.agreementsTitle')}
      summary={t('steeringBoard.agreementsSummary', { until: expiresBy })}
      loading={rows === undefined}
      columns={columns}
      rows={rows ?? []}
      rowKey={(row) => row.agreementId}
      csvName={t('steeringBoard.agreementsCsv')}
    />
  );
}

type Change = Overview['changesSince'][number];

function ChangesSince({
  since,
  rows,
}: {
  since: string;
  rows: Overview['changesSince'] | undefined;
}) {
  const { t } = useLocale();
  // The change history's own names; a kind it does not name shows as the API calls it.
  const tr = t as unknown as Translate;
  const mayReadLog = canReadChangeLog(useGrant());
  const kindLabel = (row: Change) =>
    tr(`history.kinds.${row.recordKind}`, { defaultValue: row.recordKind });
  const actionLabel = (row: Change) =>
    tr(`history.action.${row.action}`, { defaultValue: row.action });
  const columns: ChartColumn<Change>[] = [
    { id: 'kind', header: t('steeringBoard.recordKind'), value: kindLabel },
    { id: 'action', header: t('steeringBoard.action'), value: actionLabel },
    {
      id: 'count',
      header: t('steeringBoard.count'),
      numeric: true,
      value: (row) => row.count,
      // Who changed what is the change log's, for administrators only.
      cell: mayReadLog
        ? (row) => <Link to={changeLogHref(since, row.recordKind, row.action)}>{row.count}</Link>
        : undefined,
    },
  ];
  const total = (rows ?? []).reduce((sum, row) => sum + row.count, 0);
  return (
    <>
      <ChartPanel
        id="changes-since"
        title={t('steeringBoard.changesTitle', { date: since })}
        summary={t('steeringBoard.changesSummary', { count: total })}
        loading={rows === undefined}
        columns={columns}
        rows={rows ?? []}
        rowKey={(row) => `${row.recordKind}:${row.action}`}
        csvName={t('steeringBoard.changesCsv')}
      />
      {mayReadLog ? (
        <p>
          <Link to={changeLogHref(since)}>{t('steeringBoard.changeLogLink', { date: since })}</Link>
        </p>
      ) : null}
    </>
  );
}
