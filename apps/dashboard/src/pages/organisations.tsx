import { OrganisationsList } from '../features/organisations/OrganisationsList';

export function OrganisationsPage() {
  return <OrganisationsList />;
}
