import { graphql } from '../../gql';
import type {
  EventSeriesOrderField,
  EventSeriesTable_EventSeriesFragment,
} from '../../gql/graphql';
import { useLocale } from '../../i18n';
import type { ListColumn } from '../list/ListScreen';

export const EventSeriesTableFragment = graphql(`
  fragment EventSeriesTable_EventSeries on EventSeries {
    id
    name
    shortName
    place
  }
`);

type Row = EventSeriesTable_EventSeriesFragment;

export function useEventSeriesTableColumns(): ListColumn<Row, EventSeriesOrderField>[] {
  const { t } = useLocale();
  return [
    {
      id: 'name',
      header: t('eventSeries.name'),
      sortKey: 'NAME',
      cell: (series) => series.name,
      csv: (series) => series.name,
    },
    {
      id: 'shortName',
      header: t('eventSeries.shortName'),
      cell: (series) => series.shortName,
      csv: (series) => series.shortName,
    },
    {
      id: 'place',
      header: t('eventSeries.place'),
      sortKey: 'PLACE',
      cell: (series) => series.place ?? '–',
      csv: (series) => series.place,
    },
  ];
}
