// Registers the follow-up strings this module uses, when its page's chunk loads.
import '../../i18n/follow-up';
import { graphql } from '../../gql';
import type { PlansListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { DemoLegend } from '../demo/Demo';
import { planLinks } from '../editing/kinds/links';
import { NewRecordLink, useEditColumns } from '../editing/ListActions';
import { DemoFilter, OptionFilter, YearFilter } from '../list/filters';
import { ListScreen } from '../list/ListScreen';
import { useUnitOptions } from '../list/options';
import { booleanParam, defineListSearch, idParam, yearParam } from '../list/search';
import { usePlansTableColumns } from './PlansTable';

const plansListQuery = graphql(`
  query PlansList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: OperationalPlanFilter
    $orderBy: OperationalPlanOrder
    $includeArchived: Boolean
  ) {
    operationalPlans(
      first: $first
      after: $after
      last: $last
      before: $before
      filter: $filter
      orderBy: $orderBy
      includeArchived: $includeArchived
    ) {
      totalCount
      pageInfo {
        ...ListPageInfo
      }
      edges {
        node {
          ...PlansTable_OperationalPlan
          archivedAt
        }
      }
    }
  }
`);

const spec = defineListSearch({
  sorts: ['YEAR', 'UNIT', 'ADOPTED_ON'],
  defaultSort: 'YEAR',
  defaultDirection: 'desc',
  filters: { unit: idParam(), from: yearParam(), to: yearParam(), demo: booleanParam() },
});

const select = (data: PlansListQuery) => data.operationalPlans;

export function PlansList() {
  const { t } = useLocale();
  const columns = usePlansTableColumns();
  const withEdit = useEditColumns(columns, planLinks, (r) => `${r.unit.name} ${r.year}`);
  const units = useUnitOptions();
  return (
    <ListScreen
      archivable
      title={t('plans.title')}
      description={t('plans.description')}
      csvName={t('plans.csv')}
      spec={spec}
      document={plansListQuery}
      select={select}
      filter={({ filters }) => ({
        unitId: filters.unit ?? null,
        yearFrom: filters.from ?? null,
        yearTo: filters.to ?? null,
        demo: filters.demo ?? null,
      })}
      columns={withEdit}
      actions={<NewRecordLink kind={planLinks} />}
      compact
      legend={<DemoLegend />}
      filters={({ search, setFilter }) => (
        <>
          <OptionFilter
            label={t('plans.unit')}
            options={units}
            value={search.filters.unit}
            onChange={(value) => setFilter('unit', value)}
          />
          <YearFilter
            label={t('plans.yearFrom')}
            value={search.filters.from}
            onChange={(value) => setFilter('from', value)}
          />
          <YearFilter
            label={t('plans.yearTo')}
            value={search.filters.to}
            onChange={(value) => setFilter('to', value)}
          />
          <DemoFilter value={search.filters.demo} onChange={(value) => setFilter('demo', value)} />
        </>
      )}
    />
  );
}
