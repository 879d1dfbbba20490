import type { ObligationKind, ObligationState } from '@malmo/domain';
import { paths } from '../../paths';
import { formatListSearch } from '../list/search';
import { obligationsSpec } from '../obligations/ledger-search';

/**
 * A list's address with the URL filters it reads (see each list's `defineListSearch`); empty
 * values are left out. The lists' specs stay in their own chunks, so the names are written here.
 */
export function hrefWith(path: string, params: Record<string, string | number | undefined>) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * The obligations ledger filtered to what a figure of the overview counts. `asOf` only when it is
 * not the ledger's default day, so the link shows the same day the overview does.
 */
export function ledgerHref(filters: {
  asOf?: string;
  unit?: string;
  state?: ObligationState;
  kind?: ObligationKind;
  dueOn?: string;
}): string {
  const params = formatListSearch(
    {
      q: '',
      sort: 'LEDGER',
      direction: 'asc',
      page: 1,
      filters: {
        asOf: filters.asOf,
        unit: filters.unit,
        state: filters.state ? [filters.state] : undefined,
        kind: filters.kind ? [filters.kind] : undefined,
        dueFrom: filters.dueOn,
        dueTo: filters.dueOn,
      },
    },
    obligationsSpec,
  ).toString();
  return params ? `${paths.obligations}?${params}` : paths.obligations;
}

/** The change log (administrators) from a day on, narrowed to a kind and an action if given. */
export function changeLogHref(from: string, kind?: string, action?: string): string {
  return hrefWith(paths.changeLog, { kind, action, from });
}
