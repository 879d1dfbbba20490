import { ORIENTATIONS, PRIORITY_AREAS, THEMES } from '@malmo/domain';
import type { PartnerNeedInput } from '../../gql/graphql';
import { toGql } from '../../lib/enums';
import { defineDashboardSearch } from '../charts/search';
import { type FilterValues, listParam, oneOfParam } from '../list/search';

export const CANDIDATE_KINDS = ['partner_city', 'organisation', 'forum'] as const;
export const PAGE_SIZES = ['10', '20', '50', '100'] as const;
export const DEFAULT_PAGE_SIZE = '20';

/** The need in the URL (`?themes=culture,education&areas=work&kinds=partner_city`): shareable. */
export const needSearch = defineDashboardSearch({
  themes: listParam(THEMES),
  areas: listParam(PRIORITY_AREAS),
  orientation: oneOfParam(ORIENTATIONS),
  kinds: listParam(CANDIDATE_KINDS),
  first: oneOfParam(PAGE_SIZES),
});

export type Need = FilterValues<typeof needSearch.filters>;

/**
 * R3: the subject decides, so a need names at least one theme, priority area or orientation;
 * the kinds of candidate and their number only narrow the answer.
 */
export function hasSubject(need: Need): boolean {
  return (
    (need.themes?.length ?? 0) > 0 || (need.areas?.length ?? 0) > 0 || need.orientation != null
  );
}

/** The API's `PartnerNeedInput` for a need. */
export function needInput(need: Need): PartnerNeedInput {
  return {
    themes: need.themes?.map(toGql) ?? [],
    priorityAreas: need.areas?.map(toGql) ?? [],
    orientation: need.orientation ? toGql(need.orientation) : null,
    kinds: need.kinds?.map(toGql) ?? [],
  };
}
