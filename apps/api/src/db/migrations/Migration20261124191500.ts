import { Migration } from '@mikro-orm/migrations';

/**
 * The data version (see data-version.ts): a token in a one-row table that changes, at commit, with
 * every transaction that writes a versioned table (every table but accounts, sessions, sign-in
 * attempts and the migrations' own), so that what is computed from the data can be kept until then.
 *
 * A statement trigger on each versioned table (insert, update, delete, truncate; COPY fires the
 * insert one) notes the transaction in `data_version_pending`, once; a deferred constraint trigger
 * on that note replaces the token when the transaction commits. So the version row is locked only
 * for the moment of a commit (a writer never holds it while it goes on to lock other rows, which
 * could deadlock), a rolled-back transaction changes nothing, and a reader sees the new token
 * exactly when it sees the data that caused it. The token is random, not a counter, so that a
 * restore (which may bring back an old row of this table) can never repeat a version the running
 * processes have already seen with other data. The triggers fire also with
 * session_replication_role = replica, as a restore may set.
 */
export class Migration20261124191500 extends Migration {
  override name = 'Migration20261124191500';

  override up(): void | Promise<void> {
    this.addSql(`create table "data_version" (
      "singleton" boolean primary key default true check ("singleton"),
      "version" uuid not null default gen_random_uuid(),
      "changed_at" timestamptz not null default clock_timestamp()
    );`);
    this.addSql('insert into "data_version" default values;');
    this.addSql('create table "data_version_pending" ("xact" xid8 primary key);');
    this.addSql(`create function data_version_bump() returns trigger language plpgsql as $$
      begin
        delete from data_version_pending where xact = new.xact;
        insert into data_version default values
          on conflict (singleton) do update
            set version = excluded.version, changed_at = excluded.changed_at;
        return null;
      end $$;`);
    this.addSql(`create constraint trigger data_version_bump after insert on "data_version_pending"
      deferrable initially deferred for each row execute function data_version_bump();`);
    this.addSql('alter table "data_version_pending" enable always trigger data_version_bump;');
    this.addSql(`create function data_version_note() returns trigger language plpgsql as $$
      begin
        insert into data_version_pending values (pg_current_xact_id()) on conflict do nothing;
        return null;
      end $$;`);
    // A table created by a later migration is versioned with: select track_data_version('name');
    this.addSql(`create function track_data_version(target regclass) returns void
      language plpgsql as $$
      begin
        execute format('create trigger data_version_note after insert or update or delete or '
          'truncate on %s for each statement execute function data_version_note()', target);
        execute format('alter table %s enable always trigger data_version_note', target);
      end $$;`);
    this.addSql(`do $$
      declare t record;
      begin
        for t in select c.oid::regclass as name from pg_class c
                  where c.relkind in ('r', 'p') and c.relnamespace = current_schema()::regnamespace
                    and c.relname not in ('data_version', 'data_version_pending', 'account',
                      'session', 'sign_in_attempt', 'mikro_orm_migrations')
        loop
          perform track_data_version(t.name);
        end loop;
      end $$;`);
  }

  override down(): void | Promise<void> {
    this.addSql('drop function track_data_version(regclass);');
    this.addSql('drop function data_version_note() cascade;');
    this.addSql('drop table "data_version_pending";');
    this.addSql('drop function data_version_bump();');
    this.addSql('drop table "data_version";');
  }
}
