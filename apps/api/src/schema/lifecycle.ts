import {
  type EntityMetadata,
  type EntityName,
  type EntityProperty,
  ReferenceKind,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type ArgBuilder, brandWithType } from '@pothos/core';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { builder, type Context, type Types } from '../builder';
import { entities } from '../db/entities';
import { Meeting } from '../db/meeting';
import { Project } from '../db/project';
import { diff, recordAudit, recordChange, recordLabel, snapshot } from '../services/audit';
import { type Dependant, InputError, MUTATION_ERRORS, RecordInUse } from './errors';
import { assertUnitWriter, checkVersion, findForUpdate } from './mutation';
import * as refs from './refs';

/**
 * Archive, restore and delete, for every registry and follow-up record by its global id. An
 * archived record leaves the lists (`includeArchived: true` brings it back) but keeps its page and
 * its history. Whoever may update a record may archive and restore it; only administrators delete,
 * and only records nothing else refers to.
 */

type Row = { id: number; version: number; updatedAt: Date; archivedAt?: Date | null };
type Unitish = { id: number } | null | undefined;

type Writers =
  | 'admin'
  | 'analyst'
  | { units: (row: never, tx: EntityManager) => Promise<Unitish[]> };

interface Archivable {
  entity: EntityName<object>;
  /** Who may write it: as its update mutation says. */
  writers: Writers;
}

const unitOf = (get: (row: never) => Unitish) => ({
  units: async (row: never) => [get(row)],
});

/** Who may write the records that not only administrators write (as their updates say). */
const WRITERS: Record<string, Writers> = {
  MembershipAssessment: 'analyst',
  OperationalPlan: unitOf((r: { unit: Unitish }) => r.unit),
  Participation: unitOf((r: { unit: Unitish }) => r.unit),
  Meeting: unitOf((r: { unit: Unitish }) => r.unit),
  Secondment: unitOf((r: { unit: Unitish }) => r.unit),
  Project: unitOf((r: { ownerUnit: Unitish }) => r.ownerUnit),
  SupportRequest: {
    units: async (r: { project: { id: number } }, tx) => [
      (await tx.findOneOrFail(Project, { id: r.project.id })).ownerUnit,
    ],
  },
  MeetingReport: {
    units: async (r: { meeting: { id: number } }, tx) => [
      (await tx.findOneOrFail(Meeting, { id: r.meeting.id })).unit,
    ],
  },
};

/** The records that can be archived (those with `archivedAt`), by GraphQL type name. */
export const ARCHIVABLE: Record<string, Archivable> = Object.fromEntries(
  entities
    .filter((entity) => 'archivedAt' in entity.meta.properties)
    .map((entity) => [
      entity.meta.className,
      {
        entity: entity as unknown as EntityName<object>,
        writers: WRITERS[entity.meta.className] ?? 'admin',
      },
    ]),
);

// Every archivable type shows whether (and since when) it is archived.
for (const [name, ref] of Object.entries(refs)) {
  const typename = name.replace(/Ref$/, '');
  if (!ARCHIVABLE[typename]) continue;
  builder.objectFields(ref as typeof refs.UnitRef, (t) => ({
    archivedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the record was archived; null while it is in use.',
      resolve: (row) => (row as Row).archivedAt ?? null,
    }),
  }));
}

function target(globalId: string): { kind: string; id: number; spec: Archivable } {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    const spec = ARCHIVABLE[typename];
    if (spec && /^\d{1,10}$/.test(id)) return { kind: typename, id: Number(id), spec };
  } catch {
    // Falls through to the field error.
  }
  throw new InputError([
    {
      field: 'id',
      code: 'INVALID_ID',
      message: 'Det går inte att arkivera eller ta bort den här posten.',
    },
  ]);
}

