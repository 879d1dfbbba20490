import { paths } from '../../paths';
import { defineDashboardSearch } from '../charts/search';
import { dateParam, idParam, yearParam } from '../list/search';

/** The evaluation's period, unit and ledger day, all in the URL (`?from=2006&to=2008&unit=…`). */
export const evaluationSearch = defineDashboardSearch({
  from: yearParam(1900, 2100),
  to: yearParam(1900, 2100),
  unit: idParam(),
  asOf: dateParam(),
});

/** The strategy was adopted in 2006: the evaluation starts there unless told otherwise. */
export const FIRST_YEAR = 2006;

/** The obligations list showing the duties behind one count of the per-rule table. */
export function obligationsHref(options: {
  asOf: string;
  from: number;
  to: number;
  unit?: string;
  kind: string;
  state?: string;
}): string {
  const params = new URLSearchParams({ asOf: options.asOf });
  if (options.unit) params.set('unit', options.unit);
  params.set('kind', options.kind);
  if (options.state) params.set('state', options.state);
  params.set('dueFrom', `${options.from}-01-01`);
  params.set('dueTo', `${options.to}-12-31`);
  return `${paths.obligations}?${params}`;
}

type ListKind = 'projects' | 'memberships' | 'seats' | 'participations';

/**
 * The list showing one orientation's engagements of a kind in the period, filtered as the
 * evaluation counts them; null where the list cannot narrow to the same unit.
 */
export function orientationListHref(
  kind: ListKind,
  options: { orientation: string; from: number; to: number; unit?: string },
): string | null {
  const { orientation, from, to, unit } = options;
  const years = (a: string, b: string) => ({ [a]: String(from), [b]: String(to) });
  const lists: Record<ListKind, { path: string; params: Record<string, string>; unit?: string }> = {
    projects: { path: paths.projects, params: years('from', 'to'), unit: 'owner' },
    memberships: { path: paths.memberships, params: years('activeFrom', 'activeTo') },
    seats: { path: paths.seats, params: years('from', 'to') },
    participations: { path: paths.participations, params: years('from', 'to'), unit: 'unit' },
  };
  const list = lists[kind];
  if (unit && !list.unit) return null;
  const params = new URLSearchParams({ ...list.params, orientation });
  if (unit && list.unit) params.set(list.unit, unit);
  return `${list.path}?${params}`;
}
