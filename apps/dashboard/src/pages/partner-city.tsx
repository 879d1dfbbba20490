import { useParams } from 'react-router';
import { DetailScreen } from '../features/detail/DetailScreen';
import { useNodeQuery } from '../features/detail/use-node-query';
import { partnerCityLinks } from '../features/editing/kinds/links';
import { EditRecordLink } from '../features/editing/ListActions';
import { RecordLifecycle } from '../features/history/RecordLifecycle';
import { PartnerCityDetails } from '../features/partner-cities/PartnerCityDetails';
import { graphql } from '../gql';
import { useLocale } from '../i18n';
import { paths } from '../paths';

const partnerCityPageQuery = graphql(`
  query PartnerCityPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on PartnerCity {
        ...PartnerCityDetails_PartnerCity
        version
        archivedAt
      }
    }
  }
`);

export function PartnerCityPage() {
  const { t } = useLocale();
  const state = useNodeQuery(partnerCityPageQuery, useParams().id ?? '', 'PartnerCity');
  return (
    <DetailScreen
      actions={(city) => <EditRecordLink kind={partnerCityLinks} record={city} />}
      state={state}
      back={{ href: paths.partnerCities, label: t('partnerCities.title') }}
      eyebrow={t('partnerCity.eyebrow')}
      title={(city) => city.name}
    >
      {(city) => (
        <>
          <PartnerCityDetails city={city} />
          <RecordLifecycle
            kind={partnerCityLinks}
            record={city}
            title={city.name}
            reload={state.refetch}
          />
        </>
      )}
    </DetailScreen>
  );
}
