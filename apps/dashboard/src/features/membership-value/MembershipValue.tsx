import { useQuery } from '@apollo/client/react';
import { ASSESSMENT_CRITERIA, type AssessmentCriterion, label } from '@malmo/domain';
import { CheckboxGroupField, FilterBar, PageHeader, StatusMessage } from '@malmo/ui';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import '../../i18n/membership-value';
import { graphql } from '../../gql';
import type { MembershipValueDashboardQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { useDocumentTitle } from '../../lib/document-title';
import { formatAmount, formatDecimal } from '../../lib/format';
import { paths } from '../../paths';
import { type ChartColumn, ChartPanel } from '../charts/ChartPanel';
import { BarChartView, LineChartView, ScatterChartView } from '../charts/lazy';
import { DemoNote, WithDemo } from '../demo/Demo';
import { YearFilter } from '../list/filters';
import { defineListSearch, idListParam, useListSearch, yearParam } from '../list/search';
import { workingDay } from '../obligations/ledger-day';
import { useLedgerSettings } from '../obligations/ledger-settings';
import { LoadFailed } from '../shell/LoadFailed';

const membershipValueQuery = graphql(`
  query MembershipValueDashboard($year: Int!, $ids: [ID!]) {
    membershipComparison(year: $year) {
      membershipId
      name
      ownerUnit
      assessments
      exchangeQuality
      influence
      participation
      informationUse
      demo
      latest {
        assessedOn
        score
        costSek
        valueForMoney
        change
      }
    }
    membershipValueTrends(ids: $ids, toYear: $year) {
      membershipId
      points {
        year
        score
      }
    }
  }
`);

type Row = MembershipValueDashboardQuery['membershipComparison'][number];
type Assessed = Row & { latest: NonNullable<Row['latest']> };

const SORTS = ['NAME', 'INDEX', 'CHANGE', 'COST', 'VALUE_FOR_MONEY', 'ASSESSED_ON'] as const;
type Sort = (typeof SORTS)[number];

const spec = defineListSearch({
  sorts: SORTS,
  defaultSort: 'INDEX',
  defaultDirection: 'desc',
  filters: { year: yearParam(), ids: idListParam() },
});

const sortValue: Record<Sort, (row: Row) => string | number | null | undefined> = {
  NAME: (r) => r.name,
  INDEX: (r) => r.latest?.score,
  CHANGE: (r) => r.latest?.change,
  COST: (r) => r.latest?.costSek,
  VALUE_FOR_MONEY: (r) => r.latest?.valueForMoney,
  ASSESSED_ON: (r) => r.latest?.assessedOn,
};

/** Sorted by `sort`; missing values (not assessed, free) last whichever the direction. */
function sortRows(rows: readonly Row[], sort: Sort, direction: 'asc' | 'desc', locale: string) {
  const value = sortValue[sort];
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y), locale);
    return order * sign || a.name.localeCompare(b.name, locale);
  });
}

const CRITERIA_FIELDS: Record<
  AssessmentCriterion,
  'exchangeQuality' | 'influence' | 'participation' | 'informationUse'
> = {
  exchange_quality: 'exchangeQuality',
  influence: 'influence',
  participation: 'participation',
  information_use: 'informationUse',
};

/** One membership's four scores, keyed by criterion, for the grouped bars. */
type CriteriaRow = { id: string; name: string } & Partial<
  Record<AssessmentCriterion, number | null>
>;
/** One year of the trend: the index of each compared membership (`m0`, `m1` …). */
type TrendRow = { year: number } & Record<string, number | null>;

/** The assessments list of one membership, up to the end of the year shown. */
function assessmentsOf(membershipId: string, year: number) {
  const params = new URLSearchParams({ membership: membershipId, to: `${year}-12-31` });
  return `${paths.assessments}?${params}`;
}

