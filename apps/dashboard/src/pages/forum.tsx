import { useParams } from 'react-router';
import { DetailScreen } from '../features/detail/DetailScreen';
import { useNodeQuery } from '../features/detail/use-node-query';
import { forumLinks } from '../features/editing/kinds/links';
import { EditRecordLink } from '../features/editing/ListActions';
import { ForumDetails } from '../features/forums/ForumDetails';
import { RecordLifecycle } from '../features/history/RecordLifecycle';
import { graphql } from '../gql';
import { useLocale } from '../i18n';
import { paths } from '../paths';

const forumPageQuery = graphql(`
  query ForumPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Forum {
        ...ForumDetails_Forum
        version
        archivedAt
      }
    }
  }
`);

export function ForumPage() {
  const { t } = useLocale();
  const state = useNodeQuery(forumPageQuery, useParams().id ?? '', 'Forum');
  return (
    <DetailScreen
      actions={(forum) => <EditRecordLink kind={forumLinks} record={forum} />}
      state={state}
      back={{ href: paths.forums, label: t('forums.title') }}
      eyebrow={t('forum.eyebrow')}
      title={(forum) => (forum.parent ? `${forum.parent.name} › ${forum.name}` : forum.name)}
    >
      {(forum) => (
        <>
          <ForumDetails forum={forum} />
          <RecordLifecycle
            kind={forumLinks}
            record={forum}
            title={forum.name}
            reload={state.refetch}
          />
        </>
      )}
    </DetailScreen>
  );
}
