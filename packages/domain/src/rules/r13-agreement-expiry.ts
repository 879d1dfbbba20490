import { obligation } from '../obligations/state';
import type { IsoDate, LedgerFacts, Obligation } from '../obligations/types';
import { addMonths, minDate, yearOf } from './dates';

/** The strategy's own time zone: dates in the registry are dates in Malmö. */
export const MALMO_TIME_ZONE = 'Europe/Stockholm';

// The Swedish locale formats dates as ISO 8601. Made once: it is asked for on every row.
const malmoDate = new Intl.DateTimeFormat('sv-SE', { timeZone: MALMO_TIME_ZONE });

/** Today's date in Malmö as YYYY-MM-DD. */
export function todayInMalmo(now: Date = new Date()): string {
  return malmoDate.format(now);
}

/**
 * R13 Agreements expire: a time-limited agreement is no longer in force after its valid-until
 * date, whatever status it was recorded with (Newcastle: valid until 2006-12-31). An agreement
 * without an end date never expires by itself.
 */
export function isAgreementExpired(
  agreement: { validUntil?: string | null },
  asOf: string,
): boolean {
  return agreement.validUntil != null && agreement.validUntil < asOf;
}

/** R13: Stadskontoret starts on an expiring agreement this many months before its end. */
export const AGREEMENT_NOTICE_MONTHS = 6;

/**
 * R13 Agreements expire: from six months before an agreement's valid-until date someone must
 * decide what happens to it. The duty is fulfilled by a recorded decision (the status is no longer
 * 'active', e.g. expired but contacts kept) or by a new agreement with the same city signed in or
 * after the expiry year. Stadskontoret answers for partner cities.
 */
export function agreementExpiryObligations(facts: LedgerFacts): Obligation[] {
  const asOfYear = yearOf(facts.asOf);
  return facts.agreements.flatMap((a) => {
    if (a.validUntil == null) return [];
    if (a.signedYear != null && a.signedYear > asOfYear) return [];
    if (facts.asOf < addMonths(a.validUntil, -AGREEMENT_NOTICE_MONTHS)) return [];
    const expiryYear = yearOf(a.validUntil);
    const candidates: IsoDate[] = [];
    // A decision recorded before the end date only counts from the end date; recorded late, it
    // counts from today (the ledger cannot know the day the status changed).
    if (a.status !== 'active') candidates.push(minDate(a.validUntil, facts.asOf));
    for (const other of facts.agreements) {
      if (
        other.id !== a.id &&
        other.partnerCityId === a.partnerCityId &&
        other.signedYear != null &&
        other.signedYear >= expiryYear
      ) {
        const signedOn = `${other.signedYear}-01-01`;
        if (signedOn <= facts.asOf) candidates.push(signedOn);
      }
    }
    const fulfilledOn = candidates.length > 0 ? candidates.reduce(minDate) : null;
    return [
      obligation(facts, {
        key: `agreement_expiry:agreement:${a.id}`,
        kind: 'agreement_expiry',
        rule: 'R13',
        subject: 'agreement',
        subjectId: a.id,
        ownerUnitId: facts.coordinatorUnitId,
        dueOn: a.validUntil,
        fulfilledOn,
      }),
    ];
  });
}
