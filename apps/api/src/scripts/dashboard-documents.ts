import { readFileSync } from 'node:fs';
import type { DocumentNode } from 'graphql';

/**
 * Every operation the dashboard sends, read from its codegen output (`src/gql/graphql.ts`), as
 * the parsed documents Apollo sends. The hardening test and the dashboard timings use them.
 */
export function dashboardDocuments(): DocumentNode[] {
  const source = readFileSync(
    new URL('../../../dashboard/src/gql/graphql.ts', import.meta.url),
    'utf8',
  );
  return [...source.matchAll(/^export const \w+Document = (.*) as unknown as DocumentNode/gm)].map(
    (m) => JSON.parse(m[1] ?? '') as DocumentNode,
  );
}
