import { useQuery } from '@apollo/client/react';
import { ORIENTATIONS, PRIORITY_AREAS } from '@malmo/domain';
import { FilterBar, PageHeader, StatusMessage } from '@malmo/ui';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import '../../i18n/engagement';
import { graphql } from '../../gql';
import { useLocale } from '../../i18n';
import { useDocumentTitle } from '../../lib/document-title';
import { toGql } from '../../lib/enums';
import { formatDecimal, formatSek } from '../../lib/format';
import { type ChartColumn, ChartPanel } from '../charts/ChartPanel';
import { BarChartView } from '../charts/lazy';
import { defineDashboardSearch, useDashboardSearch } from '../charts/search';
import { DemoBadge } from '../demo/Demo';
import { YearFilter } from '../list/filters';
import { listParam, oneOfParam, yearParam } from '../list/search';
import { useLedgerSettings } from '../obligations/ledger-settings';
import { TagFilters } from './list-scope';
import {
  COUNT_SERIES,
  figuresByUnit,
  type Measure,
  MONEY_SERIES,
  NO_UNIT,
  recordsOf,
  type SeriesKey,
  type UnitFigures,
} from './series';

const engagementQuery = graphql(`
  query EngagementDashboard($filter: EngagementFilter) {
    engagementByUnit(filter: $filter) {
      unitId
      unitName
      kind
      projectState
      count
      budgetSek
      euFundingSek
      costSek
    }
  }
`);

const spec = defineDashboardSearch({
  from: yearParam(),
  to: yearParam(),
  orientation: listParam(ORIENTATIONS),
  priority: listParam(PRIORITY_AREAS),
  measure: oneOfParam(['count', 'money'] as const),
});

/** A chart row: the unit's figures and the name its bar is labelled with. */
type ChartRow = UnitFigures & { label: string };

