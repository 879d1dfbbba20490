import { graphql } from '../../gql';
import type { ProjectsListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { ListScreen } from '../list/ListScreen';
import { defineListSearch } from '../list/search';
import { useProjectsTableColumns } from './ProjectsTable';

const projectsListQuery = graphql(`
  query ProjectsList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: ProjectFilter
    $orderBy: ProjectOrder
  ) {
    projects(
      first: $first
      after: $after
      last: $last
      before: $before
      filter: $filter
      orderBy: $orderBy
    ) {
      totalCount
      pageInfo {
        ...ListPageInfo
      }
      edges {
        node {
          ...ProjectsTable_Project
        }
      }
    }
  }
`);

const spec = defineListSearch({
  sorts: ['TITLE', 'OWNER_UNIT'],
  defaultSort: 'TITLE',
  filters: {},
});

const select = (data: ProjectsListQuery) => data.projects;

export function ProjectsList() {
  const { t } = useLocale();
  const columns = useProjectsTableColumns();
  return (
    <ListScreen
      title={t('projects.title')}
      description={t('projects.description')}
      searchHint={t('projects.searchHint')}
      csvName={t('projects.csv')}
      spec={spec}
      document={projectsListQuery}
      select={select}
      columns={columns}
    />
  );
}
