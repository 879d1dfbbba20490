import { defineListSearch, type ParamDefs, useListSearch } from '../list/search';

/**
 * A dashboard's filters, held in the URL like a list's (`?from=2007&to=2008&orientation=…`), so a
 * view can be bookmarked and shared. Invalid values are dropped when the URL is read.
 */
export function defineDashboardSearch<const D extends ParamDefs>(filters: D) {
  return defineListSearch({ sorts: ['DEFAULT'], defaultSort: 'DEFAULT', filters });
}

export type DashboardSearchSpec<D extends ParamDefs> = ReturnType<typeof defineDashboardSearch<D>>;

/** The filter values and their setters; `spec` must be defined once, at module level. */
export function useDashboardSearch<D extends ParamDefs>(spec: DashboardSearchSpec<D>) {
  const state = useListSearch(spec);
  return {
    filters: state.search.filters,
    setFilter: state.setFilter,
    clear: state.clear,
    active: state.active,
  };
}