export function Engagement() {
  const { t, locale } = useLocale();
  useDocumentTitle(t('engagement.title'));
  const navigate = useNavigate();
  const { filters, setFilter, clear, active } = useDashboardSearch(spec);
  const { settings } = useLedgerSettings();
  const measure: Measure = filters.measure ?? 'count';
  const badRange =
    filters.from !== undefined && filters.to !== undefined && filters.from > filters.to;
  const { data, previousData, loading, error, refetch } = useQuery(engagementQuery, {
    variables: {
      filter: {
        yearFrom: filters.from ?? null,
        yearTo: filters.to ?? null,
        orientations: filters.orientation?.map(toGql) ?? null,
        priorityAreas: filters.priority?.map(toGql) ?? null,
      },
    },
    skip: badRange,
  });
  // A reversed range asks nothing: the figures of the range before are not shown under it.
  const facts = badRange ? [] : (data ?? previousData)?.engagementByUnit;
  const rows: ChartRow[] = useMemo(
    () =>
      figuresByUnit(facts ?? [], measure).map((row) => ({
        ...row,
        label: row.id === NO_UNIT ? t('engagement.noUnit') : (row.name ?? ''),
      })),
    [facts, measure, t],
  );

  const seriesKeys: readonly SeriesKey[] = measure === 'count' ? COUNT_SERIES : MONEY_SERIES;
  const series = seriesKeys.map((key) => ({ key, label: t(`engagement.series.${key}`) }));
  const format = (value: number) =>
    measure === 'count' ? formatDecimal(value, locale, 0) : formatSek(value, locale);
  const open = (row: ChartRow, key: string) => {
    void navigate(recordsOf(key as SeriesKey, row.id, filters));
  };

  const figureColumn = (key: SeriesKey, label: string): ChartColumn<ChartRow> => ({
    id: key,
    header: label,
    numeric: true,
    value: (row) => row[key],
    cell: (row) =>
      row[key] === 0 ? (
        format(0)
      ) : (
        <Link
          to={recordsOf(key, row.id, filters)}
          aria-label={t('engagement.open', {
            series: label,
            unit: row.label,
            value: format(row[key]),
          })}
        >
          {format(row[key])}
        </Link>
      ),
  });
  const columns: ChartColumn<ChartRow>[] = [
    { id: 'unit', header: t('engagement.unit'), value: (row) => row.label },
    ...series.map((s) => figureColumn(s.key, s.label)),
    ...(measure === 'count'
      ? [
          {
            id: 'total',
            header: t('engagement.total'),
            numeric: true,
            value: (row: ChartRow) => row.total,
          },
        ]
      : []),
  ];

  const units = rows.filter((row) => row.id !== NO_UNIT);
  const sum = (key: SeriesKey | 'total') => rows.reduce((total, row) => total + row[key], 0);
  const summary =
    rows.length === 0
      ? undefined
      : measure === 'count'
        ? t('engagement.summaryCounts', {
            units: units.length,
            total: format(sum('total')),
            top: units[0]?.label ?? '–',
            topCount: format(units[0]?.total ?? 0),
          })
        : t('engagement.summaryMoney', {
            budget: formatSek(sum('budget'), locale),
            eu: formatSek(sum('euFunding'), locale),
            memberships: formatSek(sum('membershipCost'), locale),
            events: formatSek(sum('participationCost'), locale),
            top: [...units].sort((a, b) => b.budget - a.budget)[0]?.label ?? '–',
          });

  const measureSwitch = (
    // biome-ignore lint/a11y/useSemanticElements: a group of two toggle buttons, as the view switch
    <div className="ui-toggle" role="group" aria-label={t('engagement.measure')}>
      {(['count', 'money'] as const).map((m) => (
        <button
          key={m}
          type="button"
          aria-pressed={measure === m}
          onClick={() => setFilter('measure', m === 'count' ? undefined : m)}
        >
          {t(m === 'count' ? 'engagement.counts' : 'engagement.money')}
        </button>
      ))}
    </div>
  );

  return (
    <>
      <PageHeader title={t('engagement.title')} description={t('engagement.description')} />
      {settings?.demoAsOf ? (
        <p className="demo-legend">
          <DemoBadge /> {t('engagement.demoNotice', { date: settings.demoAsOf })}
        </p>
      ) : null}
      <FilterBar label={t('engagement.filters')}>
        <YearFilter
          label={t('engagement.from')}
          value={filters.from}
          onChange={(value) => setFilter('from', value)}
        />
        <YearFilter
          label={t('engagement.to')}
          value={filters.to}
          onChange={(value) => setFilter('to', value)}
        />
        <TagFilters filters={filters} setFilter={setFilter} />
        {active ? (
          <button type="button" className="ui-button ui-button--secondary" onClick={clear}>
            {t('engagement.clear')}
          </button>
        ) : null}
      </FilterBar>
      <div className="dashboard-notes">
        <p>{t('engagement.rollUp')}</p>
        <p>{t('engagement.dating')}</p>
        <p>{t('engagement.tagsApply')}</p>
        {measure === 'money' ? <p>{t('engagement.moneyNote')}</p> : null}
      </div>
      {badRange ? <StatusMessage tone="error">{t('engagement.badRange')}</StatusMessage> : null}
      {error ? (
        <StatusMessage tone="error">
          {t('engagement.loadFailed')}{' '}
          <button
            type="button"
            className="ui-button ui-button--secondary"
            onClick={() => void refetch()}
          >
            {t('engagement.retry')}
          </button>
        </StatusMessage>
      ) : null}
      <ChartPanel
        id="engagement-chart"
        title={t(measure === 'count' ? 'engagement.countsTitle' : 'engagement.moneyTitle')}
        summary={summary}
        controls={measureSwitch}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        csvName={t(measure === 'count' ? 'engagement.csvCounts' : 'engagement.csvMoney')}
        loading={loading && !facts}
        chart={
          <BarChartView
            title={t(measure === 'count' ? 'engagement.countsTitle' : 'engagement.moneyTitle')}
            data={rows}
            categoryKey="label"
            series={series}
            stacked={measure === 'count'}
            horizontal
            height={measure === 'money' ? 48 + rows.length * 64 : undefined}
            formatValue={format}
            onSelect={open}
          />
        }
      />
    </>
  );
}
