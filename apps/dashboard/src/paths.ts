/** Every address of the dashboard, in one place. */
const detail = (base: string) => (id: string) => `${base}/${encodeURIComponent(id)}`;

export const paths = {
  overview: '/',
  units: '/units',
  unit: detail('/units'),
  people: '/people',
  person: detail('/people'),
  euNetwork: '/eu-network',
  organisations: '/organisations',
  organisation: detail('/organisations'),
  regionalPartners: '/organisations?kind=regional_actor',
  brusselsNetworks: '/organisations?kind=brussels_network',
  memberships: '/memberships',
  forums: '/forums',
  forum: detail('/forums'),
  seats: '/seats',
  partnerCities: '/partner-cities',
  partnerCity: detail('/partner-cities'),
  projects: '/projects',
  eventSeries: '/event-series',
} as const;
