import { PartnerCitiesList } from '../features/partner-cities/PartnerCitiesList';

export function PartnerCitiesPage() {
  return <PartnerCitiesList />;
}
