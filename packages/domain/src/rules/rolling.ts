import { addMonths } from './dates';

/** One occurrence of a recurring duty: when it fell due and which record fulfilled it. */
export interface RollingOccurrence {
  dueOn: string;
  fulfilledOn: string | null;
}

/**
 * A duty that recurs a fixed period after it was last done (R8 assessments every 12 months, R3
 * activity with a partner city every 24 months). The first occurrence is due `periodMonths` after
 * `baseline` and is fulfilled by the first record after the baseline; each next one is due
 * `periodMonths` after the previous record and fulfilled by the next record. The last occurrence
 * is always open. Records on or before the baseline, or after `asOf`, do not count: one on the
 * baseline day would only restart the period the baseline already starts.
 */
export function rollingOccurrences(
  dates: readonly string[],
  periodMonths: number,
  baseline: string,
  asOf: string,
): RollingOccurrence[] {
  const records = [...new Set(dates)].filter((d) => d > baseline && d <= asOf).sort();
  const occurrences: RollingOccurrence[] = [];
  let from = baseline;
  for (const record of records) {
    occurrences.push({ dueOn: addMonths(from, periodMonths), fulfilledOn: record });
    from = record;
  }
  occurrences.push({ dueOn: addMonths(from, periodMonths), fulfilledOn: null });
  return occurrences;
}

/**
 * Gives each occurrence a stable key, `${prefix}:${dueOn}`. Records on 28 and 29 February clamp
 * to the same due date a year later; the second of such a pair gets a `:2` suffix.
 */
export function withOccurrenceKeys(
  prefix: string,
  occurrences: readonly RollingOccurrence[],
): (RollingOccurrence & { key: string })[] {
  const seen = new Map<string, number>();
  return occurrences.map((o) => {
    const n = (seen.get(o.dueOn) ?? 0) + 1;
    seen.set(o.dueOn, n);
    return { ...o, key: n === 1 ? `${prefix}:${o.dueOn}` : `${prefix}:${o.dueOn}:${n}` };
  });
}
