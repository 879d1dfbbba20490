import { paths } from '../../../paths';
import type { KindLinks } from '../kind';
import { labelsFor, type Node, pathsFor, writers } from './common';

/**
 * Each record kind's links (who may write it, its names, its form's addresses): what the lists'
 * "Nytt …" and "Redigera" links and the record pages need. The kinds' forms (workflow.ts,
 * registry.ts) spread these; a list imports them from here and so loads no input schema.
 */

// --- the workflow (follow-up) ---------------------------------------------------------------

export const projectLinks: KindLinks = {
  key: 'project',
  ...writers.unit,
  labels: labelsFor('project'),
  paths: pathsFor(paths.projects, paths.project),
};

export const planLinks: KindLinks = {
  key: 'operationalPlan',
  ...writers.unit,
  labels: labelsFor('operationalPlan'),
  paths: pathsFor(paths.plans),
};

export const meetingLinks: KindLinks = {
  key: 'meeting',
  ...writers.unit,
  labels: labelsFor('meeting'),
  paths: pathsFor(paths.meetings),
};

export const supportRequestLinks: KindLinks = {
  key: 'supportRequest',
  canCreate: writers.unit.canCreate,
  canWrite: (grant, record) =>
    writers.unit.canWrite(grant, { unit: (record.project as Node | undefined)?.ownerUnit }),
  labels: labelsFor('supportRequest'),
  paths: pathsFor(paths.projects, undefined, paths.supportRequests),
};

/** The unit a meeting report answers for: its meeting's (loaded report) or its own (list row). */
const meetingUnit = (record: Node) => (record.meeting as Node | undefined)?.unit ?? record.unit;

export const meetingReportLinks: KindLinks = {
  key: 'meetingReport',
  canCreate: writers.unit.canCreate,
  canWrite: (grant, record) => writers.unit.canWrite(grant, { unit: meetingUnit(record) }),
  labels: labelsFor('meetingReport'),
  paths: pathsFor(paths.meetings, undefined, paths.meetingReports),
};

export const secondmentLinks: KindLinks = {
  key: 'secondment',
  ...writers.unit,
  labels: labelsFor('secondment'),
  paths: pathsFor(paths.secondments),
};

export const assessmentLinks: KindLinks = {
  key: 'membershipAssessment',
  ...writers.analyst,
  labels: labelsFor('membershipAssessment'),
  paths: pathsFor(paths.assessments),
};

export const eventEditionLinks: KindLinks = {
  key: 'eventEdition',
  ...writers.admin,
  labels: labelsFor('eventEdition'),
  paths: pathsFor(paths.eventSeries, undefined, paths.eventEditions),
};

export const participationLinks: KindLinks = {
  key: 'participation',
  ...writers.unit,
  labels: labelsFor('participation'),
  paths: pathsFor(paths.participations),
};

export const legislationLinks: KindLinks = {
  key: 'legislationWatch',
  ...writers.admin,
  labels: labelsFor('legislationWatch'),
  paths: pathsFor(paths.legislation),
};

export const trainingLinks: KindLinks = {
  key: 'trainingSession',
  ...writers.admin,
  labels: labelsFor('trainingSession'),
  paths: pathsFor(paths.training),
};

// --- the registry (administrators) ---------------------------------------------------------

export const unitLinks: KindLinks = {
  key: 'unit',
  ...writers.admin,
  labels: labelsFor('unit'),
  paths: pathsFor(paths.units, paths.unit),
};

export const personLinks: KindLinks = {
  key: 'person',
  ...writers.admin,
  labels: labelsFor('person'),
  paths: pathsFor(paths.people, paths.person),
};

export const euNetworkContactLinks: KindLinks = {
  key: 'euNetworkContact',
  ...writers.admin,
  labels: labelsFor('euNetworkContact'),
  paths: pathsFor(paths.euNetwork, undefined),
};

export const organisationLinks: KindLinks = {
  key: 'organisation',
  ...writers.admin,
  labels: labelsFor('organisation'),
  paths: pathsFor(paths.organisations, paths.organisation),
};

export const membershipLinks: KindLinks = {
  key: 'membership',
  ...writers.admin,
  labels: labelsFor('membership'),
  paths: pathsFor(paths.memberships, undefined),
};

export const forumLinks: KindLinks = {
  key: 'forum',
  ...writers.admin,
  labels: labelsFor('forum'),
  paths: pathsFor(paths.forums, paths.forum),
};

export const seatLinks: KindLinks = {
  key: 'seat',
  ...writers.admin,
  labels: labelsFor('seat'),
  paths: pathsFor(paths.seats, undefined),
};

export const partnerCityLinks: KindLinks = {
  key: 'partnerCity',
  ...writers.admin,
  labels: labelsFor('partnerCity'),
  paths: pathsFor(paths.partnerCities, paths.partnerCity),
};

export const agreementLinks: KindLinks = {
  key: 'agreement',
  ...writers.admin,
  labels: labelsFor('agreement'),
  paths: pathsFor(paths.partnerCities, undefined, paths.agreements),
};

export const eventSeriesLinks: KindLinks = {
  key: 'eventSeries',
  ...writers.admin,
  labels: labelsFor('eventSeries'),
  paths: pathsFor(paths.eventSeries, undefined),
};
