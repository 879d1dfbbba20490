// Registers the follow-up strings this module uses, when its page's chunk loads.
import '../../i18n/follow-up';
import { label } from '@malmo/domain';
import { graphql } from '../../gql';
import type {
  TrainingSessionOrderField,
  TrainingTable_TrainingSessionFragment,
} from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { fromGql } from '../../lib/enums';
import { WithDemo } from '../demo/Demo';
import { csvOnly, type ListColumn } from '../list/ListScreen';

export const TrainingTableFragment = graphql(`
  fragment TrainingTable_TrainingSession on TrainingSession {
    id
    heldOn
    title
    topic
    place
    demo
    participants {
      id
      name
    }
  }
`);

type Row = TrainingTable_TrainingSessionFragment;

export function useTrainingTableColumns(): ListColumn<Row, TrainingSessionOrderField>[] {
  const { t, locale } = useLocale();
  const topic = (s: Row) => label(locale, 'trainingTopic', fromGql(s.topic));
  return [
    {
      id: 'title',
      header: t('training.name'),
      sortKey: 'TITLE',
      cell: (s) => <WithDemo demo={s.demo}>{s.title}</WithDemo>,
      csv: (s) => s.title,
    },
    {
      id: 'heldOn',
      header: t('training.heldOn'),
      sortKey: 'HELD_ON',
      cell: (s) => (
        <time dateTime={s.heldOn} className="nowrap">
          {s.heldOn}
        </time>
      ),
      csv: (s) => s.heldOn,
    },
    { id: 'topic', header: t('training.topic'), cell: topic, csv: topic },
    {
      id: 'place',
      header: t('training.place'),
      cell: (s) => s.place ?? '–',
      csv: (s) => s.place,
    },
    {
      id: 'participants',
      header: t('training.participants'),
      numeric: true,
      cell: (s) => s.participants.length,
      csv: (s) => s.participants.length,
    },
    csvOnly('names', t('training.participants'), (s) =>
      s.participants.map((p) => p.name).join('; '),
    ),
    csvOnly('demo', t('demo.filter'), (s) => (s.demo ? t('common.yes') : t('common.no'))),
  ];
}
