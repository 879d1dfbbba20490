import { graphql } from '../../gql';
import type { PeopleListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { personLinks } from '../editing/kinds/links';
import { NewRecordLink, useEditColumns } from '../editing/ListActions';
import { ListScreen } from '../list/ListScreen';
import { defineListSearch } from '../list/search';
import { usePeopleTableColumns } from './PeopleTable';

const peopleListQuery = graphql(`
  query PeopleList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: PersonFilter
    $orderBy: PersonOrder
    $includeArchived: Boolean
  ) {
    people(
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
          ...PeopleTable_Person
          archivedAt
        }
      }
    }
  }
`);

const spec = defineListSearch({ sorts: ['NAME', 'UNIT'], defaultSort: 'NAME', filters: {} });

const select = (data: PeopleListQuery) => data.people;

export function PeopleList() {
  const { t } = useLocale();
  const columns = usePeopleTableColumns();
  const withEdit = useEditColumns(columns, personLinks, (r) => r.name);
  return (
    <ListScreen
      archivable
      exportForImport={() => ({ kind: 'people' })}
      title={t('people.title')}
      description={t('people.description')}
      searchHint={t('people.searchHint')}
      csvName={t('people.csv')}
      spec={spec}
      document={peopleListQuery}
      select={select}
      columns={withEdit}
      actions={<NewRecordLink kind={personLinks} />}
    />
  );
}
