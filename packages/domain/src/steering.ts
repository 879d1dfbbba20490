import { addMonths, yearOf } from './rules/dates';

/**
 * The steering group's overview: what it looks back on and ahead to, read on the ledger's day.
 * The dashboard fills its defaults from here and the API applies the same, so a link without
 * them means the same view in both.
 */
export const STEERING_OVERVIEW = {
  /** By default the last steering-group meeting was this many months before the day read. */
  lookBackMonths: 3,
  /** Agreements whose end falls within this many months after the day read are listed. */
  expiryHorizonMonths: 12,
  /** How many coming deadlines the overview lists. */
  upcomingDeadlines: 10,
} as const;

/** The overview's year and "since" date on `asOf`, unless chosen. */
export function steeringDefaults(
  asOf: string,
  chosen: { year?: number | null; since?: string | null } = {},
): { year: number; since: string; expiresBy: string } {
  return {
    year: chosen.year ?? yearOf(asOf),
    since: chosen.since ?? addMonths(asOf, -STEERING_OVERVIEW.lookBackMonths),
    expiresBy: addMonths(asOf, STEERING_OVERVIEW.expiryHorizonMonths),
  };
}
