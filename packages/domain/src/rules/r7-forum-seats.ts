import { obligation } from '../obligations/state';
import type { LedgerFacts, Obligation } from '../obligations/types';
import { addDays, yearOf } from './dates';

/** A seat whose holder leaves within this many days needs a successor now (R7). */
export const SEAT_SUCCESSION_DAYS = 90;

/**
 * R7: every meeting can only be reported if Malmö's seat in the forum is held. Each current seat
 * must have a holder: an empty seat, or one held by a person who has left the city, is overdue; a
 * holder leaving within 90 days makes the seat due on the leaving date.
 */
export function forumSeatObligations(facts: LedgerFacts): Obligation[] {
  const asOfYear = yearOf(facts.asOf);
  const sinceYear = yearOf(facts.since);
  const horizon = addDays(facts.asOf, SEAT_SUCCESSION_DAYS);
  return facts.seats.flatMap((seat) => {
    const current =
      (seat.toYear == null || seat.toYear >= asOfYear) &&
      (seat.fromYear == null || seat.fromYear <= asOfYear);
    if (!current) return [];
    const start = `${seat.fromYear ?? sinceYear}-01-01`;
    const holder = seat.holder;
    const base = {
      key: `forum_seat:seat:${seat.id}`,
      kind: 'forum_seat',
      rule: 'R7',
      subject: 'seat',
      subjectId: seat.id,
      ownerUnitId:
        seat.unitId ??
        (holder.kind === 'person' ? holder.personUnitId : null) ??
        facts.coordinatorUnitId,
    } as const;
    if (holder.kind === 'empty') {
      return [obligation(facts, { ...base, dueOn: start, fulfilledOn: null, overdueAnyway: true })];
    }
    if (holder.kind === 'person') {
      const { leftOn, active } = holder;
      const hasLeft = leftOn != null ? leftOn <= facts.asOf : !active;
      if (hasLeft) {
        return [
          obligation(facts, { ...base, dueOn: leftOn, fulfilledOn: null, overdueAnyway: true }),
        ];
      }
      if (leftOn != null && leftOn <= horizon) {
        return [obligation(facts, { ...base, dueOn: leftOn, fulfilledOn: null })];
      }
    }
    // Held since the seat began: the duty was met from its start (never after asOf, see `current`).
    const heldSince = start <= facts.asOf ? start : facts.asOf;
    return [obligation(facts, { ...base, dueOn: start, fulfilledOn: heldSince })];
  });
}
