import { graphql } from '../../gql';
import type { EuNetworkListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { euNetworkContactLinks } from '../editing/kinds/links';
import { NewRecordLink, useEditColumns } from '../editing/ListActions';
import { WithinFilter, withinParams, withinUnitId } from '../engagement/list-scope';
import { YearFilter } from '../list/filters';
import { ListScreen } from '../list/ListScreen';
import { defineListSearch, yearParam } from '../list/search';
import { useEuNetworkTableColumns } from './EuNetworkTable';

const euNetworkListQuery = graphql(`
  query EuNetworkList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: EuNetworkContactFilter
    $orderBy: EuNetworkContactOrder
    $includeArchived: Boolean
  ) {
    euNetworkContacts(
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
          ...EuNetworkTable_EuNetworkContact
          archivedAt
        }
      }
    }
  }
`);

const spec = defineListSearch({
  sorts: ['UNIT', 'PERSON', 'YEAR'],
  defaultSort: 'UNIT',
  filters: { ...withinParams, from: yearParam(), to: yearParam() },
});

const select = (data: EuNetworkListQuery) => data.euNetworkContacts;

export function EuNetworkList() {
  const { t } = useLocale();
  const columns = useEuNetworkTableColumns();
  const withEdit = useEditColumns(
    columns,
    euNetworkContactLinks,
    (r) => `${r.person.name} ${r.year}`,
  );
  return (
    <ListScreen
      archivable
      title={t('euNetwork.title')}
      description={t('euNetwork.description')}
      searchHint={t('euNetwork.searchHint')}
      csvName={t('euNetwork.csv')}
      spec={spec}
      document={euNetworkListQuery}
      select={select}
      filter={({ filters }) => ({
        withinUnitId: withinUnitId(filters.within),
        yearFrom: filters.from ?? null,
        yearTo: filters.to ?? null,
      })}
      columns={withEdit}
      actions={<NewRecordLink kind={euNetworkContactLinks} />}
      filters={({ search, setFilter }) => (
        <>
          <WithinFilter
            value={search.filters.within}
            onChange={(value) => setFilter('within', value)}
          />
          <YearFilter
            label={t('engagement.lists.yearFrom')}
            value={search.filters.from}
            onChange={(value) => setFilter('from', value)}
          />
          <YearFilter
            label={t('engagement.lists.yearTo')}
            value={search.filters.to}
            onChange={(value) => setFilter('to', value)}
          />
        </>
      )}
    />
  );
}
