import {
  type EntityMetadata,
  type EntityProperty,
  ReferenceKind,
  Utils,
  wrap,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Viewer } from '../auth/sessions';
import { type AuditAction, AuditEntry, type FieldChange, type IAuditEntry } from '../db/audit';

export type { AuditAction, FieldChange };

/**
 * The change history. Every mutation that changes a record calls `recordAudit` inside its own
 * transaction, so an entry exists exactly when the change was committed:
 *
 *   const before = await snapshot(tx, row);      // before changing it (null on create)
 *   … change the row, flush …
 *   await recordChange(tx, ctx, 'UPDATE', row, before);
 *
 * Values are kept as JSON: scalars as they are, dates as ISO text, relations as GraphQL global ids,
 * many-to-many relations as sorted lists of global ids, and owned children (a plan's priorities,
 * a project's partners) as lists of their own values.
 */

/** Who changes: the signed-in account of the request, or none for system jobs. */
export type AuditContext = { viewer: Pick<Viewer, 'accountId'> | null } | null;

/** A record as the history names it: its GraphQL type name and numeric id. */
export interface RecordRef {
  kind: string;
  id: number;
  /** How the record is called; default: read from the record. */
  label?: string;
  version?: number | null;
}

export interface AuditInput {
  action: AuditAction;
  /** The record (an entity, flushed so it has its id), or its kind and id. */
  record: object | RecordRef;
  /** Field changes; default none (e.g. for DELETE of a record the caller did not snapshot). */
  changes?: FieldChange[];
  /** Overrides the label read from the record (e.g. to keep personal data out). */
  label?: string;
}

/** A record's values at one moment, by field. */
export type Snapshot = Record<string, unknown>;

/** Never part of a change: identity and bookkeeping. */
const SKIPPED = new Set(['id', 'createdAt', 'updatedAt', 'version']);

type Row = Record<string, unknown>;

function metaOf(entity: object): EntityMetadata {
  return wrap(entity, true).__meta as EntityMetadata;
}

function idOf(value: unknown): number | null {
  if (value == null) return null;
  if (typeof value === 'number') return value;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'number' ? id : null;
}

function plain(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'bigint') return Number(value);
  return value;
}

function targetKind(prop: EntityProperty): string {
  return prop.targetMeta?.className ?? String(prop.type);
}

function relationId(prop: EntityProperty, value: unknown): string | null {
  const id = idOf(value);
  return id == null ? null : encodeGlobalID(targetKind(prop), id);
}

/** Many-to-many owners and owned children (orphan removal): part of the record's value. */
function isPartOfRecord(prop: EntityProperty): boolean {
  return (
    (prop.kind === ReferenceKind.MANY_TO_MANY && Boolean(prop.owner)) ||
    (prop.kind === ReferenceKind.ONE_TO_MANY && Boolean(prop.orphanRemoval))
  );
}

/** The scalar and reference values of a row; `parent` is left out (a child's back-reference). */
function valuesOf(entity: object, parent?: string): Snapshot {
  const meta = metaOf(entity);
  const row = entity as Row;
  const values: Snapshot = {};
  for (const prop of meta.props) {
    if (SKIPPED.has(prop.name) || prop.name === parent || prop.primary) continue;
    const value = row[prop.name];
    switch (prop.kind) {
      case ReferenceKind.SCALAR:
        if (prop.lazy) break;
        values[prop.name] = plain(value);
        break;
      case ReferenceKind.MANY_TO_ONE:
        values[prop.name] = relationId(prop, value);
        break;
      case ReferenceKind.ONE_TO_ONE:
        if (prop.owner) values[prop.name] = relationId(prop, value);
        break;
      case ReferenceKind.MANY_TO_MANY: {
        if (!prop.owner) break;
        const items = (value as { getItems(): object[] } | undefined)?.getItems() ?? [];
        values[prop.name] = items
          .map((item) => idOf(item))
          .filter((id): id is number => id != null)
          .sort((a, b) => a - b)
          .map((id) => encodeGlobalID(targetKind(prop), id));
        break;
      }
      case ReferenceKind.ONE_TO_MANY: {
        if (!prop.orphanRemoval) break;
        const items = (value as { getItems(): object[] } | undefined)?.getItems() ?? [];
        const ordered = [...items].sort(
          (a, b) =>
            Number((a as Row).position ?? 0) - Number((b as Row).position ?? 0) ||
            Number(idOf(a)) - Number(idOf(b)),
        );
        values[prop.name] = ordered.map((item) => {
          const { position: _position, ...rest } = valuesOf(item, prop.mappedBy);
          return rest;
        });
        break;
      }
    }
  }
  return values;
}

/**
 * The record's values now, with its many-to-many relations and owned children read fresh from
 * the database (inside the caller's transaction), so that a snapshot after a flush sees exactly
 * what was stored.
 */
export async function snapshot(em: EntityManager, entity: object): Promise<Snapshot> {
  const parts = metaOf(entity)
    .props.filter(isPartOfRecord)
    .map((prop) => prop.name);
  if (parts.length > 0 && idOf(entity) != null) {
    await em.populate(entity, parts as never, { refresh: true });
  }
  return valuesOf(entity);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The fields whose value differs, in the record's field order. Against `null` (nothing before, or
 * nothing after) every field that has a value counts.
 */
