// Registers the follow-up strings this module uses, when its page's chunk loads.
import '../../i18n/follow-up';
import { LEGISLATION_STATUSES } from '@malmo/domain';
import { graphql } from '../../gql';
import type { LegislationListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { toGql } from '../../lib/enums';
import { DemoLegend } from '../demo/Demo';
import { legislationLinks } from '../editing/kinds/links';
import { NewRecordLink, useEditColumns } from '../editing/ListActions';
import { DemoFilter, MultiEnumFilter, OptionFilter } from '../list/filters';
import { ListScreen } from '../list/ListScreen';
import { useUnitOptions } from '../list/options';
import { booleanParam, defineListSearch, idParam, listParam } from '../list/search';
import { useLegislationTableColumns } from './LegislationTable';

const legislationListQuery = graphql(`
  query LegislationList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: LegislationWatchFilter
    $orderBy: LegislationWatchOrder
    $includeArchived: Boolean
  ) {
    legislationWatches(
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
          ...LegislationTable_LegislationWatch
          archivedAt
        }
      }
    }
  }
`);

const spec = defineListSearch({
  sorts: ['TITLE', 'STATUS', 'NEXT_REVIEW'],
  defaultSort: 'TITLE',
  filters: {
    status: listParam(LEGISLATION_STATUSES),
    owner: idParam(),
    demo: booleanParam(),
  },
});

const select = (data: LegislationListQuery) => data.legislationWatches;

export function LegislationList() {
  const { t } = useLocale();
  const columns = useLegislationTableColumns();
  const withEdit = useEditColumns(columns, legislationLinks, (r) => r.title);
  const units = useUnitOptions();
  return (
    <ListScreen
      archivable
      title={t('legislation.title')}
      description={t('legislation.description')}
      searchHint={t('legislation.searchHint')}
      csvName={t('legislation.csv')}
      spec={spec}
      document={legislationListQuery}
      select={select}
      filter={({ filters }) => ({
        statuses: filters.status?.map(toGql) ?? null,
        ownerUnitId: filters.owner ?? null,
        demo: filters.demo ?? null,
      })}
      columns={withEdit}
      actions={<NewRecordLink kind={legislationLinks} />}
      compact
      legend={<DemoLegend />}
      filters={({ search, setFilter }) => (
        <>
          <OptionFilter
            label={t('legislation.owner')}
            options={units}
            value={search.filters.owner}
            onChange={(value) => setFilter('owner', value)}
          />
          <DemoFilter value={search.filters.demo} onChange={(value) => setFilter('demo', value)} />
          <MultiEnumFilter
            label={t('legislation.status')}
            group="legislationStatus"
            value={search.filters.status}
            onChange={(value) => setFilter('status', value)}
          />
        </>
      )}
    />
  );
}
