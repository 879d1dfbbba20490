import { graphql } from '../../gql';
import type { EventSeriesListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { eventEditionLinks, eventSeriesLinks } from '../editing/kinds/links';
import { NewRecordLink, useEditColumns } from '../editing/ListActions';
import { ListScreen } from '../list/ListScreen';
import { defineListSearch } from '../list/search';
import { useEventSeriesTableColumns } from './EventSeriesTable';

const eventSeriesListQuery = graphql(`
  query EventSeriesList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: EventSeriesFilter
    $orderBy: EventSeriesOrder
    $includeArchived: Boolean
  ) {
    eventSeries(
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
          ...EventSeriesTable_EventSeries
          archivedAt
        }
      }
    }
  }
`);

const spec = defineListSearch({ sorts: ['NAME', 'PLACE'], defaultSort: 'NAME', filters: {} });

const select = (data: EventSeriesListQuery) => data.eventSeries;

export function EventSeriesList() {
  const { t } = useLocale();
  const columns = useEventSeriesTableColumns();
  const withEdit = useEditColumns(columns, eventSeriesLinks, (r) => r.name);
  return (
    <ListScreen
      archivable
      exportForImport={() => ({ kind: 'event-series' })}
      title={t('eventSeries.title')}
      description={t('eventSeries.description')}
      searchHint={t('eventSeries.searchHint')}
      csvName={t('eventSeries.csv')}
      spec={spec}
      document={eventSeriesListQuery}
      select={select}
      columns={withEdit}
      actions={
        <>
          <NewRecordLink kind={eventSeriesLinks} />
          <NewRecordLink kind={eventEditionLinks} />
        </>
      }
    />
  );
}
