import { obligation } from '../obligations/state';
import type { LedgerFacts, Obligation } from '../obligations/types';
import { addDays } from './dates';

/**
 * R7 Every meeting is reported: each forum or network meeting held on or before `asOf` must be
 * reported back to Stadskontoret within `meetingReportDays` days. Meetings before `since` predate
 * the strategy and carry no duty.
 */
export function meetingReportObligations(facts: LedgerFacts): Obligation[] {
  return facts.meetings
    .filter((m) => m.date >= facts.since && m.date <= facts.asOf)
    .map((m) =>
      obligation(facts, {
        key: `meeting_report:meeting:${m.id}`,
        kind: 'meeting_report',
        rule: 'R7',
        subject: 'meeting',
        subjectId: m.id,
        ownerUnitId: m.unitId,
        dueOn: addDays(m.date, facts.meetingReportDays),
        fulfilledOn: m.reportSubmittedOn,
      }),
    );
}
