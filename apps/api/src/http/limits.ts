import type { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';

type ArmorConfig = NonNullable<Parameters<typeof EnvelopArmorPlugin>[0]>;

/**
 * How big a GraphQL operation may be. GraphQL Armor measures each one while it is parsed and
 * validated; an operation over a limit is refused before anything runs.
 *
 * The dashboard's operations (every `graphql(...)` document in apps/dashboard/src, as Apollo sends
 * them, i.e. with `__typename` added to each selection set) and the API tests' operations,
 * measured with Armor's own rules:
 *
 * | limit      | Armor default | dashboard max                  | tests max | here   |
 * | ---------- | ------------- | ------------------------------ | --------- | ------ |
 * | depth      | 6             | 7 (PlansList)                  | 8         | 8      |
 * | aliases    | 15            | 2 (Overview)                   | 2         | 5      |
 * | tokens     | 1 000         | 226 (ObligationsList)          | 117       | 500    |
 * | directives | 50            | 1 (@include on ProjectPage)    | 0         | 5      |
 * | cost       | 5 000         | 641 (ObligationsList)          | 991       | 1 000  |
 *
 * Depth counts the levels of the response (`flattenFragments`): a fragment spread is not a level
 * of its own, so the colocated fragments the dashboard is built from cost nothing extra (counted
 * Armor's default way, the dashboard's pages reach 13 for the same data). A connection spends
 * three levels before its first own field (`things { edges { node { … } } }`), so a list row's
 * relation of a relation (plans → priorities → membership → organisation → name) is 7 already.
 * The dashboard needs 7; 8 is what test/statements.test.ts's memberships list reaches
 * (memberships → … → forums → seats → unit → name). Ending that query at `seats { id }` would
 * let this be 7.
 *
 * Cost is Armor's estimate: 1 per scalar, 2 per object, ×1.5 per level, and a field's whole cost
 * multiplied by a literal `first`/`last` argument. A page size sent as a variable is not
 * multiplied, so the dashboard's long lists (the 500-row option lists of filters and forms, a
 * record's history) pass theirs as one (`$first: Int = 500`): the row count is bounded by the
 * schema's own page cap (500), the cost by the shape of the selection. The tests' largest is the
 * hardening test's own probe at the limit. test/hardening.test.ts sends every dashboard query to
 * check that none is refused.
 */
export const GRAPHQL_LIMITS = {
  depth: 8,
  aliases: 5,
  tokens: 500,
  directives: 5,
  cost: 1_000,
} as const;

/** The largest request body /graphql reads: a generous 50× the dashboard's largest operation. */
export const MAX_BODY_BYTES = 100_000;

/** Armor's configuration for these limits; field suggestions are hidden in production only. */
export function armorConfig(production: boolean): ArmorConfig {
  return {
    maxDepth: { n: GRAPHQL_LIMITS.depth, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.aliases },
    maxTokens: { n: GRAPHQL_LIMITS.tokens },
    maxDirectives: { n: GRAPHQL_LIMITS.directives },
    costLimit: { maxCost: GRAPHQL_LIMITS.cost, flattenFragments: true },
    // "Did you mean …?" names fields the client did not know: a map of the schema, piece by piece.
    blockFieldSuggestion: { enabled: production },
  };
}
