import { readFileSync } from 'node:fs';
import { type DocumentNode, Kind, print } from 'graphql';

/**
 * Every operation the dashboard sends, read from its codegen output (`src/gql/graphql.ts`), as
 * the parsed documents Apollo sends. The hardening test, the dashboard timings and the benchmark
 * use them.
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

let printed: Map<string, string> | undefined;

/** One of the dashboard's operations, by name, printed as its codegen wrote it. */
export function dashboardOperation(name: string): string {
  printed ??= new Map(
    dashboardDocuments().flatMap((document) =>
      document.definitions.flatMap((definition) =>
        definition.kind === Kind.OPERATION_DEFINITION && definition.name
          ? [[definition.name.value, print(document)] as const]
          : [],
      ),
    ),
  );
  const source = printed.get(name);
  if (!source) throw new Error(`The dashboard has no operation ${name}`);
  return source;
}
