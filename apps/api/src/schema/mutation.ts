import { INPUT_MESSAGES, parseInput, toSlug } from '@malmo/domain';
import { type EntityName, LockMode, wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InputObjectRef, ObjectRef } from '@pothos/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { z } from 'zod';
import { builder, type Context, type Types } from '../builder';
import { changesSince, recordChange, snapshot } from '../services/audit';
import { type FieldProblem, InputError, MUTATION_ERRORS, StaleVersion } from './errors';

/** Parses an input with its domain schema; the same Swedish messages the dashboard shows. */
export function validate<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = parseInput(schema, raw);
  if (!result.ok) throw new InputError(result.errors);
  return result.value;
}

/**
 * Turns the global ids of an input into records inside the mutation's transaction, collecting a
 * field error for each id that is malformed, of the wrong type or unknown, so that the client
 * hears about all of them at once.
 */
export class References {
  readonly problems: FieldProblem[] = [];

  constructor(private readonly em: EntityManager) {}

  async one<T extends object>(
    entity: EntityName<T>,
    typename: string,
    globalId: string,
    field: string,
  ): Promise<T> {
    const found = await this.optional(entity, typename, globalId, field);
    return found as T;
  }

  async optional<T extends object>(
    entity: EntityName<T>,
    typename: string,
    globalId: string | null | undefined,
    field: string,
  ): Promise<T | null> {
    if (globalId == null) return null;
    const id = this.decode(typename, globalId, field);
    if (id == null) return null;
    const row = await this.em.findOne(entity, { id } as never);
    if (!row) this.problems.push({ field, code: 'NOT_FOUND', message: 'Posten finns inte.' });
    return row;
  }

  async many<T extends object>(
    entity: EntityName<T>,
    typename: string,
    globalIds: readonly string[],
    field: string,
  ): Promise<T[]> {
    const ids = globalIds.map((g, i) => this.decode(typename, g, `${field}.${i}`));
    const wanted = ids.filter((id): id is number => id != null);
    const rows = wanted.length ? await this.em.find(entity, { id: { $in: wanted } } as never) : [];
    const byId = new Map(rows.map((row) => [(row as unknown as { id: number }).id, row as T]));
    ids.forEach((id, i) => {
      if (id != null && !byId.has(id)) {
        this.problems.push({
          field: `${field}.${i}`,
          code: 'NOT_FOUND',
          message: 'Posten finns inte.',
        });
      }
    });
    return wanted.flatMap((id) => {
      const row = byId.get(id);
      return row === undefined ? [] : [row];
    });
  }

  /** Throws the collected problems, if any. */
  check(): void {
    if (this.problems.length) throw new InputError(this.problems);
  }

  private decode(typename: string, globalId: string, field: string): number | null {
    const id = decodeId(typename, globalId);
    if (id == null) this.problems.push({ field, code: 'INVALID_ID', message: 'Ogiltigt id.' });
    return id;
  }
}

/**
 * Unit ids a change touches: null for "no unit" (only administrators may write those);
 * undefined entries (no record before a create) are ignored.
 */
type UnitIds = (number | null | undefined)[];

