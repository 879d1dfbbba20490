// Registers the follow-up strings this module uses, when its page's chunk loads.
import '../../i18n/follow-up';
import { graphql } from '../../gql';
import type { ParticipationsListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { DemoLegend } from '../demo/Demo';
import { participationLinks } from '../editing/kinds/links';
import { NewRecordLink, useEditColumns } from '../editing/ListActions';
import {
  ScopeFilters,
  tagFilter,
  tagParams,
  withinParams,
  withinUnitId,
} from '../engagement/list-scope';
import { DemoFilter, OptionFilter, YearFilter } from '../list/filters';
import { ListScreen } from '../list/ListScreen';
import { useEventSeriesOptions, useUnitOptions } from '../list/options';
import { booleanParam, defineListSearch, idParam, yearParam } from '../list/search';
import { useParticipationsTableColumns } from './ParticipationsTable';

const participationsListQuery = graphql(`
  query ParticipationsList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: ParticipationFilter
    $orderBy: ParticipationOrder
    $includeArchived: Boolean
  ) {
    participations(
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
          ...ParticipationsTable_Participation
          archivedAt
        }
      }
    }
  }
`);

const spec = defineListSearch({
  sorts: ['YEAR', 'UNIT', 'DELEGATES', 'COST', 'CONTACTS'],
  defaultSort: 'YEAR',
  defaultDirection: 'desc',
  filters: {
    series: idParam(),
    unit: idParam(),
    from: yearParam(),
    to: yearParam(),
    demo: booleanParam(),
    ...withinParams,
    ...tagParams,
  },
});

const select = (data: ParticipationsListQuery) => data.participations;

export function ParticipationsList() {
  const { t } = useLocale();
  const columns = useParticipationsTableColumns();
  const withEdit = useEditColumns(
    columns,
    participationLinks,
    (r) => `${r.unit.name}, ${r.edition.series.name} ${r.edition.year}`,
  );
  const series = useEventSeriesOptions();
  const units = useUnitOptions();
  return (
    <ListScreen
      archivable
      title={t('participations.title')}
      description={t('participations.description')}
      csvName={t('participations.csv')}
      spec={spec}
      document={participationsListQuery}
      select={select}
      filter={({ filters }) => ({
        seriesId: filters.series ?? null,
        unitId: filters.unit ?? null,
        yearFrom: filters.from ?? null,
        yearTo: filters.to ?? null,
        demo: filters.demo ?? null,
        withinUnitId: withinUnitId(filters.within),
        tags: tagFilter(filters),
      })}
      columns={withEdit}
      actions={<NewRecordLink kind={participationLinks} />}
      compact
      legend={<DemoLegend />}
      filters={({ search, setFilter }) => (
        <>
          <OptionFilter
            label={t('participations.series')}
            options={series}
            value={search.filters.series}
            onChange={(value) => setFilter('series', value)}
          />
          <OptionFilter
            label={t('participations.unit')}
            options={units}
            value={search.filters.unit}
            onChange={(value) => setFilter('unit', value)}
          />
          <YearFilter
            label={t('participations.yearFrom')}
            value={search.filters.from}
            onChange={(value) => setFilter('from', value)}
          />
          <YearFilter
            label={t('participations.yearTo')}
            value={search.filters.to}
            onChange={(value) => setFilter('to', value)}
          />
          <DemoFilter value={search.filters.demo} onChange={(value) => setFilter('demo', value)} />
          <ScopeFilters filters={search.filters} setFilter={setFilter} />
        </>
      )}
    />
  );
}
