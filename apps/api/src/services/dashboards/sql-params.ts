import { GraphQLError } from 'graphql';

/** The years a dashboard may ask about: wide enough for any record, narrow enough to be a year. */
export const DASHBOARD_YEARS = { min: 1900, max: 2100 } as const;

/** A year argument, or the client's mistake said plainly (BAD_USER_INPUT, never a 500). */
export function dashboardYear<T extends number | null | undefined>(value: T, arg: string): T {
  if (
    value != null &&
    !(Number.isInteger(value) && value >= DASHBOARD_YEARS.min && value <= DASHBOARD_YEARS.max)
  ) {
    throw new GraphQLError(
      `${arg}: ${value} is not a year from ${DASHBOARD_YEARS.min} to ${DASHBOARD_YEARS.max}`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return value;
}

/** A year range whose ends are years and in order. */
export function dashboardYears(from: number | null | undefined, to: number | null | undefined) {
  dashboardYear(from, 'from');
  dashboardYear(to, 'to');
  if (from != null && to != null && from > to) {
    throw new GraphQLError(`from (${from}) is after to (${to})`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return { from: from ?? null, to: to ?? null };
}

/** Whole numbers as one PostgreSQL array literal for a bound parameter (`?::int[]`). */
export function intArray(ids: readonly number[] | null | undefined): string | null {
  if (ids == null) return null;
  if (!ids.every((id) => Number.isSafeInteger(id))) throw new RangeError('ids must be integers');
  return `{${ids.join(',')}}`;
}
