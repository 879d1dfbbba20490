import { OBLIGATION_KINDS, OBLIGATION_STATES } from '@malmo/domain';
import type { ObligationFilter } from '../../gql/graphql';
import { toGql } from '../../lib/enums';
import {
  dateParam,
  defineListSearch,
  type FilterValues,
  idParam,
  type ListSearch,
  listParam,
} from '../list/search';

/**
 * The ledger has one order, the API's (overdue first, then due, fulfilled, waived; earliest due
 * date first): `LEDGER` names it, and the list offers no other.
 */
export const obligationsSpec = defineListSearch({
  sorts: ['LEDGER'],
  defaultSort: 'LEDGER',
  filters: {
    asOf: dateParam(),
    unit: idParam(),
    kind: listParam(OBLIGATION_KINDS),
    state: listParam(OBLIGATION_STATES),
    dueFrom: dateParam(),
    dueTo: dateParam(),
  },
});

export type Filters = FilterValues<typeof obligationsSpec.filters>;
export type Search = ListSearch<'LEDGER', Filters>;

/** The API filter for the URL's filters; the counts leave out the states, the table does not. */
export function ledgerFilter(filters: Filters, withStates: boolean): ObligationFilter {
  return {
    unitIds: filters.unit ? [filters.unit] : null,
    kinds: filters.kind?.map(toGql) ?? null,
    states: withStates ? (filters.state?.map(toGql) ?? null) : null,
    dueFrom: filters.dueFrom ?? null,
    dueTo: filters.dueTo ?? null,
  };
}
