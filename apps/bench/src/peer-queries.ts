// The peer's equivalent of each operation: the question PostGraphile v5 (Amber preset with
// @graphile/pg-aggregates) is asked in place of ours, over the same PostgreSQL schema.
//
// What the peer can and cannot say, once for all:
// - Lists: the same connection (first page of 25, the same order, totalCount, the same columns and
//   relations). PostGraphile offers conditions and orders only on indexed columns, so "not
//   archived" cannot be asked; the benchmark data has no archived rows, so the rows are the same.
// - Aggregates: pg-aggregates' `aggregates` / `groupedAggregates` over the same tables, grouped by
//   what the dashboard groups by where PostGraphile can group by it (a column); where ours groups
//   by something derived (a unit's top-level unit, an orientation out of an array, a year out of a
//   date), the peer is asked for the finer groups the derived ones are summed from.
// - The obligations ledger (overview, evaluation, obligations list): PostGraphile cannot compute
//   the duties (rules R1–R13 run in application code), so it is asked for the facts the ledger is
//   computed from: units, plans, meetings and their reports, secondments, projects, agreements,
//   memberships and their assessments, seats and their people, partner cities' activity, waivers.
// - The registry search has no peer: PostGraphile (Amber) has no full-text search over several
//   tables without a database function of our own, which would no longer be the same schema.
import type { DataDay } from './operations';

export interface PeerQuery {
  query: string;
  variables(at: DataDay): Record<string, unknown>;
  /** What the peer is asked, in a few words (shown in the output). */
  asked: string;
}

/** The facts the obligations ledger is computed from (apps/api/src/services/ledger.ts). */
const LEDGER_FACTS = `
  units: allUnits { nodes { rowId active parentId kind key } }
  plans: allOperationalPlans { nodes { unitId year adoptedOn archivedAt } }
  meetings: allMeetings { nodes { rowId unitId partnerCityId date archivedAt meetingReportByMeetingId { submittedOn } } }
  secondments: allSecondments { nodes { rowId unitId startOn endOn reportSubmittedOn archivedAt } }
  projects: allProjects { nodes { rowId ownerUnitId state analysisCompletedOn applicationDeadline startOn submittedOn archivedAt } }
  agreements: allAgreements { nodes { rowId partnerCityId status signedYear validUntil archivedAt } }
  memberships: allMemberships { nodes { rowId ownerUnitId since endedYear archivedAt
    membershipAssessmentsByMembershipId(orderBy: ASSESSED_ON_ASC) { nodes { assessedOn archivedAt } } } }
  seats: allSeats { nodes { rowId unitId fromYear toYear projectId personId archivedAt personByPersonId { unitId active leftOn } } }
  projectPartners: allProjectPartners { nodes { partnerCityId projectByProjectId { startOn applicationDeadline archivedAt } } }
  waivers: allObligationWaivers { nodes { obligationKey reason waivedOn waivedBy revokedOn } }`;

/**
 * A list page: the first 25 of the connection `field` in the list's order, with totalCount, the
 * page info and the columns `node` names, as the dashboard's list asks ours.
 */
function listPage(field: string, orderBy: string, node: string): PeerQuery {
  return {
    asked: 'the same connection page',
    variables: () => ({ first: 25 }),
    query: `query PeerList($first: Int) {
      ${field}(first: $first, orderBy: [${orderBy}]) { totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { node { ${node} } } }
    }`,
  };
}

