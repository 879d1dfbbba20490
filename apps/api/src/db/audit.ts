import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Account } from './account';

/** What a change did to a record. */
export const AUDIT_ACTIONS = [
  'CREATE',
  'UPDATE',
  'ARCHIVE',
  'RESTORE',
  'DELETE',
  'IMPORT',
  'TRANSITION',
  'WAIVE',
  'REVOKE',
  'ERASE',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One field's value before and after a change (relations as global ids, dates as ISO text). */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/**
 * One change to one record: who, when, what, and each field's old and new value. Written in the
 * transaction of the change itself, so a change that is rolled back leaves no entry. The record is
 * named by kind and id, not by a foreign key, so the entry outlives a deleted record.
 */
export const AuditEntry = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  indexes: [{ properties: ['recordKind', 'recordId'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    at: p
      .datetime()
      .onCreate(() => new Date())
      .index(),
    /** Null for system jobs (the annex import). Kept when the account goes. */
    actor: () => p.manyToOne(Account).nullable().index().deleteRule('set null'),
    action: p.enum(AUDIT_ACTIONS),
    /** The record's GraphQL type name, e.g. `Project`. */
    recordKind: p.string().length(60),
    recordId: p.integer(),
    /** How the record was called at the time (its name, title, date …). */
    recordLabel: p.string().length(300),
    /** The record's version after the change, for telling a stale editor what moved since. */
    recordVersion: p.integer().nullable(),
    changes: p.json<FieldChange[]>(),
  },
});
export type IAuditEntry = InferEntity<typeof AuditEntry>;
