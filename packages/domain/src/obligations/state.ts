import type { ObligationState } from '../enums';
import { yearOf } from '../rules/dates';
import type { IsoDate, LedgerFacts, Obligation, ObligationSubject } from './types';

/**
 * The state of a duty on `asOf` (waivers aside): fulfilled once its record exists on or before
 * `asOf`; overdue after its due date, or at once when the rule says so (`overdueAnyway`); else due.
 */
export function stateOf(input: {
  dueOn: IsoDate | null;
  fulfilledOn: IsoDate | null;
  asOf: IsoDate;
  overdueAnyway?: boolean;
}): Exclude<ObligationState, 'waived'> {
  const { dueOn, fulfilledOn, asOf, overdueAnyway = false } = input;
  if (fulfilledOn != null && fulfilledOn <= asOf) return 'fulfilled';
  if ((dueOn != null && asOf > dueOn) || overdueAnyway) return 'overdue';
  return 'due';
}

/** A record's date counts only when it is on or before the day the ledger is read. */
export function asOfOrNull(date: IsoDate | null, asOf: IsoDate): IsoDate | null {
  return date != null && date <= asOf ? date : null;
}

/** Builds one obligation with its state; `year` defaults to the due date's year. */
export function obligation(
  facts: Pick<LedgerFacts, 'asOf'>,
  input: Pick<Obligation, 'key' | 'kind' | 'rule' | 'subjectId' | 'ownerUnitId' | 'dueOn'> & {
    subject: ObligationSubject;
    fulfilledOn: IsoDate | null;
    year?: number | null;
    overdueAnyway?: boolean;
  },
): Obligation {
  const fulfilledOn = asOfOrNull(input.fulfilledOn, facts.asOf);
  return {
    key: input.key,
    kind: input.kind,
    rule: input.rule,
    subject: input.subject,
    subjectId: input.subjectId,
    year: input.year !== undefined ? input.year : input.dueOn ? yearOf(input.dueOn) : null,
    ownerUnitId: input.ownerUnitId,
    dueOn: input.dueOn,
    fulfilledOn,
    state: stateOf({
      dueOn: input.dueOn,
      fulfilledOn,
      asOf: facts.asOf,
      overdueAnyway: input.overdueAnyway ?? false,
    }),
    waiver: null,
  };
}
