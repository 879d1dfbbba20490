/** Every address of the dashboard, in one place. */
const detail = (base: string) => (id: string) => `${base}/${encodeURIComponent(id)}`;

export const paths = {
  signIn: '/sign-in',
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
  project: detail('/projects'),
  eventSeries: '/event-series',
  obligations: '/obligations',
  plans: '/operational-plans',
  meetings: '/meetings',
  secondments: '/secondments',
  assessments: '/membership-assessments',
  participations: '/event-participations',
  legislation: '/legislation-watch',
  training: '/training-sessions',
  /** Every result of a search: `/search?q=…`. */
  search: '/search',
  /** CSV import (administrators). */
  importData: '/import',
  /** Event editions have no list of their own (they show under their series); only forms. */
  eventEditions: '/event-editions',
  /** Agreements show under their partner city; only their forms have addresses. */
  agreements: '/agreements',
  /** Reports show under their meetings; only their forms have addresses. */
  meetingReports: '/meeting-reports',
  /** A project's request for support is made here; it shows on the project's page. */
  supportRequests: '/support-requests',
  /** The form for a new record of a list: `/projects/new`. */
  newRecord: (list: string) => `${list}/new`,
  /** The form for one record: `/projects/<id>/edit`. */
  editRecord: (list: string, id: string) => `${list}/${encodeURIComponent(id)}/edit`,
  changeLog: '/change-log',
  /** Dashboards: their filters live in the query string. */
  engagement: '/engagement',
  membershipValue: '/membership-value',
  profiling: '/profiling-events',
  evaluation: '/strategy-evaluation',
  partnerFinder: '/partner-finder',
} as const;
