import { useQuery } from '@apollo/client/react';
import type { SelectOption } from '@malmo/ui';
import { useMemo } from 'react';
import { graphql } from '../../gql';

/**
 * The records a filter can pick from (units, event series …), loaded once and cached: each list
 * is short (the registry holds tens, not thousands), so one page of up to 500 holds them all.
 */
export const unitOptionsQuery = graphql(`
  query UnitOptions($first: Int = 500) {
    units(first: $first, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const eventSeriesOptionsQuery = graphql(`
  query EventSeriesOptions($first: Int = 500) {
    eventSeries(first: $first, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const membershipOptionsQuery = graphql(`
  query MembershipOptions($first: Int = 500) {
    memberships(first: $first, orderBy: { field: ORGANISATION, direction: ASC }) {
      edges {
        node {
          id
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

export const forumOptionsQuery = graphql(`
  query ForumOptions($first: Int = 500) {
    forums(first: $first, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

export const organisationOptionsQuery = graphql(`
  query OrganisationOptions($first: Int = 500) {
    organisations(first: $first, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const partnerCityOptionsQuery = graphql(`
  query PartnerCityOptions($first: Int = 500) {
    partnerCities(first: $first, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

type Edges<N> = { edges: readonly { node: N }[] } | undefined;

function useOptions<N>(edges: Edges<N>, toOption: (node: N) => SelectOption) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: toOption is pure; edges decide
  return useMemo(() => edges?.edges.map((edge) => toOption(edge.node)), [edges]);
}

const byName = (node: { id: string; name: string }) => ({ value: node.id, label: node.name });

export function useUnitOptions() {
  return useOptions(useQuery(unitOptionsQuery).data?.units, byName);
}

export function useEventSeriesOptions() {
  return useOptions(useQuery(eventSeriesOptionsQuery).data?.eventSeries, byName);
}

export function useMembershipOptions() {
  return useOptions(useQuery(membershipOptionsQuery).data?.memberships, (m) => ({
    value: m.id,
    label: m.organisation.name,
  }));
}

export function useForumOptions() {
  return useOptions(useQuery(forumOptionsQuery).data?.forums, (f) => ({
    value: f.id,
    label: `${f.name} (${f.organisation.name})`,
  }));
}

export function useOrganisationOptions() {
  return useOptions(useQuery(organisationOptionsQuery).data?.organisations, byName);
}

export function usePartnerCityOptions() {
  return useOptions(useQuery(partnerCityOptionsQuery).data?.partnerCities, byName);
}
