import { useParams } from 'react-router';
import { DetailScreen } from '../features/detail/DetailScreen';
import { useNodeQuery } from '../features/detail/use-node-query';
import { partnerCityKind } from '../features/editing/kinds/registry';
import { EditRecordLink, useKindFields } from '../features/editing/ListActions';
import { RecordHistory } from '../features/history/RecordHistory';
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
      }
    }
  }
`);

export function PartnerCityPage() {
  const historyFields = useKindFields(partnerCityKind);
  const { t } = useLocale();
  const state = useNodeQuery(partnerCityPageQuery, useParams().id ?? '', 'PartnerCity');
  return (
    <DetailScreen
      actions={(city) => <EditRecordLink kind={partnerCityKind} record={city} />}
      state={state}
      back={{ href: paths.partnerCities, label: t('partnerCities.title') }}
      eyebrow={t('partnerCity.eyebrow')}
      title={(city) => city.name}
    >
      {(city) => (
        <>
          <PartnerCityDetails city={city} />
          <RecordHistory id={city.id} fields={historyFields} />
        </>
      )}
    </DetailScreen>
  );
}
