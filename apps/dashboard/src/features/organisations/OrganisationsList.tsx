import { ORGANISATION_KINDS, REGION_FOCUSES } from '@malmo/domain';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { OrganisationsListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { toGql } from '../../lib/enums';
import { organisationLinks } from '../editing/kinds/links';
import { NewRecordLink, useEditColumns } from '../editing/ListActions';
import { BooleanFilter, EnumFilter } from '../list/filters';
import { ListScreen } from '../list/ListScreen';
import { booleanParam, defineListSearch, oneOfParam } from '../list/search';
import { useOrganisationsTableColumns } from './OrganisationsTable';

const organisationsListQuery = graphql(`
  query OrganisationsList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: OrganisationFilter
    $orderBy: OrganisationOrder
    $includeArchived: Boolean
  ) {
    organisations(
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
          ...OrganisationsTable_Organisation
          archivedAt
        }
      }
    }
  }
`);

const spec = defineListSearch({
  sorts: ['NAME', 'KIND', 'REGION_FOCUS'],
  defaultSort: 'NAME',
  filters: {
    kind: oneOfParam(ORGANISATION_KINDS),
    region: oneOfParam(REGION_FOCUSES),
    member: booleanParam(),
  },
});

const select = (data: OrganisationsListQuery) => data.organisations;

/** Regional partners and Brussels networks are organisations of one kind, with their own name. */
export function OrganisationsList() {
  const kind = useSearchParams()[0].get('kind');
  const { t } = useLocale();
  const columns = useOrganisationsTableColumns();
  const withEdit = useEditColumns(columns, organisationLinks, (r) => r.name);
  return (
    <ListScreen
      archivable
      exportForImport={(search) => ({
        kind: 'organisations',
        filters: search.filters.kind ? { kind: search.filters.kind } : undefined,
      })}
      title={({ filters }) =>
        filters.kind === 'regional_actor'
          ? t('organisations.titleRegional')
          : filters.kind === 'brussels_network'
            ? t('organisations.titleBrussels')
            : t('organisations.title')
      }
      description={t('organisations.description')}
      searchHint={t('organisations.searchHint')}
      csvName={t('organisations.csv')}
      spec={spec}
      document={organisationsListQuery}
      select={select}
      filter={(search) => ({
        kinds: search.filters.kind ? [toGql(search.filters.kind)] : null,
        regionFocus: search.filters.region ? [toGql(search.filters.region)] : null,
        member: search.filters.member ?? null,
      })}
      columns={withEdit}
      actions={
        <NewRecordLink
          kind={organisationLinks}
          // On "Regional samverkan" or "Nätverk i Bryssel" a new one starts as that kind.
          query={kind ? `kind=${kind}` : undefined}
        />
      }
      filters={({ search, setFilter }) => (
        <>
          <EnumFilter
            label={t('organisations.filterKind')}
            group="organisationKind"
            value={search.filters.kind}
            onChange={(value) => setFilter('kind', value)}
          />
          <EnumFilter
            label={t('organisations.filterRegion')}
            group="regionFocus"
            value={search.filters.region}
            onChange={(value) => setFilter('region', value)}
          />
          <BooleanFilter
            label={t('organisations.filterMember')}
            value={search.filters.member}
            onChange={(value) => setFilter('member', value)}
          />
        </>
      )}
    />
  );
}
