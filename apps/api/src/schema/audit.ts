import type { Role } from '@malmo/domain';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { builder } from '../builder';
import { Account, type IAccount } from '../db/account';
import { AUDIT_ACTIONS, AuditEntry, type FieldChange, type IAuditEntry } from '../db/audit';
import { RoleEnum } from './auth';
import { JSONRef } from './json';
import { allOf, calendarDate, findPage, oneOf } from './list';

/**
 * The change history: each record's own (`recordHistory`, for whoever may read the record) and
 * the global change log (`changeLog`, administrators only), newest first.
 */

export const AuditActionEnum = builder.enumType('AuditAction', {
  description: 'What a change did to a record.',
  values: AUDIT_ACTIONS,
});

const AuditChangeType = builder.objectRef<FieldChange>('AuditChange').implement({
  description:
    "One field's value before and after a change. Relations are global ids, dates ISO text; " +
    'lists of related records are lists of global ids.',
  fields: (t) => ({
    field: t.exposeString('field'),
    old: t.field({ type: JSONRef, nullable: true, resolve: (c) => c.old ?? null }),
    new: t.field({ type: JSONRef, nullable: true, resolve: (c) => c.new ?? null }),
  }),
});

const AuditActorType = builder.objectRef<IAccount>('AuditActor').implement({
  description: 'The account that made a change.',
  fields: (t) => ({
    id: t.id({ resolve: (a) => encodeGlobalID('Account', a.id) }),
    email: t.exposeString('email'),
    displayName: t.exposeString('name'),
    role: t.field({ type: RoleEnum, resolve: (a) => a.role as Role }),
  }),
});

const AuditEntryType = builder.objectRef<IAuditEntry>('AuditEntry').implement({
  description: 'One change to one record: who, when, what, and each field before and after.',
  fields: (t) => ({
    id: t.id({ resolve: (e) => encodeGlobalID('AuditEntry', e.id) }),
    at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
    action: t.field({ type: AuditActionEnum, resolve: (e) => e.action }),
    recordKind: t.exposeString('recordKind', { description: 'GraphQL type name of the record.' }),
    recordId: t.id({
      description: 'Global id of the record (it may since have been deleted).',
      resolve: (e) => encodeGlobalID(e.recordKind, e.recordId),
    }),
    recordLabel: t.exposeString('recordLabel', { description: 'How the record was called then.' }),
    actor: t.loadable({
      type: AuditActorType,
      nullable: true,
      description: 'Null for system jobs such as the annex import.',
      load: (ids: number[], ctx) => ctx.em.find(Account, { id: { $in: ids } }),
      sort: (account) => account.id,
      resolve: (e) => e.actor?.id ?? null,
    }),
    changes: t.field({ type: [AuditChangeType], resolve: (e) => e.changes }),
  }),
});

/** The kind and numeric id in a record's global id; anything else is the client's mistake. */
function recordOf(globalId: string): { kind: string; id: number } {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    if (/^\d{1,10}$/.test(id)) return { kind: typename, id: Number(id) };
  } catch {
    // Not a global id.
  }
  throw new GraphQLError(`"${globalId.slice(0, 40)}" is not a valid id`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** The first instant of a calendar day in Malmö. */
function startOfDayInMalmo(day: string): Date {
  const utc = new Date(`${day}T00:00:00Z`);
  const offset = new Intl.DateTimeFormat('en', {
    timeZone: 'Europe/Stockholm',
    timeZoneName: 'longOffset',
  })
    .formatToParts(utc)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(offset ?? '');
  const minutes = match
    ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]))
    : 0;
  return new Date(utc.getTime() - minutes * 60_000);
}

function nextDay(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

const NEWEST_FIRST = { field: 'at', direction: 'desc' as const };

builder.queryField('recordHistory', (t) =>
  t.connection({
    type: AuditEntryType,
    description:
      "A record's history, newest first; also of a deleted record. Whoever may read the record " +
      'may read its history.',
    args: { id: t.arg.id({ required: true, description: 'Global id of the record.' }) },
    // The record's type's own scopes (follow-up records are closed to readers), as for the record.
    authScopes: (_root, args, _ctx, info) => {
      const type = info.schema.getType(recordOf(String(args.id)).kind);
      const own = (type?.extensions?.pothosOptions as { authScopes?: unknown } | undefined)
        ?.authScopes;
      return own != null && typeof own === 'object'
        ? (own as { followUp?: boolean })
        : { signedIn: true };
    },
    resolve: (_root, args, ctx) => {
      const { kind, id } = recordOf(String(args.id));
      return findPage(
        ctx.em,
        AuditEntry,
        args,
        { recordKind: kind, recordId: id },
        NEWEST_FIRST,
        'at',
      );
    },
  }),
);

const ChangeLogFilter = builder.inputType('ChangeLogFilter', {
  fields: (t) => ({
    actorIds: t.idList({ description: 'Global ids of accounts (AuditActor.id).' }),
    recordKinds: t.stringList({ description: 'GraphQL type names, e.g. Project.' }),
    actions: t.field({ type: [AuditActionEnum] }),
    from: t.field({ type: 'Date', description: 'Changes on or after this day (in Malmö).' }),
    to: t.field({ type: 'Date', description: 'Changes on or before this day (in Malmö).' }),
  }),
});

function accountIdOf(globalId: string | number): number {
  const { kind, id } = recordOf(String(globalId));
  if (kind !== 'Account') {
    throw new GraphQLError('actorIds: not an account id', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return id;
}

builder.queryFields((t) => ({
  changeLog: t.connection({
    type: AuditEntryType,
    authScopes: { admin: true },
    description: 'Every change to the registry, newest first (administrators).',
    args: { filter: t.arg({ type: ChangeLogFilter }) },
    resolve: (_root, args, ctx) => {
      const f = args.filter;
      const from = calendarDate(f?.from, 'from');
      const to = calendarDate(f?.to, 'to');
      const at = {
        ...(from ? { $gte: startOfDayInMalmo(from) } : {}),
        ...(to ? { $lt: startOfDayInMalmo(nextDay(to)) } : {}),
      };
      const where = allOf(
        oneOf('actor', f?.actorIds?.map(accountIdOf)),
        oneOf('recordKind', f?.recordKinds),
        oneOf('action', f?.actions),
        Object.keys(at).length > 0 && { at },
      );
      return findPage(ctx.em, AuditEntry, args, where, NEWEST_FIRST, 'at');
    },
  }),
  changeLogKinds: t.stringList({
    authScopes: { admin: true },
    description: 'The record kinds (GraphQL type names) that appear in the change log.',
    resolve: async (_root, _args, ctx) => {
      const rows = await ctx.em.execute<{ kind: string }[]>(
        'select distinct "record_kind" as kind from "audit_entry" order by 1',
      );
      return rows.map((r) => r.kind);
    },
  }),
  changeLogActors: t.field({
    type: [AuditActorType],
    authScopes: { admin: true },
    description: 'The accounts that appear in the change log, by name (for its filter).',
    resolve: async (_root, _args, ctx) => {
      const rows = await ctx.em.execute<{ id: number }[]>(
        'select distinct "actor_id" as id from "audit_entry" where "actor_id" is not null',
      );
      if (rows.length === 0) return [];
      return ctx.em.find(
        Account,
        { id: { $in: rows.map((r) => Number(r.id)) } },
        { orderBy: { name: 'asc', id: 'asc' } },
      );
    },
  }),
}));
