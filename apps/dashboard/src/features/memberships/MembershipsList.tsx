import { graphql } from '../../gql';
import type { MembershipsListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { membershipLinks } from '../editing/kinds/links';
import { NewRecordLink, useEditColumns } from '../editing/ListActions';
import {
  ScopeFilters,
  tagFilter,
  tagParams,
  withinOrUnitless,
  withinParams,
} from '../engagement/list-scope';
import { YearFilter } from '../list/filters';
import { ListScreen } from '../list/ListScreen';
import { defineListSearch, yearParam } from '../list/search';
import { useMembershipsTableColumns } from './MembershipsTable';

const membershipsListQuery = graphql(`
  query MembershipsList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: MembershipFilter
    $orderBy: MembershipOrder
    $includeArchived: Boolean
  ) {
    memberships(
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
          ...MembershipsTable_Membership
          archivedAt
        }
      }
    }
  }
`);

const spec = defineListSearch({
  sorts: ['SINCE', 'ORGANISATION'],
  defaultSort: 'SINCE',
  filters: {
    from: yearParam(),
    to: yearParam(),
    ...withinParams,
    activeFrom: yearParam(),
    activeTo: yearParam(),
    ...tagParams,
  },
});

const select = (data: MembershipsListQuery) => data.memberships;

export function MembershipsList() {
  const { t } = useLocale();
  const columns = useMembershipsTableColumns();
  const withEdit = useEditColumns(columns, membershipLinks, (r) => r.organisation.name);
  return (
    <ListScreen
      archivable
      exportForImport={() => ({ kind: 'memberships' })}
      title={t('memberships.title')}
      description={t('memberships.description')}
      searchHint={t('memberships.searchHint')}
      csvName={t('memberships.csv')}
      spec={spec}
      document={membershipsListQuery}
      select={select}
      filter={(search) => ({
        sinceFrom: search.filters.from ?? null,
        sinceTo: search.filters.to ?? null,
        ...withinOrUnitless(search.filters.within),
        activeFrom: search.filters.activeFrom ?? null,
        activeTo: search.filters.activeTo ?? null,
        tags: tagFilter(search.filters),
      })}
      columns={withEdit}
      actions={<NewRecordLink kind={membershipLinks} />}
      filters={({ search, setFilter }) => (
        <>
          <YearFilter
            label={t('memberships.sinceFrom')}
            value={search.filters.from}
            onChange={(year) => setFilter('from', year)}
          />
          <YearFilter
            label={t('memberships.sinceTo')}
            value={search.filters.to}
            onChange={(year) => setFilter('to', year)}
          />
          <ScopeFilters
            noUnit
            filters={search.filters}
            setFilter={setFilter}
            years={{
              from: search.filters.activeFrom,
              to: search.filters.activeTo,
              onChange: (end, year) => setFilter(end === 'from' ? 'activeFrom' : 'activeTo', year),
            }}
          />
        </>
      )}
    />
  );
}
