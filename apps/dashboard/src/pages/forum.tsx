import { useParams } from 'react-router';
import { DetailScreen } from '../features/detail/DetailScreen';
import { useNodeQuery } from '../features/detail/use-node-query';
import { forumKind } from '../features/editing/kinds/registry';
import { EditRecordLink, useKindFields } from '../features/editing/ListActions';
import { ForumDetails } from '../features/forums/ForumDetails';
import { RecordHistory } from '../features/history/RecordHistory';
import { graphql } from '../gql';
import { useLocale } from '../i18n';
import { paths } from '../paths';

const forumPageQuery = graphql(`
  query ForumPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Forum {
        ...ForumDetails_Forum
      }
    }
  }
`);

export function ForumPage() {
  const historyFields = useKindFields(forumKind);
  const { t } = useLocale();
  const state = useNodeQuery(forumPageQuery, useParams().id ?? '', 'Forum');
  return (
    <DetailScreen
      actions={(forum) => <EditRecordLink kind={forumKind} record={forum} />}
      state={state}
      back={{ href: paths.forums, label: t('forums.title') }}
      eyebrow={t('forum.eyebrow')}
      title={(forum) => (forum.parent ? `${forum.parent.name} › ${forum.name}` : forum.name)}
    >
      {(forum) => (
        <>
          <ForumDetails forum={forum} />
          <RecordHistory id={forum.id} fields={historyFields} />
        </>
      )}
    </DetailScreen>
  );
}
