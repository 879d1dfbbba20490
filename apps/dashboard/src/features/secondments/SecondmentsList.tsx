// Registers the follow-up strings this module uses, when its page's chunk loads.
import '../../i18n/follow-up';
import { SECONDMENT_PURPOSES } from '@malmo/domain';
import { graphql } from '../../gql';
import type { SecondmentsListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { toGql } from '../../lib/enums';
import { DemoLegend } from '../demo/Demo';
import { secondmentLinks } from '../editing/kinds/links';
import { NewRecordLink, useEditColumns } from '../editing/ListActions';
import { BooleanFilter, DemoFilter, MultiEnumFilter, OptionFilter } from '../list/filters';
import { ListScreen } from '../list/ListScreen';
import { useUnitOptions } from '../list/options';
import { booleanParam, defineListSearch, idParam, listParam } from '../list/search';
import { useSecondmentsTableColumns } from './SecondmentsTable';

const secondmentsListQuery = graphql(`
  query SecondmentsList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: SecondmentFilter
    $orderBy: SecondmentOrder
    $includeArchived: Boolean
  ) {
    secondments(
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
          ...SecondmentsTable_Secondment
          archivedAt
        }
      }
    }
  }
`);

const spec = defineListSearch({
  sorts: ['START', 'END', 'UNIT'],
  defaultSort: 'START',
  defaultDirection: 'desc',
  filters: {
    unit: idParam(),
    purpose: listParam(SECONDMENT_PURPOSES),
    external: booleanParam(),
    reported: booleanParam(),
    demo: booleanParam(),
  },
});

const select = (data: SecondmentsListQuery) => data.secondments;

export function SecondmentsList() {
  const { t } = useLocale();
  const columns = useSecondmentsTableColumns();
  const withEdit = useEditColumns(
    columns,
    secondmentLinks,
    (r) => `${r.person?.name ?? r.externalOrganisation ?? ''} ${r.startOn}`,
  );
  const units = useUnitOptions();
  return (
    <ListScreen
      archivable
      title={t('secondments.title')}
      description={t('secondments.description')}
      csvName={t('secondments.csv')}
      spec={spec}
      document={secondmentsListQuery}
      select={select}
      filter={({ filters }) => ({
        unitId: filters.unit ?? null,
        purposes: filters.purpose?.map(toGql) ?? null,
        external: filters.external ?? null,
        reported: filters.reported ?? null,
        demo: filters.demo ?? null,
      })}
      columns={withEdit}
      actions={<NewRecordLink kind={secondmentLinks} />}
      compact
      legend={<DemoLegend />}
      filters={({ search, setFilter }) => (
        <>
          <OptionFilter
            label={t('secondments.unit')}
            options={units}
            value={search.filters.unit}
            onChange={(value) => setFilter('unit', value)}
          />
          <BooleanFilter
            label={t('secondments.external')}
            value={search.filters.external}
            onChange={(value) => setFilter('external', value)}
          />
          <BooleanFilter
            label={t('secondments.reported')}
            value={search.filters.reported}
            onChange={(value) => setFilter('reported', value)}
          />
          <DemoFilter value={search.filters.demo} onChange={(value) => setFilter('demo', value)} />
          <MultiEnumFilter
            label={t('secondments.purpose')}
            group="secondmentPurpose"
            value={search.filters.purpose}
            onChange={(value) => setFilter('purpose', value)}
          />
        </>
      )}
    />
  );
}
