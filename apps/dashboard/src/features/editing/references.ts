import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { SelectOption } from '@malmo/ui';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import {
  eventSeriesOptionsQuery,
  forumOptionsQuery,
  membershipOptionsQuery,
  organisationOptionsQuery,
  partnerCityOptionsQuery,
  unitOptionsQuery,
} from '../list/options';
import type { Source } from './spec';

const personOptionsQuery = graphql(`
  query PersonOptions($first: Int = 500) {
    people(first: $first, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

const editionOptionsQuery = graphql(`
  query EventEditionOptions($first: Int = 500) {
    eventEditions(first: $first, orderBy: { field: YEAR, direction: DESC }) {
      edges {
        node {
          id
          year
          place
          series {
            id
            name
          }
        }
      }
    }
  }
`);

const projectOptionsQuery = graphql(`
  query ProjectOptions($first: Int = 500) {
    projects(first: $first, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

const meetingOptionsQuery = graphql(`
  query MeetingOptions($first: Int = 500) {
    meetings(first: $first, orderBy: { field: DATE, direction: DESC }) {
      edges {
        node {
          id
          date
          place
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

interface SourceEntry {
  document: TypedDocumentNode<unknown, Record<string, never>>;
  options: (data: unknown) => SelectOption[];
}

/** A source: its list query (the list's own, one page of up to 500) and how a row reads. */
function source<TData, N extends { id: string }>(
  document: TypedDocumentNode<TData, Record<string, never>>,
  pick: (data: TData) => { edges: readonly { node: N }[] },
  label: (node: N) => string,
): SourceEntry {
  return {
    document: document as TypedDocumentNode<unknown, Record<string, never>>,
    options: (data) =>
      pick(data as TData).edges.map(({ node }) => ({ value: node.id, label: label(node) })),
  };
}

const SOURCES: Record<Source, SourceEntry> = {
  unit: source(
    unitOptionsQuery,
    (d) => d.units,
    (n) => n.name,
  ),
  organisation: source(
    organisationOptionsQuery,
    (d) => d.organisations,
    (n) => n.name,
  ),
  partnerCity: source(
    partnerCityOptionsQuery,
    (d) => d.partnerCities,
    (n) => n.name,
  ),
  forum: source(
    forumOptionsQuery,
    (d) => d.forums,
    (n) => `${n.name} (${n.organisation.name})`,
  ),
  membership: source(
    membershipOptionsQuery,
    (d) => d.memberships,
    (n) => n.organisation.name,
  ),
  eventSeries: source(
    eventSeriesOptionsQuery,
    (d) => d.eventSeries,
    (n) => n.name,
  ),
  person: source(
    personOptionsQuery,
    (d) => d.people,
    (n) => (n.unit ? `${n.name} (${n.unit.name})` : n.name),
  ),
  eventEdition: source(
    editionOptionsQuery,
    (d) => d.eventEditions,
    (n) => `${n.series.name} ${n.year} (${n.place})`,
  ),
  project: source(
    projectOptionsQuery,
    (d) => d.projects,
    (n) => n.title,
  ),
  meeting: source(
    meetingOptionsQuery,
    (d) => d.meetings,
    (n) => `${n.date} ${n.place} (${n.unit.name})`,
  ),
};

/**
 * The records a reference field can pick from, labelled; loaded once per source and cached by
 * Apollo (the lists hold tens to a few hundred records). `null` source: nothing to pick yet.
 */
export function useReferenceOptions(source: Source | null): {
  options: SelectOption[] | undefined;
  loading: boolean;
} {
  const entry = SOURCES[source ?? 'unit'];
  const { data, loading } = useQuery(entry.document, { skip: source === null });
  const options = useMemo(() => (data ? entry.options(data) : undefined), [data, entry]);
  return { options: source === null ? [] : options, loading };
}

/** Narrows options to those whose label contains every word typed; the chosen ones stay. */
export function filterOptions(
  options: readonly SelectOption[],
  query: string,
  keep: readonly string[],
): SelectOption[] {
  const words = query.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter(
    (option) =>
      keep.includes(option.value) ||
      words.every((word) => option.label.toLocaleLowerCase('sv').includes(word)),
  );
}
