/** The day the dashboards read the data on, from `ledgerSettings` (the demo's day when present). */
export interface DataDay {
  /** `YYYY-MM-DD` */
  day: string;
  year: number;
}

export type OperationKind = 'dashboard' | 'list';

/** One request the dashboard sends, as it sends it. */
export interface Operation {
  /** Short name, used by `--only` and in the output. */
  id: string;
  kind: OperationKind;
  /** The dashboard's operation (its codegen output) that is sent. */
  operationName: string;
  /** Whether the API answers it from the obligations ledger (computed from the records). */
  ledger: boolean;
  variables(at: DataDay): Record<string, unknown>;
}

/** Every listed filter field as null: what a list page sends with no filter chosen. */
function none(...fields: string[]): Record<string, null> {
  return Object.fromEntries(fields.map((field) => [field, null]));
}

/** The first page of a list, at the dashboard's page size (features/list/connection.ts). */
const FIRST_PAGE = { first: 25 };
/** The search page's number of results (features/search/SearchResults.tsx). */
const SEARCH_RESULTS = 50;
/** A search a reader would type: it finds units, organisations, projects and forums alike. */
export const SEARCH_TEXT = 'malmö';

/**
 * The six dashboards (with the variables `pnpm --filter @malmo/api dashboard-timings` uses) and
 * the main lists' first pages with no filter chosen, default order (as ListScreen sends them).
 */
export const OPERATIONS: readonly Operation[] = [
  {
    id: 'overview',
    kind: 'dashboard',
    operationName: 'SteeringOverview',
    ledger: true,
    variables: ({ year }) => ({ year }),
  },
  {
    id: 'engagement',
    kind: 'dashboard',
    operationName: 'EngagementDashboard',
    ledger: false,
    variables: () => ({}),
  },
  {
    id: 'membership-value',
    kind: 'dashboard',
    operationName: 'MembershipValueDashboard',
    ledger: false,
    variables: ({ year }) => ({ year }),
  },
  {
    id: 'profiling',
    kind: 'dashboard',
    operationName: 'ProfilingDashboard',
    ledger: false,
    variables: () => ({}),
  },
  {
    id: 'evaluation',
    kind: 'dashboard',
    operationName: 'StrategyEvaluation',
    ledger: true,
    variables: ({ year }) => ({ to: year }),
  },
  {
    id: 'partner-finder',
    kind: 'dashboard',
    operationName: 'PartnerFinder',
    ledger: false,
    variables: () => ({ need: { themes: ['CULTURE', 'EDUCATION'] } }),
  },
  {
    id: 'projects',
    kind: 'list',
    operationName: 'ProjectsList',
    ledger: false,
    variables: () => ({
      filter: {
        search: null,
        ...none('states', 'ownerUnitId', 'analysisComplete', 'demo', 'withinUnitId', 'unitless'),
        ...none('activeFrom', 'activeTo', 'tags'),
      },
      orderBy: { field: 'TITLE', direction: 'ASC' },
      includeArchived: false,
      ...FIRST_PAGE,
    }),
  },
  {
    id: 'memberships',
    kind: 'list',
    operationName: 'MembershipsList',
    ledger: false,
    variables: () => ({
      filter: {
        search: null,
        ...none('sinceFrom', 'sinceTo', 'withinUnitId', 'unitless', 'activeFrom', 'activeTo'),
        tags: null,
      },
      orderBy: { field: 'SINCE', direction: 'ASC' },
      includeArchived: false,
      ...FIRST_PAGE,
    }),
  },
  {
    // The partner cities and their agreements: the dashboard's agreements list.
    id: 'agreements',
    kind: 'list',
    operationName: 'PartnerCitiesList',
    ledger: false,
    variables: () => ({
      filter: { search: null, agreementStatuses: null, agreementTypes: null },
      orderBy: { field: 'NAME', direction: 'ASC' },
      includeArchived: false,
      ...FIRST_PAGE,
    }),
  },
  {
    id: 'meetings',
    kind: 'list',
    operationName: 'MeetingsList',
    ledger: false,
    variables: () => ({
      filter: {
        ...none('unitId', 'forumId', 'organisationId', 'partnerCityId', 'reported'),
        ...none('dateFrom', 'dateTo', 'demo', 'withinUnitId'),
      },
      orderBy: { field: 'DATE', direction: 'DESC' },
      includeArchived: false,
      ...FIRST_PAGE,
    }),
  },
  {
    id: 'obligations',
    kind: 'list',
    operationName: 'ObligationsList',
    ledger: true,
    variables: ({ day }) => ({
      asOf: day,
      filter: none('unitIds', 'kinds', 'states', 'dueFrom', 'dueTo'),
      ...FIRST_PAGE,
    }),
  },
  {
    id: 'search',
    kind: 'list',
    operationName: 'SiteSearch',
    ledger: false,
    variables: () => ({ text: SEARCH_TEXT, first: SEARCH_RESULTS }),
  },
];

/** The operations `--only` names (all when none are named); an unknown name is an error. */
export function selectOperations(only: readonly string[]): Operation[] {
  const unknown = only.filter((id) => !OPERATIONS.some((operation) => operation.id === id));
  if (unknown.length) {
    throw new Error(
      `--only: no operation ${unknown.join(', ')}; known: ${OPERATIONS.map((o) => o.id).join(', ')}`,
    );
  }
  return only.length
    ? OPERATIONS.filter((operation) => only.includes(operation.id))
    : [...OPERATIONS];
}
