import { useParams } from 'react-router';
import { DetailScreen } from '../features/detail/DetailScreen';
import { useNodeQuery } from '../features/detail/use-node-query';
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
      }
    }
  }
`);

export function OrganisationPage() {
  const { t } = useLocale();
  const state = useNodeQuery(organisationPageQuery, useParams().id ?? '', 'Organisation');
  return (
    <DetailScreen
      state={state}
      back={{ href: paths.organisations, label: t('organisations.title') }}
      eyebrow={t('organisation.eyebrow')}
      title={(org) => (org.abbreviation ? `${org.name} (${org.abbreviation})` : org.name)}
    >
      {(org) => <OrganisationDetails organisation={org} />}
    </DetailScreen>
  );
}
