import { useEffect, useState } from 'react';
import { graphql } from '../../gql';
import type { SearchKind } from '../../gql/graphql';
import { paths } from '../../paths';

export const siteSearchQuery = graphql(`
  query SiteSearch($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      kind
      recordId
      title
      context
    }
  }
`);

/** The page of each kind of record the search finds. */
const RECORD_PATHS: Record<SearchKind, (id: string) => string> = {
  PERSON: paths.person,
  UNIT: paths.unit,
  ORGANISATION: paths.organisation,
  PARTNER_CITY: paths.partnerCity,
  PROJECT: paths.project,
  FORUM: paths.forum,
};

export function recordPath(hit: { kind: SearchKind; recordId: string }): string {
  return RECORD_PATHS[hit.kind](hit.recordId);
}

/** The full results of a search: `/search?q=…`. */
export function searchPath(text: string): string {
  return `${paths.search}?${new URLSearchParams({ q: text.trim() })}`;
}

/** `value`, once it has stayed the same for `delay` ms (so a search runs when typing pauses). */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
