import '../../i18n/evaluation';
import { useQuery } from '@apollo/client/react';
import { label, type ObligationKind } from '@malmo/domain';
import { FilterBar, PageHeader, StatusMessage } from '@malmo/ui';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../gql';
import type { StrategyEvaluationQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { useDocumentTitle } from '../../lib/document-title';
import { fromGql } from '../../lib/enums';
import { formatAmount, formatSek } from '../../lib/format';
import { type ChartColumn, ChartPanel } from '../charts/ChartPanel';
import { BarChartView } from '../charts/lazy';
import { useDashboardSearch } from '../charts/search';
import { DemoNote } from '../demo/Demo';
import { DateFilter, OptionFilter, YearFilter } from '../list/filters';
import { useUnitOptions } from '../list/options';
import { ledgerDay } from '../obligations/ledger-day';
import { useLedgerSettings } from '../obligations/ledger-settings';
import { LoadFailed } from '../shell/LoadFailed';
import {
  evaluationSearch,
  FIRST_YEAR,
  obligationsHref,
  orientationListHref,
} from './evaluation-search';

const strategyEvaluationQuery = graphql(`
  query StrategyEvaluation($from: Int, $to: Int, $unit: ID, $asOf: Date) {
    strategyEvaluation(from: $from, to: $to, unit: $unit, asOf: $asOf) {
      from
      to
      asOf
      unit {
        id
        name
      }
      byOrientation {
        orientation
        projects
        memberships
        seats
        agreements
        participations
        projectBudgetSek
        euFundingGrantedSek
        membershipFeesSek
        participationCostSek
      }
      byRule {
        rule
        kind
        total
        fulfilled
        overdue
        due
        waived
      }
      costPerYear {
        year
        membershipFeesSek
        membershipStaffHours
        participationCostSek
        delegates
        projectOwnContributionSek
        euFundingGrantedSek
        totalCostSek
      }
    }
  }
`);

type Report = StrategyEvaluationQuery['strategyEvaluation'];
type OrientationRow = Report['byOrientation'][number];
type CostRow = Report['costPerYear'][number];
type Measure = Exclude<keyof OrientationRow, 'orientation' | '__typename'>;
type RuleRow = Report['byRule'][number] & { kindLabel: string };

const STATES = ['fulfilled', 'overdue', 'due', 'waived'] as const;

export function Evaluation() {
  const { t } = useLocale();
  useDocumentTitle(t('evaluation.title'));
  const { settings, error, refetch } = useLedgerSettings();
  return (
    <>
      <PageHeader
        title={t('evaluation.title')}
        description={t('evaluation.description')}
        actions={
          <button
            type="button"
            className="ui-button ui-button--secondary"
            onClick={() => window.print()}
          >
            {t('evaluation.print')}
          </button>
        }
      />
      {settings ? (
        <Report settings={settings} />
      ) : error ? (
        <LoadFailed retry={() => void refetch()} />
      ) : (
        <StatusMessage>{t('charts.loading')}</StatusMessage>
      )}
    </>
  );
}

function Report({ settings }: { settings: { today: string; demoAsOf: string | null } }) {
  const { t } = useLocale();
  const { filters, setFilter, clear, active } = useDashboardSearch(evaluationSearch);
  const units = useUnitOptions();
  const day = ledgerDay(settings, filters.asOf);
  const from = filters.from ?? FIRST_YEAR;
  const to = filters.to ?? Number(day.asOf.slice(0, 4));
  const badPeriod = from > to;
  const { data, error, loading, refetch } = useQuery(strategyEvaluationQuery, {
    variables: { from, to, unit: filters.unit ?? null, asOf: day.asOf },
    skip: badPeriod,
  });
  const report = badPeriod ? undefined : data?.strategyEvaluation;
  const busy = loading && !report;

  return (
    <>
      <p className="evaluation-meta">
        {[
          t('evaluation.period', { from, to }),
          t('evaluation.asOfLine', { asOf: report?.asOf ?? day.asOf }),
          t('evaluation.unitLine', { unit: report?.unit?.name ?? t('evaluation.allUnits') }),
          t('evaluation.printedOn', { today: settings.today }),
        ].join(' · ')}
      </p>
      <FilterBar label={t('charts.filters')}>
        <YearFilter
          label={t('evaluation.from')}
          value={from}
          onChange={(value) => setFilter('from', value)}
        />
        <YearFilter
          label={t('evaluation.to')}
          value={to}
          onChange={(value) => setFilter('to', value)}
        />
        <OptionFilter
          label={t('evaluation.unit')}
          options={units}
          value={filters.unit}
          onChange={(value) => setFilter('unit', value)}
        />
        <DateFilter
          label={t('evaluation.asOf')}
          value={day.asOf}
          onChange={(value) => setFilter('asOf', value)}
        />
        {active ? (
          <button type="button" className="ui-button ui-button--secondary" onClick={clear}>
            {t('evaluation.clear')}
          </button>
        ) : null}
      </FilterBar>
      {settings.demoAsOf ? (
        <DemoNote>{t('evaluation.demo', { day: settings.demoAsOf })}</DemoNote>
      ) : null}
      {badPeriod ? (
        <StatusMessage tone="error">{t('evaluation.badPeriod')}</StatusMessage>
      ) : error ? (
        <LoadFailed retry={() => void refetch()} />
      ) : (
        <div className="evaluation-report">
          <OrientationSections
            rows={report?.byOrientation ?? []}
            loading={busy}
            unit={filters.unit}
            period={{ from, to }}
          />
          <RuleSection
            rows={report?.byRule ?? []}
            loading={busy}
            link={{ asOf: report?.asOf ?? day.asOf, from, to, unit: filters.unit }}
          />
          <CostSection rows={report?.costPerYear ?? []} loading={busy} />
        </div>
      )}
    </>
  );
}

function OrientationSections({
  rows,
  loading,
  unit,
  period,
}: {
  rows: readonly OrientationRow[];
  loading: boolean;
  unit: string | undefined;
  period: { from: number; to: number };
}) {
  const { t, locale } = useLocale();
  const name: ChartColumn<OrientationRow> = {
    id: 'orientation',
    header: t('evaluation.orientation.orientation'),
    value: (row) =>
      row.orientation
        ? label(locale, 'orientation', fromGql(row.orientation))
        : t('evaluation.orientation.untagged'),
  };
  const count = (id: Measure, header: string): ChartColumn<OrientationRow> => ({
    id,
    header,
    value: (row) => row[id],
    numeric: true,
  });
  /** A count that opens its records in their list, where the list can filter the same way. */
  const listed = (
    id: 'projects' | 'memberships' | 'seats' | 'participations',
    header: string,
  ): ChartColumn<OrientationRow> => ({
    ...count(id, header),
    cell: (row) => {
      const orientation = row.orientation ? fromGql(row.orientation) : null;
      const href =
        orientation && row[id] > 0
          ? orientationListHref(id, { ...period, unit, orientation })
          : null;
      return orientation && href ? (
        <Link
          to={href}
          aria-label={t('evaluation.orientation.open', {
            count: row[id],
            kind: header.toLowerCase(),
            orientation: label(locale, 'orientation', orientation),
          })}
        >
          {row[id]}
        </Link>
      ) : (
        row[id]
      );
    },
  });
  const money = (id: Measure, header: string): ChartColumn<OrientationRow> => ({
    ...count(id, header),
    cell: (row) => formatAmount(row[id], locale),
  });
  const shared = {
    rows,
    rowKey: (row: OrientationRow) => row.orientation ?? 'none',
    loading,
  };
  return (
    <>
      <ChartPanel
        {...shared}
        id="evaluation-orientation"
        title={t('evaluation.orientation.title')}
        summary={
          unit
            ? `${t('evaluation.orientation.summary')} ${t('evaluation.orientation.agreementsNote')}`
            : t('evaluation.orientation.summary')
        }
        columns={[
          name,
          listed('projects', t('evaluation.orientation.projects')),
          listed('memberships', t('evaluation.orientation.memberships')),
          listed('seats', t('evaluation.orientation.seats')),
          count('agreements', t('evaluation.orientation.agreements')),
          listed('participations', t('evaluation.orientation.participations')),
        ]}
        csvName={t('evaluation.orientation.csv')}
      />
      <ChartPanel
        {...shared}
        id="evaluation-orientation-money"
        title={t('evaluation.orientation.moneyTitle')}
        summary={t('evaluation.orientation.moneySummary')}
        columns={[
          name,
          money('projectBudgetSek', t('evaluation.orientation.budget')),
          money('euFundingGrantedSek', t('evaluation.orientation.granted')),
          money('membershipFeesSek', t('evaluation.orientation.fees')),
          money('participationCostSek', t('evaluation.orientation.participationCost')),
        ]}
        csvName={t('evaluation.orientation.moneyCsv')}
      />
    </>
  );
}

function RuleSection({
  rows,
  loading,
  link,
}: {
  rows: readonly Report['byRule'][number][];
  loading: boolean;
  link: { asOf: string; from: number; to: number; unit: string | undefined };
}) {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const labelled: RuleRow[] = useMemo(
    () =>
      rows.map((row) => ({
        ...row,
        kindLabel: label(locale, 'obligationKind', fromGql(row.kind) as ObligationKind),
      })),
    [rows, locale],
  );
  const href = (row: RuleRow, state?: string) =>
    obligationsHref({ ...link, kind: fromGql(row.kind), state });
  const stateHeader = (state: (typeof STATES)[number]) => t(`evaluation.rules.${state}`);
  const columns: ChartColumn<RuleRow>[] = [
    { id: 'rule', header: t('evaluation.rules.rule'), value: (row) => row.rule },
    {
      id: 'kind',
      header: t('evaluation.rules.kind'),
      value: (row) => row.kindLabel,
      cell: (row) => <Link to={href(row)}>{row.kindLabel}</Link>,
    },
    { id: 'total', header: t('evaluation.rules.total'), value: (row) => row.total, numeric: true },
    ...STATES.map(
      (state): ChartColumn<RuleRow> => ({
        id: state,
        header: stateHeader(state),
        numeric: true,
        value: (row) => row[state],
        cell: (row) =>
          row[state] > 0 ? (
            <Link
              to={href(row, state)}
              aria-label={t('evaluation.rules.open', {
                count: row[state],
                state: stateHeader(state).toLowerCase(),
                kind: row.kindLabel,
              })}
            >
              {row[state]}
            </Link>
          ) : (
            row[state]
          ),
      }),
    ),
  ];
  const totals = Object.fromEntries(
    (['total', ...STATES] as const).map((key) => [key, rows.reduce((s, r) => s + r[key], 0)]),
  ) as Record<'total' | (typeof STATES)[number], number>;
  const chartRows = labelled.map((row) => ({ ...row, category: `${row.rule} ${row.kindLabel}` }));
  return (
    <ChartPanel
      id="evaluation-rules"
      title={t('evaluation.rules.title')}
      summary={t('evaluation.rules.summary', { ...totals, count: totals.total })}
      chart={
        <BarChartView
          title={t('evaluation.rules.chart')}
          data={chartRows}
          categoryKey="category"
          series={STATES.map((state) => ({ key: state, label: stateHeader(state) }))}
          stacked
          horizontal
          onSelect={(row, state) => navigate(href(row, state))}
        />
      }
      columns={columns}
      rows={labelled}
      rowKey={(row) => row.kind}
      csvName={t('evaluation.rules.csv')}
      loading={loading}
    />
  );
}

function CostSection({ rows, loading }: { rows: readonly CostRow[]; loading: boolean }) {
  const { t, locale } = useLocale();
  const money = (id: keyof CostRow & string, header: string): ChartColumn<CostRow> => ({
    id,
    header,
    value: (row) => row[id] as number,
    cell: (row) => formatAmount(row[id] as number, locale),
    numeric: true,
  });
  const columns: ChartColumn<CostRow>[] = [
    { id: 'year', header: t('evaluation.cost.year'), value: (row) => row.year },
    money('membershipFeesSek', t('evaluation.cost.fees')),
    money('membershipStaffHours', t('evaluation.cost.hours')),
    money('participationCostSek', t('evaluation.cost.participation')),
    {
      id: 'delegates',
      header: t('evaluation.cost.delegates'),
      value: (row) => row.delegates,
      numeric: true,
    },
    money('projectOwnContributionSek', t('evaluation.cost.own')),
    money('euFundingGrantedSek', t('evaluation.cost.granted')),
    money('totalCostSek', t('evaluation.cost.total')),
  ];
  const total = rows.reduce((s, r) => s + r.totalCostSek, 0);
  return (
    <ChartPanel
      id="evaluation-cost"
      title={t('evaluation.cost.title')}
      summary={t('evaluation.cost.summary', { total: formatSek(total, locale) })}
      chart={
        <BarChartView
          title={t('evaluation.cost.chart')}
          data={rows.map((row) => ({ ...row, category: String(row.year) }))}
          categoryKey="category"
          series={[
            { key: 'membershipFeesSek', label: t('evaluation.cost.fees') },
            { key: 'participationCostSek', label: t('evaluation.cost.participation') },
            { key: 'projectOwnContributionSek', label: t('evaluation.cost.own') },
          ]}
          stacked
          formatValue={(value) => formatAmount(value, locale)}
        />
      }
      columns={columns}
      rows={rows}
      rowKey={(row) => String(row.year)}
      csvName={t('evaluation.cost.csv')}
      loading={loading}
    />
  );
}
