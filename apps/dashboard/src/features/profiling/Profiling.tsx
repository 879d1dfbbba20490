import { useQuery } from '@apollo/client/react';
import { CheckboxGroupField, FilterBar, PageHeader } from '@malmo/ui';
import { Link, useNavigate } from 'react-router';
import '../../i18n/profiling';
import { graphql } from '../../gql';
import type { ProfilingDashboardQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { useDocumentTitle } from '../../lib/document-title';
import { formatAmount } from '../../lib/format';
import { paths } from '../../paths';
import { type ChartColumn, ChartPanel } from '../charts/ChartPanel';
import { BarChartView } from '../charts/lazy';
import { defineDashboardSearch, useDashboardSearch } from '../charts/search';
import { DemoNote, WithDemo } from '../demo/Demo';
import { YearFilter } from '../list/filters';
import { useEventSeriesOptions } from '../list/options';
import { idListParam, oneOfParam, yearParam } from '../list/search';
import { useLedgerSettings } from '../obligations/ledger-settings';
import { LoadFailed } from '../shell/LoadFailed';

const profilingQuery = graphql(`
  query ProfilingDashboard($from: Int, $to: Int, $seriesIds: [ID!]) {
    profilingYears(from: $from, to: $to, seriesIds: $seriesIds) {
      seriesId
      seriesName
      year
      units
      delegates
      costSek
      contactsGained
      withOutcome
      demo
    }
  }
`);

type Row = ProfilingDashboardQuery['profilingYears'][number];

const MEASURES = ['units', 'delegates', 'cost', 'contacts'] as const;
type Measure = (typeof MEASURES)[number];
const measureOf: Record<Measure, (row: Row) => number> = {
  units: (r) => r.units,
  delegates: (r) => r.delegates,
  cost: (r) => r.costSek,
  contacts: (r) => r.contactsGained,
};

const spec = defineDashboardSearch({
  from: yearParam(),
  to: yearParam(),
  series: idListParam(),
  measure: oneOfParam(MEASURES),
});

/** The participations behind one series in one year: the participations list, filtered. */
function participationsOf(seriesId: string, year: number) {
  const params = new URLSearchParams({ series: seriesId, from: String(year), to: String(year) });
  return `${paths.participations}?${params}`;
}

/** One year of the chart: the measure per series (`s0`, `s1` …) and their total. */
type YearRow = { year: string; total: number } & Record<string, number | string>;

export function Profiling() {
  const { t, locale } = useLocale();
  useDocumentTitle(t('profiling.title'));
  const navigate = useNavigate();
  const { filters, setFilter } = useDashboardSearch(spec);
  const measure = filters.measure ?? 'units';
  const seriesOptions = useEventSeriesOptions() ?? [];
  const { settings } = useLedgerSettings();
  const { data, previousData, loading, error, refetch } = useQuery(profilingQuery, {
    variables: {
      from: filters.from ?? null,
      to: filters.to ?? null,
      seriesIds: filters.series ?? null,
    },
  });
  const rows = (data ?? previousData)?.profilingYears ?? [];
  const busy = loading && !data;
  // Counts and kronor alike are whole numbers; the measure's label names the unit.
  const format = (value: number) => formatAmount(value, locale);
  const measureLabel = t(`profiling.measures.${measure}`);

  // Series in the order of their names; one bar segment each per year.
  const series = [...new Map(rows.map((r) => [r.seriesId, r.seriesName])).entries()]
    .sort(([, a], [, b]) => a.localeCompare(b, locale))
    .map(([id, name], index) => ({ id, key: `s${index}`, label: name }));
  const keyOf = new Map(series.map((s) => [s.id, s.key]));
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const yearRows: YearRow[] = years.map((year) => {
    const row: YearRow = { year: String(year), total: 0 };
    for (const s of series) row[s.key] = 0;
    for (const r of rows.filter((x) => x.year === year)) {
      const value = measureOf[measure](r);
      row[keyOf.get(r.seriesId) ?? ''] = value;
      row.total += value;
    }
    return row;
  });
  const chartColumns: ChartColumn<YearRow>[] = [
    { id: 'year', header: t('profiling.year'), value: (r) => r.year },
    ...series.map((s) => ({
      id: s.key,
      header: s.label,
      numeric: true,
      value: (r: YearRow) => Number(r[s.key] ?? 0),
      cell: (r: YearRow) => format(Number(r[s.key] ?? 0)),
    })),
    {
      id: 'total',
      header: t('profiling.total'),
      numeric: true,
      value: (r) => r.total,
      cell: (r) => format(r.total),
    },
  ];
  const total = yearRows.reduce((sum, r) => sum + r.total, 0);
  const bySeries = series
    .map((s) => ({
      label: s.label,
      value: rows.filter((r) => r.seriesId === s.id).reduce((n, r) => n + measureOf[measure](r), 0),
    }))
    .sort((a, b) => b.value - a.value);

  const eventCell = (r: Row) => (
    <Link
      to={participationsOf(r.seriesId, r.year)}
      aria-label={t('profiling.openParticipations', { series: r.seriesName, year: r.year })}
    >
      {r.seriesName} {r.year}
    </Link>
  );
  const tableColumns: ChartColumn<Row>[] = [
    {
      id: 'event',
      header: t('profiling.event'),
      value: (r) => `${r.seriesName} ${r.year}`,
      cell: (r) => <WithDemo demo={r.demo}>{eventCell(r)}</WithDemo>,
    },
    { id: 'units', header: t('profiling.units'), numeric: true, value: (r) => r.units },
    { id: 'delegates', header: t('profiling.delegates'), numeric: true, value: (r) => r.delegates },
    {
      id: 'cost',
      header: t('profiling.cost'),
      numeric: true,
      value: (r) => r.costSek,
      cell: (r) => formatAmount(r.costSek, locale),
    },
    {
      id: 'contacts',
      header: t('profiling.contacts'),
      numeric: true,
      value: (r) => r.contactsGained,
    },
    {
      id: 'outcomes',
      header: t('profiling.outcomes'),
      numeric: true,
      value: (r) => r.withOutcome,
      cell: (r) => t('profiling.outcomesOf', { count: r.withOutcome, total: r.units }),
    },
  ];
  const tableRows = [...rows].sort(
    (a, b) => b.year - a.year || a.seriesName.localeCompare(b.seriesName, locale),
  );
  const demo = rows.some((r) => r.demo);
  const span = years.length ? `${years[0]}–${years.at(-1)}` : '';

  return (
    <>
      <PageHeader title={t('profiling.title')} description={t('profiling.description')} />
      <FilterBar label={t('charts.filters')}>
        <YearFilter
          label={t('profiling.from')}
          value={filters.from}
          onChange={(value) => setFilter('from', value)}
        />
        <YearFilter
          label={t('profiling.to')}
          value={filters.to}
          onChange={(value) => setFilter('to', value)}
        />
        <CheckboxGroupField
          label={t('profiling.series')}
          hint={t('profiling.seriesHint')}
          options={seriesOptions}
          value={filters.series ?? []}
          onChange={(next) => setFilter('series', next.length ? next : undefined)}
        />
      </FilterBar>
      {error ? <LoadFailed retry={() => void refetch()} /> : null}
      {demo && settings?.demoAsOf ? (
        <DemoNote>{t('profiling.demo', { day: settings.demoAsOf })}</DemoNote>
      ) : null}

      <ChartPanel
        id="profiling-per-year"
        title={t('profiling.chartTitle', { measure: measureLabel })}
        summary={
          bySeries[0]
            ? t('profiling.chartSummary', {
                measure: measureLabel,
                from: years[0] ?? '',
                to: years.at(-1) ?? '',
                total: format(total),
                top: bySeries[0].label,
                topValue: format(bySeries[0].value),
              })
            : undefined
        }
        controls={
          // biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, as the view switch
          <div className="ui-toggle" role="group" aria-label={t('profiling.measure')}>
            {MEASURES.map((m) => (
              <button
                key={m}
                type="button"
                aria-pressed={measure === m}
                onClick={() => setFilter('measure', m === 'units' ? undefined : m)}
              >
                {t(`profiling.measures.${m}`)}
              </button>
            ))}
          </div>
        }
        loading={busy}
        columns={chartColumns}
        rows={yearRows}
        rowKey={(r) => r.year}
        csvName={`${t('profiling.chartCsv')}-${measure}`}
        chart={
          <BarChartView
            title={`${t('profiling.chartTitle', { measure: measureLabel })}, ${span}`}
            data={yearRows}
            categoryKey="year"
            series={series}
            stacked
            formatValue={format}
            onSelect={(row: YearRow, key: string) => {
              const picked = series.find((s) => s.key === key);
              if (picked) void navigate(participationsOf(picked.id, Number(row.year)));
            }}
          />
        }
      />

      <ChartPanel
        id="profiling-per-event"
        title={t('profiling.tableTitle')}
        summary={t('profiling.tableSummary', {
          withOutcome: rows.reduce((n, r) => n + r.withOutcome, 0),
          count: rows.reduce((n, r) => n + r.units, 0),
        })}
        loading={busy}
        columns={tableColumns}
        rows={tableRows}
        rowKey={(r) => `${r.seriesId}:${r.year}`}
        csvName={t('profiling.tableCsv')}
      />
    </>
  );
}