/** Refuses unless the viewer may update the record (before anything changes). */
async function assertWriter(ctx: Context, tx: EntityManager, spec: Archivable, row: Row) {
  const role = ctx.viewer?.role;
  if (spec.writers === 'admin' && role === 'admin') return;
  if (spec.writers === 'analyst' && (role === 'admin' || role === 'analyst')) return;
  if (typeof spec.writers === 'object') {
    const units = await spec.writers.units(row as never, tx);
    assertUnitWriter(
      ctx,
      units.map((u) => u?.id ?? null),
    );
    return;
  }
  throw new GraphQLError('Du har inte behörighet till det här.', {
    extensions: { code: 'FORBIDDEN' },
  });
}

const NodeRef = builder.nodeInterfaceRef();

const ArchivedState = builder
  .objectRef<{ kind: string; row: Row }>('RecordArchiveState')
  .implement({
    description: 'A record after it was archived or restored.',
    fields: (t) => ({
      id: t.id({ resolve: (r) => encodeGlobalID(r.kind, r.row.id) }),
      version: t.int({ resolve: (r) => r.row.version }),
      archivedAt: t.field({
        type: 'DateTime',
        nullable: true,
        resolve: (r) => r.row.archivedAt ?? null,
      }),
      record: t.field({ type: NodeRef, resolve: (r) => r.row }),
    }),
  });

const lifecycleArgs = (arg: ArgBuilder<Types>) => ({
  id: arg.id({ required: true, description: 'Global id of the record.' }),
  version: arg.int({ required: true, description: 'The version the client read.' }),
});

/** Archives (`archive: true`) or restores a record, version-checked, with its history entry. */
async function setArchived(ctx: Context, globalId: string, version: number, archive: boolean) {
  return ctx.em.transactional(async (tx) => {
    const { kind, id, spec } = target(globalId);
    const row = (await findForUpdate(tx, spec.entity, id)) as Row;
    await assertWriter(ctx, tx, spec, row);
    await checkVersion(tx, row, version);
    if ((row.archivedAt != null) === archive) {
      throw new InputError([
        {
          field: 'id',
          code: archive ? 'ALREADY_ARCHIVED' : 'NOT_ARCHIVED',
          message: archive ? 'Posten är redan arkiverad.' : 'Posten är inte arkiverad.',
        },
      ]);
    }
    const before = await snapshot(tx, row);
    tx.assign(row, { archivedAt: archive ? new Date() : null, updatedAt: new Date() } as never);
    await tx.flush();
    await recordChange(tx, ctx, archive ? 'ARCHIVE' : 'RESTORE', row, before);
    // The Node interface tells the record's type by this brand.
    // The Node interface tells the record's type by this brand.
    brandWithType(row, kind as never);
    return { kind, row };
  });
}

/** Metadata of every entity, for finding the rows that refer to a record. */
function allMeta(em: EntityManager): EntityMetadata[] {
  return [...em.getMetadata().getAll().values()];
}

function refersTo(prop: EntityProperty, className: string): boolean {
  const toOne =
    prop.kind === ReferenceKind.MANY_TO_ONE ||
    (prop.kind === ReferenceKind.ONE_TO_ONE && Boolean(prop.owner));
  const toMany = prop.kind === ReferenceKind.MANY_TO_MANY && Boolean(prop.owner);
  return (toOne || toMany) && prop.targetMeta?.className === className;
}

const EXAMPLES = 5;

/**
 * The records that refer to this one, by kind. A row that is part of another record (a plan's
 * priority, a project's partner) counts as that record.
 */
