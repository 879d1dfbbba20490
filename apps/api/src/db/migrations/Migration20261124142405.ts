import { Migration } from '@mikro-orm/migrations';

export class Migration20261124142405 extends Migration {
  override name = 'Migration20261124142405';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "audit_entry" ("id" serial primary key, "at" timestamptz not null, "actor_id" int null, "action" text not null, "record_kind" varchar(60) not null, "record_id" int not null, "record_label" varchar(300) not null, "record_version" int null, "changes" jsonb not null);`,
    );
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_actor_id_index" on "audit_entry" ("actor_id");`);
    this.addSql(
      `create index "audit_entry_record_kind_record_id_index" on "audit_entry" ("record_kind", "record_id");`,
    );

    this.addSql(`alter table "event_series" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "event_edition" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "organisation" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "forum" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "partner_city" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "agreement" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "training_session" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "unit" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "project" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "support_request" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "person" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "secondment" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "seat" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "participation" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "operational_plan" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "membership" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "membership_assessment" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "meeting" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "meeting_report" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "legislation_watch" add "archived_at" timestamptz null;`);

    this.addSql(`alter table "eu_network_contact" add "archived_at" timestamptz null;`);

    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_actor_id_foreign" foreign key ("actor_id") references "account" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_action_check" check ("action" in ('CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE', 'DELETE', 'IMPORT', 'TRANSITION', 'WAIVE', 'REVOKE', 'ERASE'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`alter table "agreement" drop column "archived_at";`);

    this.addSql(`alter table "eu_network_contact" drop column "archived_at";`);

    this.addSql(`alter table "event_edition" drop column "archived_at";`);

    this.addSql(`alter table "event_series" drop column "archived_at";`);

    this.addSql(`alter table "forum" drop column "archived_at";`);

    this.addSql(`alter table "legislation_watch" drop column "archived_at";`);

    this.addSql(`alter table "meeting" drop column "archived_at";`);

    this.addSql(`alter table "meeting_report" drop column "archived_at";`);

    this.addSql(`alter table "membership" drop column "archived_at";`);

    this.addSql(`alter table "membership_assessment" drop column "archived_at";`);

    this.addSql(`alter table "operational_plan" drop column "archived_at";`);

    this.addSql(`alter table "organisation" drop column "archived_at";`);

    this.addSql(`alter table "participation" drop column "archived_at";`);

    this.addSql(`alter table "partner_city" drop column "archived_at";`);

    this.addSql(`alter table "person" drop column "archived_at";`);

    this.addSql(`alter table "project" drop column "archived_at";`);

    this.addSql(`alter table "seat" drop column "archived_at";`);

    this.addSql(`alter table "secondment" drop column "archived_at";`);

    this.addSql(`alter table "support_request" drop column "archived_at";`);

    this.addSql(`alter table "training_session" drop column "archived_at";`);

    this.addSql(`alter table "unit" drop column "archived_at";`);
  }
}
