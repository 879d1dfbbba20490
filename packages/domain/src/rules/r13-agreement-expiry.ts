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
