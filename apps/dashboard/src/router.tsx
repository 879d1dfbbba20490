import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireFollowUp, SignedInLayout } from './features/auth/guards';
import { LoadingShell } from './features/shell/LoadingShell';
import { RouteError } from './features/shell/RouteError';
import { SignInPage } from './pages/sign-in';
import { paths } from './paths';

/**
 * Routes. Every page is its own chunk, loaded when first visited. List pages keep their view
 * (search, filters, sort, page) in the URL; each parses and validates it with a
 * `defineListSearch` spec (features/list/search.ts), dropping anything invalid.
 *
 * Sign-in is the one page for anybody, and comes with the first chunk; every other page needs a
 * signed-in account, and the follow-up pages a role that reads them (features/auth).
 */
function page(load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: await load() }) };
}

/** The form pages of a record kind under `base`: `<base>/new` and `<base>/:id/edit`. */
function editRoutes(base: string, kind: string): RouteObject[] {
  const load = async () => (await import('./pages/edit-record')).editRecordPage(kind);
  const at = base.slice(1);
  return [
    { path: `${at}/new`, ...page(load) },
    { path: `${at}/:id/edit`, ...page(load) },
  ];
}

export const routes: RouteObject[] = [
  { path: 'sign-in', element: <SignInPage /> },
  {
    element: <SignedInLayout />,
    // Shown while the first page's code loads; the shell itself needs the router.
    hydrateFallbackElement: <LoadingShell />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, ...page(async () => (await import('./pages/overview')).OverviewPage) },
          { path: 'units', ...page(async () => (await import('./pages/units')).UnitsPage) },
          { path: 'units/:id', ...page(async () => (await import('./pages/unit')).UnitPage) },
          { path: 'people', ...page(async () => (await import('./pages/people')).PeoplePage) },
          { path: 'people/:id', ...page(async () => (await import('./pages/person')).PersonPage) },
          {
            path: 'eu-network',
            ...page(async () => (await import('./pages/eu-network')).EuNetworkPage),
          },
          {
            path: 'organisations',
            ...page(async () => (await import('./pages/organisations')).OrganisationsPage),
          },
          {
            path: 'organisations/:id',
            ...page(async () => (await import('./pages/organisation')).OrganisationPage),
          },
          {
            path: 'memberships',
            ...page(async () => (await import('./pages/memberships')).MembershipsPage),
          },
          { path: 'forums', ...page(async () => (await import('./pages/forums')).ForumsPage) },
          { path: 'forums/:id', ...page(async () => (await import('./pages/forum')).ForumPage) },
          { path: 'seats', ...page(async () => (await import('./pages/seats')).SeatsPage) },
          {
            path: 'partner-cities',
            ...page(async () => (await import('./pages/partner-cities')).PartnerCitiesPage),
          },
          {
            path: 'partner-cities/:id',
            ...page(async () => (await import('./pages/partner-city')).PartnerCityPage),
          },
          {
            path: 'projects',
            ...page(async () => (await import('./pages/projects')).ProjectsPage),
          },
          {
            path: 'projects/:id',
            ...page(async () => (await import('./pages/project')).ProjectPage),
          },
          {
            path: 'event-series',
            ...page(async () => (await import('./pages/event-series')).EventSeriesPage),
          },
          { path: 'search', ...page(async () => (await import('./pages/search')).SearchPage) },
          { path: 'import', ...page(async () => (await import('./pages/import')).ImportPage) },
          ...editRoutes(paths.projects, 'project'),
          ...editRoutes(paths.units, 'unit'),
          ...editRoutes(paths.people, 'person'),
          ...editRoutes(paths.euNetwork, 'euNetworkContact'),
          ...editRoutes(paths.organisations, 'organisation'),
          ...editRoutes(paths.memberships, 'membership'),
          ...editRoutes(paths.forums, 'forum'),
          ...editRoutes(paths.seats, 'seat'),
          ...editRoutes(paths.partnerCities, 'partnerCity'),
          ...editRoutes(paths.agreements, 'agreement'),
          ...editRoutes(paths.eventSeries, 'eventSeries'),
          {
            path: paths.changeLog.slice(1),
            ...page(async () => (await import('./pages/change-log')).ChangeLogPage),
          },
          ...editRoutes(paths.eventEditions, 'eventEdition'),
          {
            // Not for readers: they get "Du har inte behörighet" instead.
            element: <RequireFollowUp />,
            children: [
              {
                path: 'obligations',
                ...page(async () => (await import('./pages/obligations')).ObligationsPage),
              },
              {
                path: 'operational-plans',
                ...page(async () => (await import('./pages/plans')).PlansPage),
              },
              {
                path: 'meetings',
                ...page(async () => (await import('./pages/meetings')).MeetingsPage),
              },
              {
                path: 'secondments',
                ...page(async () => (await import('./pages/secondments')).SecondmentsPage),
              },
              {
                path: 'membership-assessments',
                ...page(async () => (await import('./pages/assessments')).AssessmentsPage),
              },
              {
                path: 'event-participations',
                ...page(async () => (await import('./pages/participations')).ParticipationsPage),
              },
              {
                path: 'legislation-watch',
                ...page(async () => (await import('./pages/legislation')).LegislationPage),
              },
              {
                path: 'training-sessions',
                ...page(async () => (await import('./pages/training')).TrainingPage),
              },
              {
                path: paths.engagement.slice(1),
                ...page(async () => (await import('./pages/engagement')).EngagementPage),
              },
              {
                path: paths.membershipValue.slice(1),
                ...page(async () => (await import('./pages/membership-value')).MembershipValuePage),
              },
              {
                path: paths.profiling.slice(1),
                ...page(async () => (await import('./pages/profiling')).ProfilingPage),
              },
              {
                path: paths.evaluation.slice(1),
                ...page(async () => (await import('./pages/evaluation')).EvaluationPage),
              },
              {
                path: paths.partnerFinder.slice(1),
                ...page(async () => (await import('./pages/partner-finder')).PartnerFinderPage),
              },
              ...editRoutes(paths.plans, 'operationalPlan'),
              ...editRoutes(paths.meetings, 'meeting'),
              ...editRoutes(paths.meetingReports, 'meetingReport'),
              // Made here, moved on by Stadskontoret: a form for new requests only.
              ...editRoutes(paths.supportRequests, 'supportRequest').slice(0, 1),
              ...editRoutes(paths.secondments, 'secondment'),
              ...editRoutes(paths.assessments, 'membershipAssessment'),
              ...editRoutes(paths.participations, 'participation'),
              ...editRoutes(paths.legislation, 'legislationWatch'),
              ...editRoutes(paths.training, 'trainingSession'),
            ],
          },
          { path: '*', ...page(async () => (await import('./pages/not-found')).NotFoundPage) },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
