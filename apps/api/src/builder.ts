import type { EntityManager } from '@mikro-orm/postgresql';
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import type { SessionPolicy, Viewer } from './auth/sessions';
import type { DataCache } from './db/data-version';

export interface Context {
  /** A fresh identity map for this request. */
  em: EntityManager;
  /** This database's cache of results computed from its data (see db/data-version.ts). */
  cache: DataCache;
  settings: ApiSettings;
  /** Who is signed in; null for an anonymous request. */
  viewer: Viewer | null;
  /** The request, for its cookies (sign-in and sign-out set them). */
  request: Request;
  /** The client's network address, for sign-in throttling. */
  address: string;
}

/** Settings the schema reads (from the environment, see config.ts). */
export interface ApiSettings {
  /** Days after a meeting before its missing report is overdue (R7). */
  meetingReportDays: number;
  session: SessionPolicy;
  /** Send the session cookie over HTTPS only. */
  secureCookies: boolean;
  /** Single sign-on through the city's identity provider is configured (/auth/oidc/login). */
  singleSignOn: boolean;
}

const FOLLOW_UP_ROLES = new Set(['admin', 'analyst', 'steering', 'unit_editor']);

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
  AuthScopes: {
    /** Any account: reads the registry. */
    signedIn: boolean;
    /** Reads the follow-up work: plans, projects' workflow, meetings, the ledger, dashboards. */
    followUp: boolean;
    /** Writes assessments and analyses. */
    analyst: boolean;
    admin: boolean;
    /** Writes the records of this unit (admins: every unit). */
    unitWriter: number | null;
  };
}>({
  // Relay first, so that scopes see parsed global ids; scope-auth before the resolvers run.
  plugins: [ErrorsPlugin, RelayPlugin, ScopeAuthPlugin, DataloaderPlugin],
  scopeAuth: {
    authScopes: (ctx) => {
      const role = ctx.viewer?.role;
      return {
        signedIn: ctx.viewer != null,
        followUp: role != null && FOLLOW_UP_ROLES.has(role),
        analyst: role === 'admin' || role === 'analyst',
        admin: role === 'admin',
        unitWriter: (unitId) =>
          role === 'admin' ||
          (role === 'unit_editor' && unitId != null && ctx.viewer?.unitId === unitId),
      };
    },
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer
        ? new GraphQLError('Du har inte behörighet till det här.', {
            extensions: { code: 'FORBIDDEN' },
          })
        : new GraphQLError('Logga in först.', { extensions: { code: 'UNAUTHENTICATED' } }),
  },
  defaultFieldNullability: false,
  relay: {
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    cursorType: 'String',
    clientMutationId: 'omit',
    nodeQueryOptions: { authScopes: { signedIn: true } },
    nodesQueryOptions: { authScopes: { signedIn: true } },
  },
});

// Nothing is open unless it says so: every query and mutation needs a signed-in account by
// default; fields add stricter scopes, and types carry their own so relations are checked too.
builder.queryType({ authScopes: { signedIn: true } });
builder.mutationType({ authScopes: { signedIn: true } });

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