async function dependantsOf(
  tx: EntityManager,
  className: string,
  id: number,
): Promise<Dependant[]> {
  const found = new Map<string, Dependant>();
  const add = (kind: string, rows: { id: number; label: string }[], count: number) => {
    const entry = found.get(kind) ?? { recordKind: kind, count: 0, examples: [] };
    entry.count += count;
    for (const row of rows) {
      if (entry.examples.length < EXAMPLES && !entry.examples.some((e) => e.id === row.id)) {
        entry.examples.push({ recordKind: kind, id: row.id, label: row.label });
      }
    }
    found.set(kind, entry);
  };
  for (const meta of allMeta(tx)) {
    const owner = ARCHIVABLE[meta.className]
      ? null
      : meta.props.find((p) => p.kind === ReferenceKind.MANY_TO_ONE && p.deleteRule === 'cascade');
    // A row that is part of this very record (its priorities, its partners) goes with it.
    const props = meta.props.filter((prop) => refersTo(prop, className) && prop !== owner);
    if (props.length === 0) continue;
    const where = { $or: props.map((prop) => ({ [prop.name]: id })) };
    const count = await tx.count(meta.class, where as never);
    if (count === 0) continue;
    const rows = (await tx.find(meta.class, where as never, {
      limit: EXAMPLES,
      orderBy: { id: 'asc' } as never,
    })) as object[];
    if (owner) {
      // Part of another record: name that record.
      const parents = rows.map((r) => (r as Record<string, { id: number }>)[owner.name]);
      const loaded = await tx.find(
        owner.targetMeta?.class as EntityName<object>,
        {
          id: { $in: parents.flatMap((p) => (p ? [p.id] : [])) },
        } as never,
      );
      add(
        owner.targetMeta?.className ?? owner.name,
        loaded.map((p) => ({ id: (p as Row).id, label: recordLabel(p) })),
        count,
      );
    } else {
      add(
        meta.className,
        rows.map((r) => ({ id: (r as Row).id, label: recordLabel(r) })),
        count,
      );
    }
  }
  return [...found.values()];
}

const DeletedRecord = builder.objectRef<{ kind: string; id: number }>('DeletedRecord').implement({
  description: 'A record that was deleted; its history stays readable by this id.',
  fields: (t) => ({
    id: t.id({ resolve: (r) => encodeGlobalID(r.kind, r.id) }),
    recordKind: t.exposeString('kind'),
  }),
});

/** Only administrators delete; the rest may archive what they may update. */
builder.mutationFields((t) => ({
  archiveRecord: t.field({
    type: ArchivedState,
    description:
      'Archives a record: it leaves the lists but keeps its page and history. Allowed to ' +
      'whoever may update it; refused if it changed since `version`.',
    errors: { types: MUTATION_ERRORS },
    args: lifecycleArgs(t.arg),
    resolve: (_root, args, ctx) => setArchived(ctx, String(args.id), args.version, true),
  }),
  restoreRecord: t.field({
    type: ArchivedState,
    description: 'Brings an archived record back into the lists.',
    errors: { types: MUTATION_ERRORS },
    args: lifecycleArgs(t.arg),
    resolve: (_root, args, ctx) => setArchived(ctx, String(args.id), args.version, false),
  }),
  deleteRecord: t.field({
    type: DeletedRecord,
    description:
      'Deletes a record for good (administrators). Refused with RecordInUse while other ' +
      'records refer to it: archive it instead. Its history stays.',
    errors: { types: [...MUTATION_ERRORS, RecordInUse] },
    authScopes: { admin: true },
    args: lifecycleArgs(t.arg),
    resolve: (_root, args, ctx) =>
      ctx.em.transactional(async (tx) => {
        const { kind, id, spec } = target(String(args.id));
        const row = (await findForUpdate(tx, spec.entity, id)) as Row;
        await checkVersion(tx, row, args.version);
        const dependants = await dependantsOf(tx, kind, id);
        if (dependants.length > 0) throw new RecordInUse(dependants);
        const before = await snapshot(tx, row);
        const label = recordLabel(row);
        tx.remove(row);
        await tx.flush();
        await recordAudit(tx, ctx, {
          action: 'DELETE',
          record: { kind, id, label, version: null },
          changes: diff(before, null),
        });
        return { kind, id };
      }),
  }),
}));
