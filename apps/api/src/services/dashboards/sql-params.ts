import { GraphQLError } from 'graphql';
import { checkYear } from '../../schema/list';

/** A year argument of a dashboard: 1900–2100, or the client's mistake (BAD_USER_INPUT). */
export const dashboardYear = checkYear;

/** A year range whose ends are years and in order. */
export function dashboardYears(from: number | null | undefined, to: number | null | undefined) {
  checkYear(from, 'from');
  checkYear(to, 'to');
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
