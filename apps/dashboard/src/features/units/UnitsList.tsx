import { UNIT_KINDS } from '@malmo/domain';
import { graphql } from '../../gql';
import type { UnitsListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { toGql } from '../../lib/enums';
import { unitLinks } from '../editing/kinds/links';
import { NewRecordLink, useEditColumns } from '../editing/ListActions';
import { EnumFilter } from '../list/filters';
import { ListScreen } from '../list/ListScreen';
import { defineListSearch, oneOfParam } from '../list/search';
import { useUnitsTableColumns } from './UnitsTable';

const unitsListQuery = graphql(`
  query UnitsList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: UnitFilter
    $orderBy: UnitOrder
    $includeArchived: Boolean
  ) {
    units(
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
          ...UnitsTable_Unit
          archivedAt
        }
      }
    }
  }
`);

const spec = defineListSearch({
  sorts: ['NAME', 'KIND'],
  defaultSort: 'NAME',
  filters: { kind: oneOfParam(UNIT_KINDS) },
});

const select = (data: UnitsListQuery) => data.units;

export function UnitsList() {
  const { t } = useLocale();
  const columns = useUnitsTableColumns();
  const withEdit = useEditColumns(columns, unitLinks, (r) => r.name);
  return (
    <ListScreen
      archivable
      exportForImport={() => ({ kind: 'units' })}
      title={t('units.title')}
      description={t('units.description')}
      searchHint={t('units.searchHint')}
      csvName={t('units.csv')}
      spec={spec}
      document={unitsListQuery}
      select={select}
      filter={(search) => ({
        kinds: search.filters.kind ? [toGql(search.filters.kind)] : null,
      })}
      columns={withEdit}
      actions={<NewRecordLink kind={unitLinks} />}
      filters={({ search, setFilter }) => (
        <EnumFilter
          label={t('units.filterKind')}
          group="unitKind"
          value={search.filters.kind}
          onChange={(kind) => setFilter('kind', kind)}
        />
      )}
    />
  );
}