export function diff(before: Snapshot | null, after: Snapshot | null): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const empty = (value: unknown) =>
    value == null || (Array.isArray(value) && value.length === 0) || value === false;
  return fields.flatMap((field) => {
    const old = before ? (before[field] ?? null) : null;
    const now = after ? (after[field] ?? null) : null;
    if (same(old, now)) return [];
    // A new (or deleted) record's empty fields say nothing.
    if ((before == null && empty(now)) || (after == null && empty(old))) return [];
    return [{ field, old, new: now }];
  });
}

// --- labels ----------------------------------------------------------------------------------

function loaded(reference: unknown): Row | null {
  if (reference == null || typeof reference !== 'object') return null;
  return wrap(reference as object, true).isInitialized() ? (reference as Row) : null;
}

function nameOf(reference: unknown): string | null {
  const row = loaded(reference);
  const name = row?.name ?? row?.shortName ?? row?.title;
  return typeof name === 'string' ? name : null;
}

const joined = (...parts: unknown[]) =>
  parts.filter((p) => p != null && p !== '').join(', ') || null;

/** Records without a name of their own are called by what they are about. */
const LABELS: Record<string, (row: Row) => string | null> = {
  EuNetworkContact: (r) => joined(r.listedAs, r.year, nameOf(r.person)),
  Membership: (r) => joined(nameOf(r.organisation), r.since),
  Seat: (r) => joined(r.listedAs ?? nameOf(r.forum), r.fromYear),
  Agreement: (r) => joined(nameOf(r.partnerCity), r.signedYear) ?? (r.key as string),
  EventEdition: (r) => joined(loaded(r.series)?.shortName ?? nameOf(r.series), r.year),
  Participation: (r) => joined(nameOf(r.unit), loaded(r.edition)?.year),
  OperationalPlan: (r) => joined(nameOf(r.unit), r.year),
  SupportRequest: (r) => joined(r.kind, r.requestedOn),
  Meeting: (r) => joined(r.date, r.place),
  MeetingReport: (r) => joined('Rapport', r.submittedOn),
  Secondment: (r) => joined(nameOf(r.unit) ?? r.externalOrganisation, r.startOn),
  MembershipAssessment: (r) => joined(nameOf(loaded(r.membership)?.organisation), r.assessedOn),
  ObligationWaiver: (r) => (r.obligationKey as string) ?? null,
};

/** How a record is called: its name, title or key, or what it is about. */
export function recordLabel(entity: object): string {
  const kind = metaOf(entity).className;
  const row = entity as Row;
  const own = row.name ?? row.title ?? null;
  const label = (typeof own === 'string' ? own : null) ?? LABELS[kind]?.(row) ?? row.key;
  const text = label == null || label === '' ? `${kind} ${row.id}` : String(label);
  return text.slice(0, 300);
}

// --- writing ---------------------------------------------------------------------------------

function refOf(record: object | RecordRef): RecordRef & { label: string } {
  if (Utils.isEntity(record)) {
    const id = idOf(record);
    if (id == null) throw new Error('recordAudit: flush the record first, so that it has an id');
    return {
      kind: metaOf(record).className,
      id,
      label: recordLabel(record),
      version: ((record as Row).version as number | undefined) ?? null,
    };
  }
  const ref = record as RecordRef;
  return { ...ref, label: ref.label ?? `${ref.kind} ${ref.id}` };
}

/**
 * `flush: false` leaves the entry for the caller's next flush, so that a bulk change (an import of
 * thousands of rows) writes its entries in a few batches rather than one flush per entry.
 */
export interface FlushOptions {
  flush?: boolean;
}

/**
 * Writes one history entry in the caller's transaction (and flushes it there): rolled back with
 * the change if the transaction fails. `ctx` is the request's context (null for system jobs).
 */
export async function recordAudit(
  em: EntityManager,
  ctx: AuditContext,
  input: AuditInput,
  options: FlushOptions = {},
): Promise<IAuditEntry> {
  const ref = refOf(input.record);
  const entry = em.create(AuditEntry, {
    at: new Date(),
    actor: ctx?.viewer?.accountId ?? null,
    action: input.action,
    recordKind: ref.kind,
    recordId: ref.id,
    recordLabel: (input.label ?? ref.label).slice(0, 300),
    recordVersion: ref.version ?? null,
    changes: input.changes ?? [],
  } as never);
  em.persist(entry);
  if (options.flush !== false) await em.flush();
  return entry;
}

/**
 * The common case: after the change is flushed, compares the record with its snapshot from before
 * (null on create) and writes the entry.
 */
export async function recordChange(
  em: EntityManager,
  ctx: AuditContext,
  action: AuditAction,
  entity: object,
  before: Snapshot | null,
  options: FlushOptions = {},
): Promise<IAuditEntry> {
  const after = await snapshot(em, entity);
  return recordAudit(em, ctx, { action, record: entity, changes: diff(before, after) }, options);
}

/**
 * What changed in a record since the given version, field by field: the value at that version
 * (`old`) and the stored one now (`new`), from the history. Empty when the history does not go
 * back that far.
 */
export async function changesSince(
  em: EntityManager,
  kind: string,
  id: number,
  version: number,
): Promise<FieldChange[]> {
  const entries = await em.find(
    AuditEntry,
    { recordKind: kind, recordId: id, recordVersion: { $gt: version } },
    { orderBy: { id: 'asc' } },
  );
  const byField = new Map<string, FieldChange>();
  for (const entry of entries) {
    for (const change of entry.changes) {
      const seen = byField.get(change.field);
      byField.set(change.field, {
        field: change.field,
        old: seen ? seen.old : change.old,
        new: change.new,
      });
    }
  }
  return [...byField.values()].filter((c) => !same(c.old, c.new));
}
