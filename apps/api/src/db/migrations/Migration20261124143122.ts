import { Migration } from '@mikro-orm/migrations';

/**
 * Full-text search (see db/search.ts): unaccent, two text search configurations that drop accents
 * (one with Swedish stemming, one keeping whole words), and a GIN index per searchable table on the
 * expression the search query uses.
 */
export class Migration20261124143122 extends Migration {
  override name = 'Migration20261124143122';

  override up(): void | Promise<void> {
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(`create text search configuration malmo_swedish (copy = pg_catalog.swedish);`);
    this.addSql(
      `alter text search configuration malmo_swedish alter mapping for hword, hword_part, word with unaccent, swedish_stem;`,
    );
    this.addSql(`create text search configuration malmo_simple (copy = pg_catalog.simple);`);
    this.addSql(
      `alter text search configuration malmo_simple alter mapping for hword, hword_part, word with unaccent, simple;`,
    );
    this.addSql(
      `create index "person_search_index" on "person" using gin ((setweight(to_tsvector('malmo_swedish'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('malmo_simple'::regconfig, coalesce("name", '')), 'A')));`,
    );
    this.addSql(
      `create index "unit_search_index" on "unit" using gin ((setweight(to_tsvector('malmo_swedish'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('malmo_simple'::regconfig, coalesce("name", '')), 'A')));`,
    );
    this.addSql(
      `create index "organisation_search_index" on "organisation" using gin ((setweight(to_tsvector('malmo_swedish'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('malmo_simple'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('malmo_swedish'::regconfig, coalesce("abbreviation", '')), 'A') || setweight(to_tsvector('malmo_simple'::regconfig, coalesce("abbreviation", '')), 'A')));`,
    );
    this.addSql(
      `create index "partner_city_search_index" on "partner_city" using gin ((setweight(to_tsvector('malmo_swedish'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('malmo_simple'::regconfig, coalesce("name", '')), 'A')));`,
    );
    this.addSql(
      `create index "project_search_index" on "project" using gin ((setweight(to_tsvector('malmo_swedish'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('malmo_simple'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('malmo_swedish'::regconfig, coalesce("programme", '')), 'B') || setweight(to_tsvector('malmo_simple'::regconfig, coalesce("programme", '')), 'B') || setweight(to_tsvector('malmo_swedish'::regconfig, coalesce("benefit", '')), 'D') || setweight(to_tsvector('malmo_simple'::regconfig, coalesce("benefit", '')), 'D') || setweight(to_tsvector('malmo_swedish'::regconfig, coalesce("long_term_effects", '')), 'D') || setweight(to_tsvector('malmo_simple'::regconfig, coalesce("long_term_effects", '')), 'D')));`,
    );
    this.addSql(
      `create index "forum_search_index" on "forum" using gin ((setweight(to_tsvector('malmo_swedish'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('malmo_simple'::regconfig, coalesce("name", '')), 'A')));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "person_search_index";`);
    this.addSql(`drop index if exists "unit_search_index";`);
    this.addSql(`drop index if exists "organisation_search_index";`);
    this.addSql(`drop index if exists "partner_city_search_index";`);
    this.addSql(`drop index if exists "project_search_index";`);
    this.addSql(`drop index if exists "forum_search_index";`);
    this.addSql(`drop text search configuration if exists malmo_simple;`);
    this.addSql(`drop text search configuration if exists malmo_swedish;`);
  }
}
