import { Migration } from '@mikro-orm/migrations';

export class Migration20261124122936 extends Migration {
  override name = 'Migration20261124122936';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "sign_in_attempt" ("id" bigserial primary key, "email" varchar(320) not null, "address" varchar(64) not null, "succeeded" boolean not null, "at" timestamptz not null);`,
    );
    this.addSql(
      `create index "sign_in_attempt_email_at_index" on "sign_in_attempt" ("email", "at");`,
    );
    this.addSql(
      `create index "sign_in_attempt_address_at_index" on "sign_in_attempt" ("address", "at");`,
    );

    this.addSql(
      `create table "account" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "email" varchar(320) not null, "name" varchar(200) not null, "password_hash" varchar(200) null, "role" text not null, "unit_id" int null, "active" boolean not null default true, "external_subject" varchar(255) null, "last_sign_in_at" timestamptz null, "demo" boolean not null default false);`,
    );
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);
    this.addSql(`create index "account_unit_id_index" on "account" ("unit_id");`);
    this.addSql(
      `alter table "account" add constraint "account_external_subject_unique" unique ("external_subject");`,
    );

    this.addSql(
      `create table "session" ("id" varchar(64) not null, "account_id" int not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "user_agent" varchar(300) null, primary key ("id"));`,
    );
    this.addSql(`create index "session_account_id_index" on "session" ("account_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(
      `alter table "account" add constraint "account_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "account" add constraint "account_role_check" check ("role" in ('admin', 'analyst', 'steering', 'unit_editor', 'reader'));`,
    );

    this.addSql(
      `alter table "session" add constraint "session_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "session" drop constraint "session_account_id_foreign";`);

    this.addSql(`drop table if exists "sign_in_attempt" cascade;`);
    this.addSql(`drop table if exists "account" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
  }
}
