import type { LedgerFacts } from './types';

/** Empty ledger facts for tests: read on 15 June 2007, with Stadskontoret as unit 1. */
export function testFacts(overrides: Partial<LedgerFacts> = {}): LedgerFacts {
  return {
    asOf: '2007-06-15',
    since: '2006-01-01',
    meetingReportDays: 14,
    coordinatorUnitId: 1,
    units: [],
    plans: [],
    meetings: [],
    secondments: [],
    projects: [],
    agreements: [],
    memberships: [],
    seats: [],
    partnerCities: [],
    waivers: [],
    ...overrides,
  };
}
