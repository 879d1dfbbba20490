import { Migration } from '@mikro-orm/migrations';

export class Migration20261124084959 extends Migration {
  override name = 'Migration20261124084959';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "event_series" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "key" varchar(120) not null, "name" varchar(300) not null, "short_name" varchar(100) collate "sv-SE-x-icu" not null, "place" varchar(100) null, "listed_as" varchar(300) null);`,
    );
    this.addSql(
      `alter table "event_series" add constraint "event_series_key_unique" unique ("key");`,
    );
    this.addSql(`create index "event_series_short_name_index" on "event_series" ("short_name");`);

    this.addSql(
      `create table "organisation" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "key" varchar(120) not null, "name" varchar(200) collate "sv-SE-x-icu" not null, "abbreviation" varchar(40) null, "kind" text not null, "region_focus" text not null);`,
    );
    this.addSql(
      `alter table "organisation" add constraint "organisation_key_unique" unique ("key");`,
    );
    this.addSql(`create index "organisation_name_index" on "organisation" ("name");`);
    this.addSql(`create index "organisation_kind_index" on "organisation" ("kind");`);
    this.addSql(
      `alter table "organisation" add constraint "organisation_kind_check" check ("kind" in ('international_organisation', 'brussels_network', 'regional_actor'));`,
    );
    this.addSql(
      `alter table "organisation" add constraint "organisation_region_focus_check" check ("region_focus" in ('baltic', 'europe', 'global', 'oresund_south_sweden'));`,
    );

    this.addSql(
      `create table "forum" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "key" varchar(120) not null, "name" varchar(200) collate "sv-SE-x-icu" not null, "organisation_id" int not null, "parent_id" int null);`,
    );
    this.addSql(`alter table "forum" add constraint "forum_key_unique" unique ("key");`);
    this.addSql(`create index "forum_name_index" on "forum" ("name");`);
    this.addSql(`create index "forum_organisation_id_index" on "forum" ("organisation_id");`);
    this.addSql(`create index "forum_parent_id_index" on "forum" ("parent_id");`);

    this.addSql(
      `create table "partner_city" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "key" varchar(120) not null, "name" varchar(200) collate "sv-SE-x-icu" not null, "country" varchar(2) not null);`,
    );
    this.addSql(
      `alter table "partner_city" add constraint "partner_city_key_unique" unique ("key");`,
    );
    this.addSql(`create index "partner_city_name_index" on "partner_city" ("name");`);
    this.addSql(`create index "partner_city_country_index" on "partner_city" ("country");`);

    this.addSql(
      `create table "agreement" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "key" varchar(120) not null, "partner_city_id" int not null, "type" text not null, "signed_year" int null, "text" text not null, "cooperation_areas" text[] not null default '{}', "valid_until" date null, "status" text not null);`,
    );
    this.addSql(`alter table "agreement" add constraint "agreement_key_unique" unique ("key");`);
    this.addSql(
      `create index "agreement_partner_city_id_index" on "agreement" ("partner_city_id");`,
    );
    this.addSql(`create index "agreement_type_index" on "agreement" ("type");`);
    this.addSql(`create index "agreement_signed_year_index" on "agreement" ("signed_year");`);
    this.addSql(`create index "agreement_status_index" on "agreement" ("status");`);
    this.addSql(
      `alter table "agreement" add constraint "agreement_type_check" check ("type" in ('twin_town', 'sponsor_town', 'cooperation', 'memorandum', 'unspecified', 'none'));`,
    );
    this.addSql(
      `alter table "agreement" add constraint "agreement_status_check" check ("status" in ('active', 'expired_contacts_kept', 'no_agreement_contacts_kept'));`,
    );

    this.addSql(
      `create table "unit" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "key" varchar(120) not null, "name" varchar(200) collate "sv-SE-x-icu" not null, "kind" text not null, "parent_id" int null, "active" boolean not null default true);`,
    );
    this.addSql(`alter table "unit" add constraint "unit_key_unique" unique ("key");`);
    this.addSql(`create index "unit_name_index" on "unit" ("name");`);
    this.addSql(`create index "unit_parent_id_index" on "unit" ("parent_id");`);
    this.addSql(
      `alter table "unit" add constraint "unit_kind_check" check ("kind" in ('administration', 'office', 'district', 'board', 'department', 'company'));`,
    );

    this.addSql(
      `create table "project" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "key" varchar(120) not null, "title" varchar(300) collate "sv-SE-x-icu" not null, "owner_unit_id" int null);`,
    );
    this.addSql(`alter table "project" add constraint "project_key_unique" unique ("key");`);
    this.addSql(`create index "project_title_index" on "project" ("title");`);
    this.addSql(`create index "project_owner_unit_id_index" on "project" ("owner_unit_id");`);

    this.addSql(
      `create table "person" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "key" varchar(120) not null, "name" varchar(200) collate "sv-SE-x-icu" not null, "email" varchar(320) null, "unit_id" int null, "active" boolean not null default true);`,
    );
    this.addSql(`alter table "person" add constraint "person_key_unique" unique ("key");`);
    this.addSql(`create index "person_name_index" on "person" ("name");`);
    this.addSql(`create index "person_unit_id_index" on "person" ("unit_id");`);

    this.addSql(
      `create table "seat" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "key" varchar(120) not null, "forum_id" int not null, "unit_id" int null, "person_id" int null, "project_id" int null, "from_year" int null, "to_year" int null, "listed_as" varchar(300) null);`,
    );
    this.addSql(`alter table "seat" add constraint "seat_key_unique" unique ("key");`);
    this.addSql(`create index "seat_forum_id_index" on "seat" ("forum_id");`);
    this.addSql(`create index "seat_unit_id_index" on "seat" ("unit_id");`);
    this.addSql(`create index "seat_person_id_index" on "seat" ("person_id");`);
    this.addSql(`create index "seat_project_id_index" on "seat" ("project_id");`);

    this.addSql(
      `create table "membership" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "organisation_id" int not null, "since" int null, "owner_unit_id" int null, "ended_year" int null, "annual_fee" int null, "staff_hours_per_year" int null);`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_organisation_id_unique" unique ("organisation_id");`,
    );
    this.addSql(`create index "membership_since_index" on "membership" ("since");`);
    this.addSql(`create index "membership_owner_unit_id_index" on "membership" ("owner_unit_id");`);

    this.addSql(
      `create table "eu_network_contact" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "unit_id" int not null, "person_id" int not null, "year" int not null, "listed_as" varchar(200) collate "sv-SE-x-icu" not null);`,
    );
    this.addSql(
      `create index "eu_network_contact_unit_id_index" on "eu_network_contact" ("unit_id");`,
    );
    this.addSql(
      `create index "eu_network_contact_person_id_index" on "eu_network_contact" ("person_id");`,
    );
    this.addSql(
      `alter table "eu_network_contact" add constraint "eu_network_contact_unit_id_person_id_year_unique" unique ("unit_id", "person_id", "year");`,
    );

    this.addSql(
      `alter table "forum" add constraint "forum_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`,
    );
    this.addSql(
      `alter table "forum" add constraint "forum_parent_id_foreign" foreign key ("parent_id") references "forum" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "agreement" add constraint "agreement_partner_city_id_foreign" foreign key ("partner_city_id") references "partner_city" ("id");`,
    );

    this.addSql(
      `alter table "unit" add constraint "unit_parent_id_foreign" foreign key ("parent_id") references "unit" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "project" add constraint "project_owner_unit_id_foreign" foreign key ("owner_unit_id") references "unit" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "person" add constraint "person_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "seat" add constraint "seat_forum_id_foreign" foreign key ("forum_id") references "forum" ("id");`,
    );
    this.addSql(
      `alter table "seat" add constraint "seat_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "seat" add constraint "seat_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "seat" add constraint "seat_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "membership" add constraint "membership_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_owner_unit_id_foreign" foreign key ("owner_unit_id") references "unit" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "eu_network_contact" add constraint "eu_network_contact_unit_id_foreign" foreign key ("unit_id") references "unit" ("id");`,
    );
    this.addSql(
      `alter table "eu_network_contact" add constraint "eu_network_contact_person_id_foreign" foreign key ("person_id") references "person" ("id");`,
    );
  }
}
