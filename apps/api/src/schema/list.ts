import { isIsoDate } from '@malmo/domain';
import { type EntityName, wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ArgBuilder } from '@pothos/core';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { builder, type Context, type Types } from '../builder';
import { SortDirection } from './scalars';

type Plain = Record<string, unknown>;

/** `a.b.c` + value → `{ a: { b: { c: value } } }`: MikroORM's shape for a path through relations. */
export function atPath(path: string, value: unknown): Plain {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, part) => ({ [part]: inner }), value) as Plain;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Case-insensitive "contains" on any of the given paths; undefined when there is no text. */
export function textSearch(text: string | null | undefined, paths: string[]): Plain | undefined {
  const query = text?.trim();
  if (!query) return undefined;
  const pattern = `%${escapeLike(query)}%`;
  return { $or: paths.map((path) => atPath(path, { $ilike: pattern })) };
}

/** Joins the conditions that are set. */
export function allOf(...conditions: (Plain | undefined | false | null)[]): Plain {
  const set = conditions.filter(
    (c): c is Plain => Boolean(c) && Object.keys(c as Plain).length > 0,
  );
  return set.length === 0 ? {} : set.length === 1 ? (set[0] as Plain) : { $and: set };
}

/** `{ $in: values }` when a non-empty list is given. */
export function oneOf<V>(path: string, values: readonly V[] | null | undefined): Plain | undefined {
  return values && values.length > 0 ? atPath(path, { $in: values }) : undefined;
}

/** A range on a numeric column, either end open. */
export function between(
  path: string,
  from: number | null | undefined,
  to: number | null | undefined,
): Plain | undefined {
  const range: Plain = {};
  if (from != null) range.$gte = from;
  if (to != null) range.$lte = to;
  return Object.keys(range).length ? atPath(path, range) : undefined;
}

/**
 * A date argument that reaches SQL or the ledger's arithmetic. The Date scalar only checks the
 * shape (mutations report impossible dates as field errors, through the domain's schemas), so a
 * filter's 2007-02-30 is refused here as the client's mistake rather than failing in PostgreSQL.
 */
