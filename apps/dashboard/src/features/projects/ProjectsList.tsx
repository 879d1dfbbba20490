import { PROJECT_STATES } from '@malmo/domain';
import { graphql } from '../../gql';
import type { ProjectsListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { toGql } from '../../lib/enums';
import { DemoLegend } from '../demo/Demo';
import { projectLinks } from '../editing/kinds/links';
import { NewRecordLink, useEditColumns } from '../editing/ListActions';
import {
  ScopeFilters,
  tagFilter,
  tagParams,
  withinOrUnitless,
  withinParams,
} from '../engagement/list-scope';
import { BooleanFilter, DemoFilter, MultiEnumFilter, OptionFilter } from '../list/filters';
import { ListScreen } from '../list/ListScreen';
import { useUnitOptions } from '../list/options';
import { booleanParam, defineListSearch, idParam, listParam, yearParam } from '../list/search';
import { useProjectsTableColumns } from './ProjectsTable';

const projectsListQuery = graphql(`
  query ProjectsList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: ProjectFilter
    $orderBy: ProjectOrder
    $includeArchived: Boolean
  ) {
    projects(
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
          ...ProjectsTable_Project
          archivedAt
        }
      }
    }
  }
`);

const spec = defineListSearch({
  sorts: ['TITLE', 'STATE', 'OWNER_UNIT', 'BUDGET'],
  defaultSort: 'TITLE',
  filters: {
    state: listParam(PROJECT_STATES),
    owner: idParam(),
    analysis: booleanParam(),
    demo: booleanParam(),
    ...withinParams,
    from: yearParam(),
    to: yearParam(),
    ...tagParams,
  },
});

const select = (data: ProjectsListQuery) => data.projects;

export function ProjectsList() {
  const { t } = useLocale();
  const columns = useProjectsTableColumns();
  const withEdit = useEditColumns(columns, projectLinks, (r) => r.title);
  const units = useUnitOptions();
  return (
    <ListScreen
      exportForImport={() => ({ kind: 'projects' })}
      archivable
      title={t('projects.title')}
      description={t('projects.description')}
      searchHint={t('projects.searchHint')}
      csvName={t('projects.csv')}
      spec={spec}
      document={projectsListQuery}
      select={select}
      filter={({ filters }) => ({
        states: filters.state?.map(toGql) ?? null,
        ownerUnitId: filters.owner ?? null,
        analysisComplete: filters.analysis ?? null,
        demo: filters.demo ?? null,
        ...withinOrUnitless(filters.within),
        activeFrom: filters.from ?? null,
        activeTo: filters.to ?? null,
        tags: tagFilter(filters),
      })}
      columns={withEdit}
      actions={<NewRecordLink kind={projectLinks} />}
      compact
      legend={<DemoLegend />}
      filters={({ search, setFilter }) => (
        <>
          <OptionFilter
            label={t('projects.filterOwner')}
            options={units}
            value={search.filters.owner}
            onChange={(value) => setFilter('owner', value)}
          />
          <BooleanFilter
            label={t('projects.filterAnalysis')}
            value={search.filters.analysis}
            onChange={(value) => setFilter('analysis', value)}
          />
          <DemoFilter value={search.filters.demo} onChange={(value) => setFilter('demo', value)} />
          <MultiEnumFilter
            label={t('projects.filterState')}
            group="projectState"
            value={search.filters.state}
            onChange={(value) => setFilter('state', value)}
          />
          <ScopeFilters
            noUnit
            filters={search.filters}
            setFilter={setFilter}
            years={{ ...search.filters, onChange: setFilter }}
          />
        </>
      )}
    />
  );
}