/** A key no other record of the kind has: the text's slug, numbered when taken. */
export async function freeKey<T extends object>(
  tx: EntityManager,
  entity: EntityName<T>,
  text: string,
  fallback: string,
): Promise<string> {
  const base = (toSlug(text) || fallback).slice(0, 100);
  const rows = await tx.find(entity, { key: { $like: `${base}%` } } as never, {
    fields: ['key'] as never,
  });
  const taken = new Set(rows.map((row) => (row as unknown as { key: string }).key));
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

/**
 * A parent must not be the record itself or one of its descendants (units and forums nest):
 * walks up from the new parent and reports a field problem on a loop.
 */
export async function checkParent<Row extends { id: number; parent?: { id: number } | null }>(
  tx: EntityManager,
  entity: EntityName<Row>,
  existing: Row | null,
  parent: Row | null,
  refs: References,
  field = 'parentId',
): Promise<void> {
  if (!existing || !parent) return;
  const seen = new Set<number>();
  for (let at: Row | null = parent; at && !seen.has(at.id); ) {
    if (at.id === existing.id) {
      refs.problems.push({
        field,
        code: 'PARENT_IS_SELF',
        message: INPUT_MESSAGES.PARENT_IS_SELF.sv,
      });
      return;
    }
    seen.add(at.id);
    const up: number | undefined = at.parent?.id;
    at = up == null ? null : await tx.findOne(entity, { id: up } as never);
  }
}

/** The unit of a global Unit id in an input (null when absent or malformed). */
export function unitOf(globalId: string | null | undefined): number | null {
  return globalId ? decodeId('Unit', globalId) : null;
}

/**
 * Unit editors write only their own unit's records (and may not move one to another unit);
 * administrators write every unit's. Everyone else is refused before anything is read or saved.
 */
export function assertUnitWriter(ctx: Context, unitIds: UnitIds): void {
  const viewer = ctx.viewer;
  if (viewer?.role === 'admin') return;
  const touched = unitIds.filter((id) => id !== undefined);
  if (
    viewer?.role === 'unit_editor' &&
    touched.length > 0 &&
    touched.every((id) => id != null && id === viewer.unitId)
  ) {
    return;
  }
  throw new GraphQLError('Du har inte behörighet att ändra den här förvaltningens uppgifter.', {
    extensions: { code: 'FORBIDDEN' },
  });
}

/** The numeric key of a global id of the given type; null when malformed or of another type. */
export function decodeId(typename: string, globalId: string): number | null {
  try {
    const { typename: actual, id } = decodeGlobalID(globalId);
    if (actual === typename && /^\d{1,10}$/.test(id)) return Number(id);
  } catch {
    // Not a global id at all.
  }
  return null;
}

/** The input's value for a record field: `unit` ← `unitId`, `attendees` ← `attendeeIds`. */
function inputValue(input: Record<string, unknown> | undefined, field: string): unknown {
  if (!input) return null;
  const nested = Object.values(input).filter(
    (v): v is Record<string, unknown> => v != null && typeof v === 'object' && !Array.isArray(v),
  );
  for (const source of [input, ...nested]) {
    for (const name of [field, `${field}Id`, `${field.replace(/s$/, '')}Ids`]) {
      if (Object.hasOwn(source, name)) return source[name] ?? null;
    }
  }
  return null;
}

/**
 * Optimistic locking: refuses a save based on an older read of the record, saying which fields
 * moved since (the value read, the value stored, and what this save would have written).
 */
export async function checkVersion(
  tx: EntityManager,
  row: { id: number; version: number; updatedAt: Date },
  expectedVersion: number,
  input?: Record<string, unknown>,
): Promise<void> {
  if (row.version === expectedVersion) return;
  const kind = (wrap(row, true).__meta as { className: string }).className;
  const changes = await changesSince(tx, kind, row.id, expectedVersion);
  throw new StaleVersion(
    row.version,
    row.updatedAt,
    changes.map((c) => ({
      field: c.field,
      read: c.old,
      stored: c.new,
      yours: inputValue(input, c.field),
    })),
  );
}

type Versioned = { id: number; version: number; updatedAt: Date };

export interface RecordMutations<Row extends Versioned, Value> {
  /** GraphQL type name: `createX`, `updateX` are derived from it. */
  typeName: string;
  ref: ObjectRef<Types, Row | number, Row>;
  entity: EntityName<Row>;
  input: InputObjectRef<Types, object>;
  schema: z.ZodType<Value>;
  description: string;
  /**
   * Who may write: administrators only, analysts (and administrators), or the editors of the
   * units the record belongs to, before and after the change (and administrators).
   */
  writers: 'admin' | 'analyst' | { units: (value: Value, existing: Row | null) => UnitIds };
  /**
   * The record's fields from a validated input: references resolved through `refs`, rules of
   * the strategy checked (throw a RuleViolation). `existing` is null on create. `attach` adds
   * child rows (plan priorities, project partners) once the record exists.
   */
  fields: (
    value: Value,
    refs: References,
    tx: EntityManager,
    existing: Row | null,
  ) => Promise<{ data: Record<string, unknown>; attach?: (row: Row) => Promise<void> | void }>;
  /**
   * Records with a natural key get one on create, made from this text (the name; `data` has
   * the resolved references) and numbered when taken; it never changes afterwards.
   */
  key?: { from: (value: Value, data: Record<string, unknown>) => string; fallback: string };
}

/** `createX(input)` and `updateX(id, version, input)`: validated, all-or-nothing, version-checked. */
export function recordMutations<Row extends Versioned, Value>(
  options: RecordMutations<Row, Value>,
) {
  const { typeName, ref, entity, input, schema } = options;

  const writers = options.writers;
  const authScopes =
    writers === 'admin'
      ? { admin: true }
      : writers === 'analyst'
        ? { analyst: true }
        : { followUp: true };

  async function save(
    ctx: Context,
    tx: EntityManager,
    raw: unknown,
    existing: Row | null,
  ): Promise<Row> {
    const value = validate(schema, raw);
    if (typeof writers === 'object') assertUnitWriter(ctx, writers.units(value, existing));
    const before = existing ? await snapshot(tx, existing) : null;
    const refs = new References(tx);
    const { data, attach } = await options.fields(value, refs, tx, existing);
    refs.check();
    if (!existing && options.key) {
      data.key = await freeKey(tx, entity, options.key.from(value, data), options.key.fallback);
    }
    const row = existing ?? tx.create(entity, data as never);
    // Stamped even when only child rows (partners, priorities, attendees) change: the version
    // must move on every save, or a second editor's stale copy would still pass checkVersion.
    if (existing) tx.assign(existing, { ...data, updatedAt: new Date() } as never);
    await attach?.(row);
    await tx.flush();
    await recordChange(tx, ctx, existing ? 'UPDATE' : 'CREATE', row, before);
    return row;
  }

  builder.mutationField(`create${typeName}`, (t) =>
    t.field({
      type: ref,
      description: `Creates ${options.description}.`,
      errors: { types: MUTATION_ERRORS },
      authScopes,
      args: { input: t.arg({ type: input, required: true }) },
      resolve: (_root, args, ctx) =>
        ctx.em.transactional((tx) => save(ctx, tx, args.input, null)) as never,
    }),
  );

  builder.mutationField(`update${typeName}`, (t) =>
    t.field({
      type: ref,
      description: `Updates ${options.description}; refused if the record changed since \`version\`.`,
      errors: { types: MUTATION_ERRORS },
      authScopes,
      args: {
        id: t.arg.id({ required: true, description: `The ${typeName} to update.` }),
        version: t.arg.int({ required: true }),
        input: t.arg({ type: input, required: true }),
      },
      resolve: (_root, args, ctx) =>
        ctx.em.transactional(async (tx) => {
          const id = decodeId(typeName, String(args.id));
          if (id == null) {
            throw new InputError([{ field: 'id', code: 'INVALID_ID', message: 'Ogiltigt id.' }]);
          }
          const existing = await findForUpdate(tx, entity, id);
          await checkVersion(tx, existing, args.version, args.input as Record<string, unknown>);
          return save(ctx, tx, args.input, existing);
        }) as never,
    }),
  );
}

/**
 * The record an update or transition works on, locked (`for update`) until the transaction ends,
 * so that concurrent saves queue up and all but the first meet StaleVersion instead of an
 * OptimisticLockError at flush. An unknown id is the client's mistake.
 */
export async function findForUpdate<Row extends object>(
  tx: EntityManager,
  entity: EntityName<Row>,
  id: number | string,
): Promise<Row> {
  const row = await tx.findOne(entity, { id: Number(id) } as never, {
    lockMode: LockMode.PESSIMISTIC_WRITE,
    refresh: true,
  });
  if (!row)
    throw new InputError([{ field: 'id', code: 'NOT_FOUND', message: 'Posten finns inte.' }]);
  return row;
}
