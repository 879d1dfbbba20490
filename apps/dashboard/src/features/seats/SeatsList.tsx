import { graphql } from '../../gql';
import type { SeatsListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { seatLinks } from '../editing/kinds/links';
import { NewRecordLink, useEditColumns } from '../editing/ListActions';
import {
  ScopeFilters,
  tagFilter,
  tagParams,
  withinOrUnitless,
  withinParams,
} from '../engagement/list-scope';
import { ListScreen } from '../list/ListScreen';
import { defineListSearch, yearParam } from '../list/search';
import { useSeatsTableColumns } from './SeatsTable';

const seatsListQuery = graphql(`
  query SeatsList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: SeatFilter
    $orderBy: SeatOrder
    $includeArchived: Boolean
  ) {
    seats(
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
          ...SeatsTable_Seat
          archivedAt
        }
      }
    }
  }
`);

const spec = defineListSearch({
  sorts: ['FORUM', 'UNIT', 'PERSON'],
  defaultSort: 'FORUM',
  filters: { ...withinParams, from: yearParam(), to: yearParam(), ...tagParams },
});

const select = (data: SeatsListQuery) => data.seats;

export function SeatsList() {
  const { t } = useLocale();
  const columns = useSeatsTableColumns(['forum', 'organisation', 'unit', 'person', 'project']);
  const withEdit = useEditColumns(columns, seatLinks, (r) => r.forum.name);
  return (
    <ListScreen
      archivable
      exportForImport={() => ({ kind: 'seats' })}
      title={t('seats.title')}
      description={t('seats.description')}
      searchHint={t('seats.searchHint')}
      csvName={t('seats.csv')}
      spec={spec}
      document={seatsListQuery}
      select={select}
      filter={({ filters }) => ({
        ...withinOrUnitless(filters.within),
        activeFrom: filters.from ?? null,
        activeTo: filters.to ?? null,
        tags: tagFilter(filters),
      })}
      columns={withEdit}
      actions={<NewRecordLink kind={seatLinks} />}
      filters={({ search, setFilter }) => (
        <>
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
