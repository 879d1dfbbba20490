import { p } from '@mikro-orm/core';

/** Columns every record has: a surrogate id, timestamps and an optimistic-locking version. */
export const baseProperties = {
  id: p.integer().primary().autoincrement(),
  createdAt: p
    .datetime()
    .onCreate(() => new Date())
    .defaultRaw('now()'),
  updatedAt: p
    .datetime()
    .onCreate(() => new Date())
    .onUpdate(() => new Date())
    .defaultRaw('now()'),
  version: p.integer().version(),
};

/** A stable natural key (a slug) that imports upsert by; never shown as an id. */
export const keyProperty = p.string().length(120).unique();

/** Names sort as Swedish readers expect: case-insensitively, with Å, Ä, Ö last (ICU collation). */
export const SWEDISH = 'sv-SE-x-icu';
export const nameProperty = (length = 200) => p.string().length(length).collation(SWEDISH).index();

/** Set while a record is archived: it leaves the lists but keeps its page and its history. */
export const archivedProperty = { archivedAt: p.datetime().nullable() };