export function calendarDate<T extends string | null | undefined>(value: T, arg: string): T {
  if (value != null && !isIsoDate(value)) {
    throw new GraphQLError(`${arg}: "${value}" is not a calendar date`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A range on a date column, either end open; each end must be a real calendar date. */
export function dateBetween(
  path: string,
  from: string | null | undefined,
  to: string | null | undefined,
): Plain | undefined {
  const range: Plain = {};
  if (from != null) range.$gte = calendarDate(from, `${path}From`);
  if (to != null) range.$lte = calendarDate(to, `${path}To`);
  return Object.keys(range).length ? atPath(path, range) : undefined;
}

/**
 * Began by the end of the years `from`–`to` and not ended before their start: in force at some
 * time in them. A missing start or end is open (a membership without an end still runs).
 */
export function activeIn(
  startPath: string,
  endPath: string,
  from: number | null | undefined,
  to: number | null | undefined,
): Plain | undefined {
  const condition = allOf(
    to != null && { $or: [atPath(startPath, null), atPath(startPath, { $lte: to })] },
    from != null && { $or: [atPath(endPath, null), atPath(endPath, { $gte: from })] },
  );
  return Object.keys(condition).length ? condition : undefined;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** A year argument that reaches date arithmetic: within 1900–2100, or the client's mistake. */
export function checkYear<T extends number | null | undefined>(value: T, arg: string): T {
  if (value != null && !(value >= MIN_YEAR && value <= MAX_YEAR)) {
    throw new GraphQLError(`${arg}: a year from ${MIN_YEAR} to ${MAX_YEAR}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

const MAX_KEY = 2_147_483_647;

/** The numeric key inside a global id; anything else is the client's mistake, said plainly. */
export function parseKey(id: string): number {
  const key = /^\d{1,10}$/.test(id) ? Number(id) : Number.NaN;
  if (!(key >= 1 && key <= MAX_KEY)) {
    throw new GraphQLError(`"${id.slice(0, 40)}" is not a valid id`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return key;
}

/** A filter's global id as the numeric key (undefined when absent); `for:` ids arrive parsed. */
export function idOf(globalId: { id: string | number } | null | undefined): number | undefined {
  if (!globalId) return undefined;
  return typeof globalId.id === 'number' ? globalId.id : parseKey(globalId.id);
}

/**
 * A unit and every unit under it (a förvaltning with its departments), as a condition on `path`;
 * one statement finds the subtree.
 */
export async function withinUnit(
  em: EntityManager,
  path: string,
  unit: { id: string | number } | null | undefined,
): Promise<Plain | undefined> {
  const id = idOf(unit);
  if (id === undefined) return undefined;
  const rows = (await em.getConnection().execute(
    `with recursive tree as (
      select id from unit where id = ? union select u.id from unit u join tree on u.parent_id = tree.id
    ) select id from tree`,
    [id],
  )) as { id: number }[];
  return atPath(path, { $in: rows.map((row) => row.id) });
}

/**
 * An `XOrder` input for a list: which field to sort by and the direction. Sort paths may go
 * through relations (`organisation.name`).
 */
export function orderInput(typeName: string, fields: Record<string, string>, description: string) {
  const fieldEnum = builder.enumType(`${typeName}OrderField`, {
    values: Object.fromEntries(
      Object.entries(fields).map(([name, path]) => [name, { value: path }]),
    ),
  });
  return builder.inputType(`${typeName}Order`, {
    description,
    fields: (t) => ({
      field: t.field({ type: fieldEnum, required: true }),
      direction: t.field({ type: SortDirection, required: true, defaultValue: 'asc' }),
    }),
  });
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  /** Archivable records: true also lists the archived ones. */
  includeArchived?: boolean | null;
}

/** The `includeArchived` argument every list of archivable records takes. */
export function includeArchivedArg(arg: ArgBuilder<Types>) {
  return {
    includeArchived: arg.boolean({
      defaultValue: false,
      description: 'Also list archived records (they are left out by default).',
    }),
  };
}

/** Archived records leave lists unless asked for; records that cannot be archived are unaffected. */
function unlessArchived(em: EntityManager, entity: EntityName<object>, include?: boolean | null) {
  if (include) return undefined;
  const properties = em.getMetadata().find(entity)?.properties as
    | Record<string, unknown>
    | undefined;
  const archivable = properties?.archivedAt != null;
  return archivable ? { archivedAt: null } : undefined;
}

/**
 * One page of a list as a Relay connection, with the total count: two statements (rows and
 * count), whatever the page size. Ties are broken by id so pages never overlap. Relations are
 * left to the types' batched loaders: joining them into the page's statement was measured slower
 * (PostgreSQL plans the joins on every request, MikroORM takes the wide rows apart).
 */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  args: PageArgs,
  where: Plain,
  order: { field: string; direction: 'asc' | 'desc' } | null | undefined,
  fallbackOrder: string,
) {
  let totalCount = 0;
  const direction = order?.direction ?? 'asc';
  // Missing values (no end date, no join year) go last whichever way the list is sorted.
  const orderBy = [
    atPath(order?.field ?? fallbackOrder, `${direction} nulls last`),
    { id: direction },
  ];
  const connection = await resolveOffsetConnection(
    { args, defaultSize: 50, maxSize: 500 },
    async ({ limit, offset }) => {
      const visible = allOf(
        where,
        unlessArchived(em, entity as EntityName<object>, args.includeArchived),
      );
      const [rows, count] = await em.findAndCount(entity, visible as never, {
        limit,
        offset,
        orderBy: orderBy as never,
      });
      totalCount = count;
      return rows;
    },
  );
  return { ...connection, totalCount };
}

/** Loader pieces for a one-to-many relation: all children of a batch of parents in one query. */
export function childrenBy<T extends object>(
  entity: EntityName<T>,
  foreignKey: keyof T & string,
  orderBy: Plain,
) {
  return {
    load: (ids: number[], ctx: Context) =>
      ctx.em.find(
        entity,
        allOf(
          atPath(foreignKey, { $in: ids }),
          unlessArchived(ctx.em, entity as EntityName<object>),
        ) as never,
        {
          orderBy: [orderBy, { id: 'asc' }] as never,
        },
      ) as Promise<T[]>,
    // The loadable shape also admits a bare key; rows from `load` are always entities.
    group: (row: T | number) =>
      typeof row === 'number' ? row : (row[foreignKey] as { id: number }).id,
  };
}

/**
 * Loader for a many-to-many relation (an owner's `property`, e.g. a meeting's attendees): the
 * related records of a batch of owners in one statement through the pivot table, by name (ties
 * by id), instead of reading the owners again with their collections.
 */
export function membersOf<O extends object, T extends { id: number }>(
  entity: EntityName<O>,
  property: string,
  target: EntityName<T>,
) {
  return async (ids: number[], ctx: Context): Promise<T[][]> => {
    const metadata = ctx.em.getMetadata();
    const relation = metadata.find(entity as EntityName<object>)?.properties[property as never] as
      | { pivotTable: string; joinColumns: string[]; inverseJoinColumns: string[] }
      | undefined;
    const table = metadata.find(target)?.tableName;
    if (!relation || !table) throw new Error(`${String(property)} is not a many-to-many relation`);
    const [owner] = relation.joinColumns;
    const [member] = relation.inverseJoinColumns;
    const rows = (await ctx.em.getConnection().execute(
      `select j."${owner}" as "__owner", t.* from "${relation.pivotTable}" j
        join "${table}" t on t.id = j."${member}"
       where j."${owner}" in (?) order by t.name, t.id`,
      [ids],
    )) as ({ __owner: number } & Record<string, unknown>)[];
    const byOwner = new Map<number, T[]>(ids.map((id) => [id, []]));
    for (const { __owner, ...row } of rows)
      byOwner.get(__owner)?.push(ctx.em.map(target, row as never));
    return ids.map((id) => byOwner.get(id) ?? []);
  };
}

/**
 * A many-to-one reference for a loadable field: the entity itself when it is already loaded in
 * this request (a mutation's result, a record read with it), so that no statement is spent on
 * it; else its id, for the type's batched loader; null when unset.
 */
export function related<T extends { id: number }>(reference: T): T | number;
export function related<T extends { id: number }>(
  reference: T | null | undefined,
): T | number | null;
export function related<T extends { id: number }>(
  reference: T | null | undefined,
): T | number | null {
  if (reference == null) return null;
  return wrap(reference).isInitialized() ? reference : reference.id;
}
