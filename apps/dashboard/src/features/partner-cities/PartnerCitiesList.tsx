import { AGREEMENT_STATUSES, AGREEMENT_TYPES } from '@malmo/domain';
import { graphql } from '../../gql';
import type { PartnerCitiesListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { toGql } from '../../lib/enums';
import { agreementLinks, partnerCityLinks } from '../editing/kinds/links';
import { NewRecordLink, useEditColumns } from '../editing/ListActions';
import { EnumFilter } from '../list/filters';
import { ListScreen } from '../list/ListScreen';
import { defineListSearch, oneOfParam } from '../list/search';
import { usePartnerCitiesTableColumns } from './PartnerCitiesTable';

const partnerCitiesListQuery = graphql(`
  query PartnerCitiesList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: PartnerCityFilter
    $orderBy: PartnerCityOrder
    $includeArchived: Boolean
  ) {
    partnerCities(
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
          ...PartnerCitiesTable_PartnerCity
          archivedAt
        }
      }
    }
  }
`);

const spec = defineListSearch({
  sorts: ['NAME', 'COUNTRY'],
  defaultSort: 'NAME',
  filters: { status: oneOfParam(AGREEMENT_STATUSES), type: oneOfParam(AGREEMENT_TYPES) },
});

const select = (data: PartnerCitiesListQuery) => data.partnerCities;

export function PartnerCitiesList() {
  const { t } = useLocale();
  const columns = usePartnerCitiesTableColumns();
  const withEdit = useEditColumns(columns, partnerCityLinks, (r) => r.name);
  return (
    <ListScreen
      archivable
      exportForImport={() => ({ kind: 'partner-cities' })}
      title={t('partnerCities.title')}
      description={t('partnerCities.description')}
      searchHint={t('partnerCities.searchHint')}
      csvName={t('partnerCities.csv')}
      spec={spec}
      document={partnerCitiesListQuery}
      select={select}
      filter={(search) => ({
        agreementStatuses: search.filters.status ? [toGql(search.filters.status)] : null,
        agreementTypes: search.filters.type ? [toGql(search.filters.type)] : null,
      })}
      columns={withEdit}
      actions={
        <>
          <NewRecordLink kind={partnerCityLinks} />
          <NewRecordLink kind={agreementLinks} />
        </>
      }
      filters={({ search, setFilter }) => (
        <>
          <EnumFilter
            label={t('partnerCities.filterStatus')}
            group="agreementStatus"
            value={search.filters.status}
            onChange={(value) => setFilter('status', value)}
          />
          <EnumFilter
            label={t('partnerCities.filterType')}
            group="agreementType"
            value={search.filters.type}
            onChange={(value) => setFilter('type', value)}
          />
        </>
      )}
    />
  );
}