export function MembershipValue() {
  const { t, locale } = useLocale();
  useDocumentTitle(t('membershipValue.title'));
  const navigate = useNavigate();
  const { search, setFilter, setSort } = useListSearch(spec);
  const { settings, error: settingsError } = useLedgerSettings();
  const defaultYear = settings ? Number(workingDay(settings).slice(0, 4)) : undefined;
  const year = search.filters.year ?? defaultYear;
  const chosen = search.filters.ids;
  const { data, previousData, loading, error, refetch } = useQuery(membershipValueQuery, {
    variables: { year: year ?? 0, ids: chosen ?? null },
    skip: year === undefined,
  });
  const shown = data ?? previousData;
  const rows = shown?.membershipComparison ?? [];
  const busy = loading && !data;

  const selected = chosen ? rows.filter((r) => chosen.includes(r.membershipId)) : rows;
  const assessed = selected.filter((r): r is Assessed => r.latest != null);
  const nameOf = new Map(rows.map((r) => [r.membershipId, r.name]));
  const open = (membershipId: string) => {
    if (year !== undefined) void navigate(assessmentsOf(membershipId, year));
  };
  const membershipCell = (r: Row) =>
    year === undefined ? (
      r.name
    ) : (
      <Link
        to={assessmentsOf(r.membershipId, year)}
        aria-label={t('membershipValue.openAssessments', { name: r.name })}
      >
        {r.name}
      </Link>
    );
  const membershipColumn: ChartColumn<Row> = {
    id: 'membership',
    header: t('membershipValue.membership'),
    value: (r) => r.name,
    cell: (r) => <WithDemo demo={r.demo}>{membershipCell(r)}</WithDemo>,
    sortKey: 'NAME',
  };
  const notAssessed = t('membershipValue.notAssessed');
  const indexColumn: ChartColumn<Row> = {
    id: 'index',
    header: t('membershipValue.index'),
    numeric: true,
    sortKey: 'INDEX',
    value: (r) => r.latest?.score ?? notAssessed,
    cell: (r) => (r.latest ? formatDecimal(r.latest.score, locale) : <em>{notAssessed}</em>),
  };
  const costColumn: ChartColumn<Row> = {
    id: 'cost',
    header: t('membershipValue.cost'),
    numeric: true,
    sortKey: 'COST',
    value: (r) => r.latest?.costSek ?? null,
    cell: (r) => formatAmount(r.latest?.costSek, locale),
  };
  const valueForMoneyColumn: ChartColumn<Row> = {
    id: 'valueForMoney',
    header: t('membershipValue.valueForMoney'),
    numeric: true,
    sortKey: 'VALUE_FOR_MONEY',
    value: (r) => (r.latest ? (r.latest.valueForMoney ?? t('membershipValue.free')) : null),
    cell: (r) =>
      r.latest
        ? r.latest.valueForMoney == null
          ? t('membershipValue.free')
          : formatDecimal(r.latest.valueForMoney, locale)
        : '–',
  };

  // Criteria side by side: one group of four bars per membership.
  const criteria = ASSESSMENT_CRITERIA.map((c) => ({
    key: c,
    label: label(locale, 'assessmentCriterion', c),
  }));
  const criteriaData: CriteriaRow[] = assessed.map((r) => ({
    id: r.membershipId,
    name: r.name,
    ...Object.fromEntries(ASSESSMENT_CRITERIA.map((c) => [c, r[CRITERIA_FIELDS[c]] ?? null])),
  }));
  const criteriaColumns: ChartColumn<Assessed>[] = [
    membershipColumn,
    ...ASSESSMENT_CRITERIA.map((c) => ({
      id: c,
      header: label(locale, 'assessmentCriterion', c),
      numeric: true,
      value: (r: Assessed) => r[CRITERIA_FIELDS[c]] ?? null,
    })),
    {
      id: 'assessedOn',
      header: t('membershipValue.assessedOn'),
      value: (r) => r.latest.assessedOn,
    },
  ];

  // Value against cost: each membership its own marker.
  const best = [...assessed].sort((a, b) => b.latest.score - a.latest.score)[0];
  const cheapest = [...assessed]
    .filter((r) => r.latest.valueForMoney != null)
    .sort((a, b) => (b.latest.valueForMoney ?? 0) - (a.latest.valueForMoney ?? 0))[0];

  // The trend: one line per chosen membership, one row per year.
  const trends = (shown?.membershipValueTrends ?? []).filter((trend) =>
    selected.some((r) => r.membershipId === trend.membershipId),
  );
  const trendSeries = trends.map((trend, index) => ({
    key: `m${index}`,
    label: nameOf.get(trend.membershipId) ?? trend.membershipId,
  }));
  const trendYears = [...new Set(trends.flatMap((x) => x.points.map((p) => p.year)))].sort();
  const trendData: TrendRow[] = trendYears.map((y) => ({
    year: y,
    ...Object.fromEntries(
      trends.map((trend, index) => [
        `m${index}`,
        trend.points.find((p) => p.year === y)?.score ?? null,
      ]),
    ),
  }));
  const trendColumns: ChartColumn<TrendRow>[] = [
    { id: 'year', header: t('membershipValue.yearColumn'), value: (r) => r.year },
    ...trendSeries.map((s) => ({
      id: s.key,
      header: s.label,
      numeric: true,
      value: (r: TrendRow) => r[s.key] ?? null,
      cell: (r: TrendRow) => formatDecimal(r[s.key], locale),
    })),
  ];

  const sorted = useMemo(
    () => sortRows(rows, search.sort, search.direction, locale),
    [rows, search.sort, search.direction, locale],
  );
  const tableColumns: ChartColumn<Row>[] = [
    membershipColumn,
    {
      id: 'owner',
      header: t('membershipValue.owner'),
      value: (r) => r.ownerUnit ?? '',
      cell: (r) => r.ownerUnit ?? '–',
    },
    indexColumn,
    {
      id: 'change',
      header: t('membershipValue.change'),
      numeric: true,
      sortKey: 'CHANGE',
      value: (r) => r.latest?.change ?? null,
      cell: (r) =>
        r.latest?.change == null
          ? '–'
          : `${r.latest.change > 0 ? '+' : ''}${formatDecimal(r.latest.change, locale)}`,
    },
    costColumn,
    valueForMoneyColumn,
    {
      id: 'assessedOn',
      header: t('membershipValue.assessedOn'),
      sortKey: 'ASSESSED_ON',
      value: (r) => r.latest?.assessedOn ?? null,
      cell: (r) => r.latest?.assessedOn ?? '–',
    },
    {
      id: 'assessments',
      header: t('membershipValue.assessments'),
      numeric: true,
      value: (r) => r.assessments,
    },
  ];

  const options = rows.map((r) => ({ value: r.membershipId, label: r.name }));
  const demo = rows.some((r) => r.demo);
  const yearText = year === undefined ? '' : String(year);

  return (
    <>
      <PageHeader
        title={t('membershipValue.title')}
        description={t('membershipValue.description')}
      />
      <FilterBar label={t('charts.filters')}>
        <YearFilter
          label={t('membershipValue.year')}
          value={year}
          onChange={(value) => setFilter('year', value)}
        />
        <CheckboxGroupField
          label={t('membershipValue.compare')}
          hint={t('membershipValue.compareHint')}
          options={options}
          value={chosen ?? options.map((o) => o.value)}
          onChange={(next) =>
            setFilter('ids', next.length === 0 || next.length === options.length ? undefined : next)
          }
        />
        {chosen ? (
          <button
            type="button"
            className="ui-button ui-button--secondary"
            onClick={() => setFilter('ids', undefined)}
          >
            {t('membershipValue.compareAll')}
          </button>
        ) : null}
      </FilterBar>
      {error || settingsError ? <LoadFailed retry={() => void refetch()} /> : null}
      {demo && settings?.demoAsOf ? (
        <DemoNote>{t('membershipValue.demo', { day: settings.demoAsOf })}</DemoNote>
      ) : null}
      {!busy && selected.length === 1 ? (
        <StatusMessage tone="info">{t('membershipValue.fewer')}</StatusMessage>
      ) : null}

      <ChartPanel
        id="membership-criteria"
        title={t('membershipValue.criteriaTitle', { year: yearText })}
        summary={t('membershipValue.criteriaSummary', { count: assessed.length })}
        loading={busy}
        columns={criteriaColumns}
        rows={assessed}
        rowKey={(r) => r.membershipId}
        csvName={t('membershipValue.criteriaCsv')}
        chart={
          <BarChartView
            title={t('membershipValue.criteriaTitle', { year: yearText })}
            data={criteriaData}
            categoryKey="name"
            series={criteria}
            horizontal
            valueDomain={[0, 5]}
            height={64 + criteriaData.length * 4 * 16}
            onSelect={(row: CriteriaRow) => open(row.id)}
          />
        }
      />

      <ChartPanel
        id="membership-scatter"
        title={t('membershipValue.scatterTitle', { year: yearText })}
        summary={
          best
            ? t('membershipValue.scatterSummary', {
                best: best.name,
                index: formatDecimal(best.latest.score, locale),
                cheapest: cheapest?.name ?? '–',
                points: formatDecimal(cheapest?.latest.valueForMoney, locale),
              })
            : undefined
        }
        loading={busy}
        columns={[membershipColumn, indexColumn, costColumn, valueForMoneyColumn]}
        rows={assessed}
        rowKey={(r) => r.membershipId}
        csvName={t('membershipValue.scatterCsv')}
        chart={
          <ScatterChartView
            title={t('membershipValue.scatterTitle', { year: yearText })}
            groups={assessed.map((r) => ({
              key: r.membershipId,
              label: r.name,
              points: [
                { id: r.membershipId, label: r.name, x: r.latest.costSek, y: r.latest.score },
              ],
            }))}
            xLabel={t('membershipValue.cost')}
            yLabel={t('membershipValue.index')}
            formatX={(v) => formatAmount(v, locale)}
            onSelect={(point) => open(point.id)}
          />
        }
      />

      <ChartPanel
        id="membership-trend"
        title={t('membershipValue.trendTitle')}
        summary={
          trendYears.length
            ? t('membershipValue.trendSummary', {
                count: trends.length,
                from: trendYears[0] ?? '',
                to: trendYears.at(-1) ?? '',
              })
            : undefined
        }
        loading={busy}
        columns={trendColumns}
        rows={trendData}
        rowKey={(r) => String(r.year)}
        csvName={t('membershipValue.trendCsv')}
        chart={
          <LineChartView
            title={t('membershipValue.trendTitle')}
            data={trendData}
            xKey="year"
            series={trendSeries}
            yDomain={[0, 100]}
            formatValue={(v) => formatDecimal(v, locale)}
          />
        }
      />

      <ChartPanel
        id="membership-table"
        title={t('membershipValue.tableTitle', { year: yearText })}
        summary={t('membershipValue.tableSummary', {
          assessed: rows.filter((r) => r.latest).length,
          count: rows.length,
          year: yearText,
        })}
        loading={busy}
        columns={tableColumns}
        rows={sorted}
        rowKey={(r) => r.membershipId}
        csvName={t('membershipValue.tableCsv')}
        sort={{ key: search.sort, direction: search.direction }}
        onSortChange={(next) => {
          const key = SORTS.find((s) => s === next.key);
          if (key) setSort(key, next.direction);
        }}
      />
    </>
  );
}
