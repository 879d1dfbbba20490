// Registers the follow-up strings this module uses, when its page's chunk loads.
import '../../i18n/follow-up';
import { TRAINING_TOPICS } from '@malmo/domain';
import { graphql } from '../../gql';
import type { TrainingListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { toGql } from '../../lib/enums';
import { DemoLegend } from '../demo/Demo';
import { trainingLinks } from '../editing/kinds/links';
import { NewRecordLink, useEditColumns } from '../editing/ListActions';
import { DateFilter, DemoFilter, MultiEnumFilter } from '../list/filters';
import { ListScreen } from '../list/ListScreen';
import { booleanParam, dateParam, defineListSearch, listParam } from '../list/search';
import { useTrainingTableColumns } from './TrainingTable';

const trainingListQuery = graphql(`
  query TrainingList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: TrainingSessionFilter
    $orderBy: TrainingSessionOrder
    $includeArchived: Boolean
  ) {
    trainingSessions(
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
          ...TrainingTable_TrainingSession
          archivedAt
        }
      }
    }
  }
`);

const spec = defineListSearch({
  sorts: ['HELD_ON', 'TITLE'],
  defaultSort: 'HELD_ON',
  defaultDirection: 'desc',
  filters: {
    topic: listParam(TRAINING_TOPICS),
    from: dateParam(),
    to: dateParam(),
    demo: booleanParam(),
  },
});

const select = (data: TrainingListQuery) => data.trainingSessions;

export function TrainingList() {
  const { t } = useLocale();
  const columns = useTrainingTableColumns();
  const withEdit = useEditColumns(columns, trainingLinks, (r) => r.title);
  return (
    <ListScreen
      archivable
      title={t('training.title')}
      description={t('training.description')}
      csvName={t('training.csv')}
      spec={spec}
      document={trainingListQuery}
      select={select}
      filter={({ filters }) => ({
        topics: filters.topic?.map(toGql) ?? null,
        heldFrom: filters.from ?? null,
        heldTo: filters.to ?? null,
        demo: filters.demo ?? null,
      })}
      columns={withEdit}
      actions={<NewRecordLink kind={trainingLinks} />}
      compact
      legend={<DemoLegend />}
      filters={({ search, setFilter }) => (
        <>
          <DateFilter
            label={t('training.from')}
            value={search.filters.from}
            onChange={(value) => setFilter('from', value)}
          />
          <DateFilter
            label={t('training.to')}
            value={search.filters.to}
            onChange={(value) => setFilter('to', value)}
          />
          <DemoFilter value={search.filters.demo} onChange={(value) => setFilter('demo', value)} />
          <MultiEnumFilter
            label={t('training.topic')}
            group="trainingTopic"
            value={search.filters.topic}
            onChange={(value) => setFilter('topic', value)}
          />
        </>
      )}
    />
  );
}
