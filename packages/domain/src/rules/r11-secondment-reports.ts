import { obligation } from '../obligations/state';
import type { LedgerFacts, Obligation } from '../obligations/types';
import { addMonths } from './dates';

/** R11: the report is due one calendar month after the return from Brussels. */
export const SECONDMENT_REPORT_MONTHS = 1;

/**
 * R11 Brussels office: after a secondment the unit hands in a report within one month of the
 * return. A secondment without an end date has no due report yet. External users (no unit) report
 * through Stadskontoret, which answers for them.
 */
export function secondmentReportObligations(facts: LedgerFacts): Obligation[] {
  return facts.secondments.flatMap((s) => {
    if (s.startOn > facts.asOf || s.endOn == null || s.endOn < facts.since) return [];
    return [
      obligation(facts, {
        key: `secondment_report:secondment:${s.id}`,
        kind: 'secondment_report',
        rule: 'R11',
        subject: 'secondment',
        subjectId: s.id,
        ownerUnitId: s.unitId ?? facts.coordinatorUnitId,
        dueOn: addMonths(s.endOn, SECONDMENT_REPORT_MONTHS),
        fulfilledOn: s.reportSubmittedOn,
      }),
    ];
  });
}
