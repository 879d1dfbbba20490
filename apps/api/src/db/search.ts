import type { EntitySchema } from '@mikro-orm/core';
import { Forum } from './forum';
import { Organisation } from './organisation';
import { PartnerCity } from './partner-city';
import { Person } from './person';
import { Project } from './project';
import { Unit } from './unit';

/**
 * Full-text search over the registry. Two text search configurations (made by a migration):
 * `malmo_swedish` stems Swedish words ("projekten" → "projekt"), `malmo_simple` keeps whole
 * words, so that a name the stemmer would cut ("Anders" → "and") still matches as one types it;
 * both drop accents (unaccent), so "Klammeus" finds "Klamméus". Each searchable table has a GIN
 * index on its document expression, and the search query uses the very same expression.
 */
export const SEARCH_CONFIGS = { swedish: 'malmo_swedish', simple: 'malmo_simple' } as const;

type Weight = 'A' | 'B' | 'C' | 'D';

/** A record kind the search finds: its table, what it is searched by, and how a hit shows. */
export interface SearchDocument {
  /** The GraphQL type name (and so its global id's). */
  kind: string;
  table: string;
  /** Columns searched, by weight: A for what the record is called. */
  columns: readonly [column: string, weight: Weight][];
  /** The hit's title: a column of the table. */
  title: string;
  /** A short context for the hit (SQL over `t`, the table's row), e.g. a person's unit. */
  context: string;
  /**
   * A stored generated column that keeps the document, for a table of long texts: its hits are
   * ranked from the kept document instead of each matching row's texts being parsed again.
   */
  stored?: { column: string; property: string };
}

export const SEARCH_DOCUMENTS = [
  {
    kind: 'Person',
    table: 'person',
    columns: [['name', 'A']],
    title: 'name',
    context: `(select u.name from unit u where u.id = t.unit_id)`,
  },
  {
    kind: 'Unit',
    table: 'unit',
    columns: [['name', 'A']],
    title: 'name',
    context: `(select u.name from unit u where u.id = t.parent_id)`,
  },
  {
    kind: 'Organisation',
    table: 'organisation',
    columns: [
      ['name', 'A'],
      ['abbreviation', 'A'],
    ],
    title: 'name',
    context: 't.abbreviation',
  },
  {
    kind: 'PartnerCity',
    table: 'partner_city',
    columns: [['name', 'A']],
    title: 'name',
    context: 't.country',
  },
  {
    kind: 'Project',
    table: 'project',
    columns: [
      ['title', 'A'],
      ['programme', 'B'],
      ['benefit', 'D'],
      ['long_term_effects', 'D'],
    ],
    title: 'title',
    context: `coalesce(t.programme, (select u.name from unit u where u.id = t.owner_unit_id))`,
    stored: { column: 'search_document', property: 'searchDocument' },
  },
  {
    kind: 'Forum',
    table: 'forum',
    columns: [['name', 'A']],
    title: 'name',
    context: `(select o.name from organisation o where o.id = t.organisation_id)`,
  },
] as const satisfies readonly SearchDocument[];

export type SearchKind = (typeof SEARCH_DOCUMENTS)[number]['kind'];

/** The document of a row: its columns in both configurations, weighted (unqualified columns). */
export function documentSql(document: SearchDocument): string {
  return document.columns
    .flatMap(([column, weight]) =>
      Object.values(SEARCH_CONFIGS).map(
        (config) =>
          `setweight(to_tsvector('${config}'::regconfig, coalesce("${column}", '')), '${weight}')`,
      ),
    )
    .join(' || ');
}

/** What a search matches and ranks a row by: its kept document, else the document's expression. */
export function searchVectorSql(document: SearchDocument): string {
  return document.stored ? `"${document.stored.column}"` : documentSql(document);
}

export function searchIndexName(document: SearchDocument): string {
  return `${document.table}_search_index`;
}

/** The DDL of a table's search index. */
export function searchIndexSql(document: SearchDocument): string {
  return `create index "${searchIndexName(document)}" on "${document.table}" using gin ((${searchVectorSql(document)}));`;
}

const ENTITIES: Record<SearchKind, EntitySchema> = {
  Person: Person as unknown as EntitySchema,
  Unit: Unit as unknown as EntitySchema,
  Organisation: Organisation as unknown as EntitySchema,
  PartnerCity: PartnerCity as unknown as EntitySchema,
  Project: Project as unknown as EntitySchema,
  Forum: Forum as unknown as EntitySchema,
};

// The indexes are part of the entities' metadata (as raw DDL), so that a migration generated from
// the entities later keeps them instead of dropping indexes it does not know.
for (const document of SEARCH_DOCUMENTS as readonly SearchDocument[]) {
  const entity = ENTITIES[document.kind as SearchKind];
  if (document.stored) {
    // Never read with the record (lazy): only the search's SQL uses it.
    entity.addProperty(document.stored.property as never, 'tsvector', {
      fieldName: document.stored.column,
      columnType: 'tsvector',
      generated: `(${documentSql(document)}) stored`,
      lazy: true,
      nullable: true,
    });
  }
  entity.addIndex({
    name: searchIndexName(document),
    expression: searchIndexSql(document),
  });
}
