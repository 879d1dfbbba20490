import { useParams } from 'react-router';
import { DetailScreen } from '../features/detail/DetailScreen';
import { useNodeQuery } from '../features/detail/use-node-query';
import { personLinks } from '../features/editing/kinds/links';
import { EditRecordLink } from '../features/editing/ListActions';
import { RecordLifecycle } from '../features/history/RecordLifecycle';
import { PersonDetails } from '../features/people/PersonDetails';
import { graphql } from '../gql';
import { useLocale } from '../i18n';
import { paths } from '../paths';

const personPageQuery = graphql(`
  query PersonPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Person {
        ...PersonDetails_Person
        version
        archivedAt
      }
    }
  }
`);

export function PersonPage() {
  const { t } = useLocale();
  const state = useNodeQuery(personPageQuery, useParams().id ?? '', 'Person');
  return (
    <DetailScreen
      actions={(person) => <EditRecordLink kind={personLinks} record={person} />}
      state={state}
      back={{ href: paths.people, label: t('people.title') }}
      eyebrow={t('person.eyebrow')}
      title={(person) => person.name}
    >
      {(person) => (
        <>
          <PersonDetails person={person} />
          <RecordLifecycle
            kind={personLinks}
            record={person}
            title={person.name}
            reload={state.refetch}
          />
        </>
      )}
    </DetailScreen>
  );
}
