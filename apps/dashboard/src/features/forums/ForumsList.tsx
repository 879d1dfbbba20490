import { graphql } from '../../gql';
import type { ForumsListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { forumLinks } from '../editing/kinds/links';
import { NewRecordLink, useEditColumns } from '../editing/ListActions';
import { ListScreen } from '../list/ListScreen';
import { defineListSearch } from '../list/search';
import { useForumsTableColumns } from './ForumsTable';

const forumsListQuery = graphql(`
  query ForumsList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: ForumFilter
    $orderBy: ForumOrder
    $includeArchived: Boolean
  ) {
    forums(
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
          ...ForumsTable_Forum
          archivedAt
        }
      }
    }
  }
`);

const spec = defineListSearch({
  sorts: ['NAME', 'ORGANISATION'],
  defaultSort: 'NAME',
  filters: {},
});

const select = (data: ForumsListQuery) => data.forums;

export function ForumsList() {
  const { t } = useLocale();
  const columns = useForumsTableColumns();
  const withEdit = useEditColumns(columns, forumLinks, (r) => r.name);
  return (
    <ListScreen
      archivable
      exportForImport={() => ({ kind: 'forums' })}
      title={t('forums.title')}
      description={t('forums.description')}
      searchHint={t('forums.searchHint')}
      csvName={t('forums.csv')}
      spec={spec}
      document={forumsListQuery}
      select={select}
      columns={withEdit}
      actions={<NewRecordLink kind={forumLinks} />}
    />
  );
}
