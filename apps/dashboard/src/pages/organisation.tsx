import { useParams } from 'react-router';
import { DetailScreen } from '../features/detail/DetailScreen';
import { useNodeQuery } from '../features/detail/use-node-query';
import { organisationLinks } from '../features/editing/kinds/links';
import { EditRecordLink } from '../features/editing/ListActions';
import { RecordLifecycle } from '../features/history/RecordLifecycle';
import { OrganisationDetails } from '../features/organisations/OrganisationDetails';
import { graphql } from '../gql';
import { useLocale } from '../i18n';
import { paths } from '../paths';

const organisationPageQuery = graphql(`
  query OrganisationPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Organisation {
        ...OrganisationDetails_Organisation
        version
        archivedAt
      }
    }
  }
`);

export function OrganisationPage() {
  const { t } = useLocale();
  const state = useNodeQuery(organisationPageQuery, useParams().id ?? '', 'Organisation');
  return (
    <DetailScreen
      actions={(org) => <EditRecordLink kind={organisationLinks} record={org} />}
      state={state}
      back={{ href: paths.organisations, label: t('organisations.title') }}
      eyebrow={t('organisation.eyebrow')}
      title={(org) => (org.abbreviation ? `${org.name} (${org.abbreviation})` : org.name)}
    >
      {(org) => (
        <>
          <OrganisationDetails organisation={org} />
          <RecordLifecycle
            kind={organisationLinks}
            record={org}
            title={org.name}
            reload={state.refetch}
          />
        </>
      )}
    </DetailScreen>
  );
}