export const PEER_QUERIES: Readonly<Record<string, PeerQuery>> = {
  // Steering overview: the year's headline sums (projects by state, memberships' fees and hours,
  // meetings and their reports, participations), agreements by expiry, the change log grouped by
  // kind and action, and the ledger's facts for the ledger per unit and the coming deadlines.
  overview: {
    asked: 'headline aggregates, expiring agreements, changes, and the ledger facts',
    variables: () => ({}),
    query: `query PeerOverview {
      projectsByState: allProjects { groupedAggregates(groupBy: [STATE]) { keys distinctCount { rowId } sum { budgetSek euFundingGrantedSek euFundingSoughtSek } } }
      membershipCost: allMemberships { aggregates { distinctCount { rowId } sum { annualFee staffHoursPerYear } } }
      meetingsByDate: allMeetings { aggregates { distinctCount { rowId } } }
      participations: allParticipations { aggregates { distinctCount { rowId } sum { delegates costSek contactsGained } } }
      secondmentCount: allSecondments { aggregates { distinctCount { rowId } } }
      expiring: allAgreements { nodes { rowId validUntil type status partnerCityByPartnerCityId { rowId name } } }
      changes: allAuditEntries { groupedAggregates(groupBy: [RECORD_KIND]) { keys distinctCount { rowId } } }
      ${LEDGER_FACTS}
    }`,
  },
  // Engagement per unit: counts and money per owning unit and kind (EU contacts, seats,
  // memberships and their assessed cost, projects by state, participations, meetings and their
  // reports); ours sums them per top-level unit (a recursive walk of the unit tree), so the peer
  // also gives the tree to sum them up. A report's unit is its meeting's: the peer lists them.
  engagement: {
    asked: 'per-unit grouped aggregates of each kind, and the unit tree',
    variables: () => ({}),
    query: `query PeerEngagement {
      units: allUnits { nodes { rowId parentId name } }
      projects: allProjects { groupedAggregates(groupBy: [OWNER_UNIT_ID, STATE]) { keys distinctCount { rowId } sum { budgetSek euFundingGrantedSek } } }
      memberships: allMemberships { groupedAggregates(groupBy: [OWNER_UNIT_ID]) { keys distinctCount { rowId } } }
      membershipCost: allMembershipAssessments { groupedAggregates(groupBy: [MEMBERSHIP_ID]) { keys sum { feeSek staffHours } } }
      seats: allSeats { groupedAggregates(groupBy: [UNIT_ID]) { keys distinctCount { rowId } } }
      contacts: allEuNetworkContacts { groupedAggregates(groupBy: [UNIT_ID]) { keys distinctCount { rowId } } }
      participations: allParticipations { groupedAggregates(groupBy: [UNIT_ID]) { keys distinctCount { rowId } sum { costSek } } }
      meetings: allMeetings { groupedAggregates(groupBy: [UNIT_ID]) { keys distinctCount { rowId } } }
      reports: allMeetingReports { nodes { meetingByMeetingId { unitId } } }
    }`,
  },
  // Membership value: every membership with its two latest assessments and their count (ours:
  // up to the year's end), and the assessments' criteria averaged per membership and day for
  // the trend (ours: the latest per year).
  'membership-value': {
    asked: 'memberships with their latest assessments, and assessment averages per membership',
    variables: () => ({}),
    query: `query PeerMembershipValue {
      allMemberships(orderBy: ORGANISATION_ID_ASC) { nodes { rowId since endedYear annualFee staffHoursPerYear
        organisationByOrganisationId { name } unitByOwnerUnitId { name }
        membershipAssessmentsByMembershipId(orderBy: [ASSESSED_ON_DESC, ROW_ID_DESC], first: 2) { totalCount
          nodes { assessedOn exchangeQuality influence participation informationUse feeSek staffHours demo } } } }
      trends: allMembershipAssessments { groupedAggregates(groupBy: [MEMBERSHIP_ID, ASSESSED_ON]) { keys
        average { exchangeQuality influence participation informationUse } } }
    }`,
  },
  // Profiling arenas: participations per event edition (an edition is one series' year) with the
  // same sums, and the editions' series and years.
  profiling: {
    asked: 'participation sums grouped by edition, and the editions',
    variables: () => ({}),
    query: `query PeerProfiling {
      allParticipations { groupedAggregates(groupBy: [EDITION_ID]) { keys distinctCount { rowId }
        sum { delegates costSek contactsGained } } }
      allEventEditions { nodes { rowId year eventSeryBySeriesId { rowId shortName } } }
    }`,
  },
  // Strategy evaluation: what ours counts per orientation (an array column: PostGraphile cannot
  // group by its elements, so the rows' orientations and amounts), the costs per year (sums per
  // membership and per edition), and the ledger's facts for the duties per rule.
  evaluation: {
    asked: 'tagged rows and amounts, cost sums, and the ledger facts',
    variables: () => ({}),
    query: `query PeerEvaluation {
      taggedProjects: allProjects { nodes { rowId orientations budgetSek euFundingGrantedSek ownContributionSek startOn endOn applicationDeadline } }
      taggedMemberships: allMemberships { nodes { rowId orientations annualFee staffHoursPerYear since endedYear } }
      taggedSeats: allSeats { nodes { rowId orientations fromYear toYear } }
      taggedAgreements: allAgreements { nodes { rowId orientations signedYear } }
      taggedParticipations: allParticipations { nodes { rowId orientations costSek delegates editionId } }
      assessmentCost: allMembershipAssessments { groupedAggregates(groupBy: [MEMBERSHIP_ID, ASSESSED_ON]) { keys sum { feeSek staffHours } } }
      ${LEDGER_FACTS}
    }`,
  },
  // Partner finder: ours ranks candidates in application code (R3); the peer is asked for the
  // facts the ranking reads (the same seven tables).
  'partner-finder': {
    asked: 'the facts the ranking reads (it cannot rank)',
    variables: () => ({}),
    query: `query PeerPartnerFinder {
      allProjectPartners { nodes { partnerCityId organisationId projectByProjectId { rowId title state themes priorityAreas orientations } } }
      allPartnerCities { nodes { rowId name country } }
      allOrganisations { nodes { rowId name kind } }
      allAgreements { nodes { rowId partnerCityId status themes priorityAreas orientations validUntil } }
      allMemberships { nodes { rowId organisationId themes priorityAreas orientations endedYear } }
      allForums { nodes { rowId name } }
      allSeats { nodes { rowId forumId themes priorityAreas orientations toYear } }
    }`,
  },
  // Projects list: first page by title, totalCount, the table's columns, owner unit and seats.
  projects: listPage(
    'allProjects',
    'TITLE_ASC, PRIMARY_KEY_ASC',
    `id title programme state budgetSek euFundingSoughtSek euFundingGrantedSek analysisCompletedOn
     applicationDeadline startOn demo archivedAt unitByOwnerUnitId { id name }
     seatsByProjectId { nodes { id } }`,
  ),
  // Memberships list: first page by start year, totalCount, organisation and owner unit.
  memberships: listPage(
    'allMemberships',
    'SINCE_ASC, PRIMARY_KEY_ASC',
    `id since archivedAt organisationByOrganisationId { id name abbreviation }
     unitByOwnerUnitId { id name }`,
  ),
  // Agreements list (partner cities with their agreements): first page by name, totalCount, each
  // city's agreements oldest first.
  agreements: listPage(
    'allPartnerCities',
    'NAME_ASC, PRIMARY_KEY_ASC',
    `id name country archivedAt agreementsByPartnerCityId(orderBy: [SIGNED_YEAR_ASC, PRIMARY_KEY_ASC]) {
       nodes { id type signedYear status validUntil } }`,
  ),
  // Meetings list: first page newest first, totalCount, forum, organisation, city, unit,
  // attendees and report.
  meetings: listPage(
    'allMeetings',
    'DATE_DESC, PRIMARY_KEY_DESC',
    `id date place demo attendeeNote archivedAt forumByForumId { id name }
     organisationByOrganisationId { id name } partnerCityByPartnerCityId { id name }
     unitByUnitId { id name } meetingAttendeesByMeetingId { nodes { personByPersonId { id name } } }
     meetingReportByMeetingId { id submittedOn }`,
  ),
  // Obligations list: the ledger's facts (the peer cannot compute the duties to page through).
  obligations: {
    asked: 'the ledger facts (it cannot compute the duties)',
    variables: () => ({}),
    query: `query PeerLedgerFacts { ${LEDGER_FACTS} }`,
  },
};

/** The peer's question for an operation, or null when it has none (the registry search). */
export function peerQuery(operationId: string): PeerQuery | null {
  return PEER_QUERIES[operationId] ?? null;
}
