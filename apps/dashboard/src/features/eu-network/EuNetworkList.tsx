import { graphql } from '../../gql';
import type { EuNetworkListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { euNetworkContactKind } from '../editing/kinds/registry';
import { NewRecordLink, useEditColumns } from '../editing/ListActions';
import { ListScreen } from '../list/ListScreen';
import { defineListSearch } from '../list/search';
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
  filters: {},
});

const select = (data: EuNetworkListQuery) => data.euNetworkContacts;

export function EuNetworkList() {
  const { t } = useLocale();
  const columns = useEuNetworkTableColumns();
  const withEdit = useEditColumns(
    columns,
    euNetworkContactKind,
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
      columns={withEdit}
      actions={<NewRecordLink kind={euNetworkContactKind} />}
    />
  );
}
