import { obligation } from '../obligations/state';
import type { LedgerFacts, Obligation } from '../obligations/types';
import { rollingOccurrences, withOccurrenceKeys } from './rolling';

/** R3: a partnership with no activity for 24 months is flagged for Stadskontoret. */
export const PARTNER_ACTIVITY_PERIOD_MONTHS = 24;

/**
 * R3 Subject before geography: existing agreements are only worth considering in a partner search
 * while they are alive. Each partner city needs some recorded activity (a meeting, a project, an
 * agreement signed) at least every 24 months, counted from `since`.
 */
export function partnerActivityObligations(facts: LedgerFacts): Obligation[] {
  return facts.partnerCities.flatMap((city) =>
    withOccurrenceKeys(
      `partner_activity:partner_city:${city.id}`,
      rollingOccurrences(city.activityOn, PARTNER_ACTIVITY_PERIOD_MONTHS, facts.since, facts.asOf),
    ).map((o) =>
      obligation(facts, {
        key: o.key,
        kind: 'partner_activity',
        rule: 'R3',
        subject: 'partner_city',
        subjectId: city.id,
        ownerUnitId: facts.coordinatorUnitId,
        dueOn: o.dueOn,
        fulfilledOn: o.fulfilledOn,
      }),
    ),
  );
}
