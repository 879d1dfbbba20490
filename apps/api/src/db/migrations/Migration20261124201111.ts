import { Migration } from '@mikro-orm/migrations';

// A project's search document is kept in a generated column (db/search.ts): a search ranks its
// hits from it instead of parsing every matching project's long texts again, and the GIN index
// is on the column itself.

export class Migration20261124201111 extends Migration {
  override name = 'Migration20261124201111';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "project" add "search_document" tsvector generated always as (setweight(to_tsvector('malmo_swedish'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('malmo_simple'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('malmo_swedish'::regconfig, coalesce("programme", '')), 'B') || setweight(to_tsvector('malmo_simple'::regconfig, coalesce("programme", '')), 'B') || setweight(to_tsvector('malmo_swedish'::regconfig, coalesce("benefit", '')), 'D') || setweight(to_tsvector('malmo_simple'::regconfig, coalesce("benefit", '')), 'D') || setweight(to_tsvector('malmo_swedish'::regconfig, coalesce("long_term_effects", '')), 'D') || setweight(to_tsvector('malmo_simple'::regconfig, coalesce("long_term_effects", '')), 'D')) stored null;`,
    );
    this.addSql(`drop index "project_search_index";`);
    this.addSql(
      `create index "project_search_index" on "project" using gin (("search_document"));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "project_search_index";`);
    this.addSql(`alter table "project" drop column "search_document";`);
    this.addSql(
      `create index "project_search_index" on "project" using gin ((setweight(to_tsvector('malmo_swedish'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('malmo_simple'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('malmo_swedish'::regconfig, coalesce("programme", '')), 'B') || setweight(to_tsvector('malmo_simple'::regconfig, coalesce("programme", '')), 'B') || setweight(to_tsvector('malmo_swedish'::regconfig, coalesce("benefit", '')), 'D') || setweight(to_tsvector('malmo_simple'::regconfig, coalesce("benefit", '')), 'D') || setweight(to_tsvector('malmo_swedish'::regconfig, coalesce("long_term_effects", '')), 'D') || setweight(to_tsvector('malmo_simple'::regconfig, coalesce("long_term_effects", '')), 'D')));`,
    );
  }
}
