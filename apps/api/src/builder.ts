import type { EntityManager } from '@mikro-orm/postgresql';
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';

export interface Context {
  /** A fresh identity map for this request. */
  em: EntityManager;
  settings: ApiSettings;
  /** Who is making the request, as recorded on waivers; null until sign-in exists. */
  viewerName: string | null;
}

/** Settings the schema reads (from the environment, see config.ts). */
export interface ApiSettings {
  /** Days after a meeting before its missing report is overdue (R7). */
  meetingReportDays: number;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  Connection: { totalCount: number };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
  };
}>({
  plugins: [ErrorsPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    cursorType: 'String',
    clientMutationId: 'omit',
  },
});

builder.queryType({});
builder.mutationType({});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many records match the filter, on every page.',
    resolve: (parent) => parent.totalCount,
  }),
);

export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The fields every registry record shows: its version (for optimistic locking) and timestamps. */
export function recordFields<T extends { version: number; createdAt: Date; updatedAt: Date }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>,
) {
  return {
    version: t.int({
      description: 'Changes on every save; send it back when editing.',
      resolve: (row) => row.version,
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (row) => row.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (row) => row.updatedAt }),
  };
}
