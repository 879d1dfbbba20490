import { Migration } from '@mikro-orm/migrations';

export class Migration20261124113619 extends Migration {
  override name = 'Migration20261124113619';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "demo_run" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "seed" int not null, "scale" int not null, "from_year" int not null, "to_year" int not null, "as_of" date not null, "counts" jsonb not null);`,
    );

    this.addSql(
      `create table "event_edition" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "series_id" int not null, "year" int not null, "starts_on" date not null, "ends_on" date not null, "place" varchar(200) not null, "demo" boolean not null default false);`,
    );
    this.addSql(`create index "event_edition_series_id_index" on "event_edition" ("series_id");`);
    this.addSql(`create index "event_edition_year_index" on "event_edition" ("year");`);
    this.addSql(`create index "event_edition_demo_index" on "event_edition" ("demo");`);
    this.addSql(
      `alter table "event_edition" add constraint "event_edition_series_id_year_unique" unique ("series_id", "year");`,
    );

    this.addSql(
      `create table "obligation_waiver" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "obligation_key" varchar(200) not null, "reason" text not null, "waived_on" date not null, "waived_by" varchar(200) null, "revoked_on" date null, "revoked_by" varchar(200) null, "demo" boolean not null default false);`,
    );
    this.addSql(
      `create index "obligation_waiver_obligation_key_index" on "obligation_waiver" ("obligation_key");`,
    );
    this.addSql(`create index "obligation_waiver_demo_index" on "obligation_waiver" ("demo");`);

    this.addSql(
      `create table "training_session" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "topic" text not null, "title" varchar(300) not null, "held_on" date not null, "place" varchar(200) null, "demo" boolean not null default false);`,
    );
    this.addSql(`create index "training_session_held_on_index" on "training_session" ("held_on");`);
    this.addSql(`create index "training_session_demo_index" on "training_session" ("demo");`);

    this.addSql(
      `create table "support_request" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "project_id" int not null, "kind" text not null, "state" text not null default 'requested', "requested_on" date not null, "closed_on" date null, "note" text null, "demo" boolean not null default false);`,
    );
    this.addSql(
      `create index "support_request_project_id_index" on "support_request" ("project_id");`,
    );
    this.addSql(`create index "support_request_state_index" on "support_request" ("state");`);
    this.addSql(`create index "support_request_demo_index" on "support_request" ("demo");`);

    this.addSql(
      `create table "project_partner" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "project_id" int not null, "position" int not null default 0, "partner_city_id" int null, "organisation_id" int null, "name" varchar(200) null);`,
    );
    this.addSql(
      `create index "project_partner_project_id_index" on "project_partner" ("project_id");`,
    );
    this.addSql(
      `create index "project_partner_partner_city_id_index" on "project_partner" ("partner_city_id");`,
    );
    this.addSql(
      `create index "project_partner_organisation_id_index" on "project_partner" ("organisation_id");`,
    );

    this.addSql(
      `create table "training_participant" ("training_session_id" int not null, "person_id" int not null, primary key ("training_session_id", "person_id"));`,
    );

    this.addSql(
      `create table "secondment" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "person_id" int null, "unit_id" int null, "external_organisation" varchar(200) null, "external_terms" text null, "start_on" date not null, "end_on" date null, "purpose" text not null, "report_submitted_on" date null, "demo" boolean not null default false);`,
    );
    this.addSql(`create index "secondment_person_id_index" on "secondment" ("person_id");`);
    this.addSql(`create index "secondment_unit_id_index" on "secondment" ("unit_id");`);
    this.addSql(`create index "secondment_start_on_index" on "secondment" ("start_on");`);
    this.addSql(`create index "secondment_demo_index" on "secondment" ("demo");`);

    this.addSql(
      `create table "participation" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "edition_id" int not null, "unit_id" int not null, "delegates" int not null, "purpose" text not null, "cost_sek" bigint not null, "contacts_gained" int not null default 0, "outcome" text null, "orientations" text[] not null default '{}', "priority_areas" text[] not null default '{}', "themes" text[] not null default '{}', "demo" boolean not null default false);`,
    );
    this.addSql(`create index "participation_edition_id_index" on "participation" ("edition_id");`);
    this.addSql(`create index "participation_unit_id_index" on "participation" ("unit_id");`);
    this.addSql(`create index "participation_demo_index" on "participation" ("demo");`);
    this.addSql(
      `alter table "participation" add constraint "participation_edition_id_unit_id_unique" unique ("edition_id", "unit_id");`,
    );

    this.addSql(
      `create table "operational_plan" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "unit_id" int not null, "year" int not null, "adopted_on" date null, "demo" boolean not null default false);`,
    );
    this.addSql(`create index "operational_plan_unit_id_index" on "operational_plan" ("unit_id");`);
    this.addSql(`create index "operational_plan_year_index" on "operational_plan" ("year");`);
    this.addSql(`create index "operational_plan_demo_index" on "operational_plan" ("demo");`);
    this.addSql(
      `alter table "operational_plan" add constraint "operational_plan_unit_id_year_unique" unique ("unit_id", "year");`,
    );

    this.addSql(
      `create table "plan_priority" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "plan_id" int not null, "position" int not null default 0, "target_kind" text not null, "membership_id" int null, "project_id" int null, "event_series_id" int null, "forum_id" int null, "reason" text not null, "eu_funding_sought" boolean not null default false);`,
    );
    this.addSql(`create index "plan_priority_plan_id_index" on "plan_priority" ("plan_id");`);
    this.addSql(
      `create index "plan_priority_membership_id_index" on "plan_priority" ("membership_id");`,
    );
    this.addSql(`create index "plan_priority_project_id_index" on "plan_priority" ("project_id");`);
    this.addSql(
      `create index "plan_priority_event_series_id_index" on "plan_priority" ("event_series_id");`,
    );
    this.addSql(`create index "plan_priority_forum_id_index" on "plan_priority" ("forum_id");`);

    this.addSql(
      `create table "membership_assessment" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "membership_id" int not null, "assessed_on" date not null, "assessor_id" int null, "exchange_quality" smallint not null, "influence" smallint not null, "participation" smallint not null, "information_use" smallint not null, "fee_sek" bigint not null, "staff_hours" int not null, "comment" text null, "demo" boolean not null default false);`,
    );
    this.addSql(
      `create index "membership_assessment_membership_id_index" on "membership_assessment" ("membership_id");`,
    );
    this.addSql(
      `create index "membership_assessment_assessed_on_index" on "membership_assessment" ("assessed_on");`,
    );
    this.addSql(
      `create index "membership_assessment_assessor_id_index" on "membership_assessment" ("assessor_id");`,
    );
    this.addSql(
      `create index "membership_assessment_demo_index" on "membership_assessment" ("demo");`,
    );

    this.addSql(
      `create table "meeting" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "forum_id" int null, "organisation_id" int null, "partner_city_id" int null, "unit_id" int not null, "date" date not null, "place" varchar(200) not null, "attendee_note" varchar(500) null, "demo" boolean not null default false);`,
    );
    this.addSql(`create index "meeting_forum_id_index" on "meeting" ("forum_id");`);
    this.addSql(`create index "meeting_organisation_id_index" on "meeting" ("organisation_id");`);
    this.addSql(`create index "meeting_partner_city_id_index" on "meeting" ("partner_city_id");`);
    this.addSql(`create index "meeting_unit_id_index" on "meeting" ("unit_id");`);
    this.addSql(`create index "meeting_date_index" on "meeting" ("date");`);
    this.addSql(`create index "meeting_demo_index" on "meeting" ("demo");`);

    this.addSql(
      `create table "meeting_report" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "meeting_id" int not null, "submitted_on" date not null, "summary" text not null, "follow_ups" text null, "demo" boolean not null default false);`,
    );
    this.addSql(
      `alter table "meeting_report" add constraint "meeting_report_meeting_id_unique" unique ("meeting_id");`,
    );
    this.addSql(`create index "meeting_report_demo_index" on "meeting_report" ("demo");`);

    this.addSql(
      `create table "meeting_attendee" ("meeting_id" int not null, "person_id" int not null, primary key ("meeting_id", "person_id"));`,
    );

    this.addSql(
      `create table "legislation_watch" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "title" varchar(300) not null, "reference" varchar(100) null, "status" text not null, "owner_unit_id" int not null, "priority_areas" text[] not null default '{}', "themes" text[] not null default '{}', "analysis" text null, "next_review_on" date null, "demo" boolean not null default false);`,
    );
    this.addSql(`create index "legislation_watch_status_index" on "legislation_watch" ("status");`);
    this.addSql(
      `create index "legislation_watch_owner_unit_id_index" on "legislation_watch" ("owner_unit_id");`,
    );
    this.addSql(`create index "legislation_watch_demo_index" on "legislation_watch" ("demo");`);

    this.addSql(
      `create table "legislation_watch_unit" ("legislation_watch_id" int not null, "unit_id" int not null, primary key ("legislation_watch_id", "unit_id"));`,
    );

    this.addSql(
      `alter table "forum" add "orientations" text[] not null default '{}', add "priority_areas" text[] not null default '{}', add "themes" text[] not null default '{}';`,
    );

    this.addSql(
      `alter table "agreement" add "orientations" text[] not null default '{}', add "priority_areas" text[] not null default '{}', add "themes" text[] not null default '{}', add "demo" boolean not null default false;`,
    );
    this.addSql(`create index "agreement_demo_index" on "agreement" ("demo");`);

    this.addSql(
      `alter table "project" add "programme" varchar(200) null, add "state" text not null default 'idea', add "state_changed_on" date null, add "orientations" text[] not null default '{}', add "priority_areas" text[] not null default '{}', add "themes" text[] not null default '{}', add "budget_sek" bigint null, add "own_contribution_sek" bigint null, add "eu_funding_sought_sek" bigint null, add "eu_funding_granted_sek" bigint null, add "benefit" text null, add "resources" text null, add "long_term_effects" text null, add "analysis_completed_on" date null, add "application_deadline" date null, add "start_on" date null, add "end_on" date null, add "demo" boolean not null default false;`,
    );
    this.addSql(`create index "project_state_index" on "project" ("state");`);
    this.addSql(`create index "project_demo_index" on "project" ("demo");`);
    this.addSql(
      `alter table "project" add constraint "project_state_check" check ("state" in ('idea', 'preparing_application', 'submitted', 'granted', 'rejected', 'running', 'closed'));`,
    );

    this.addSql(
      `alter table "person" add "left_on" date null, add "demo" boolean not null default false;`,
    );
    this.addSql(`create index "person_demo_index" on "person" ("demo");`);

    this.addSql(
      `alter table "seat" add "orientations" text[] not null default '{}', add "priority_areas" text[] not null default '{}', add "themes" text[] not null default '{}', add "demo" boolean not null default false;`,
    );
    this.addSql(`create index "seat_demo_index" on "seat" ("demo");`);

    this.addSql(
      `alter table "membership" add "orientations" text[] not null default '{}', add "priority_areas" text[] not null default '{}', add "themes" text[] not null default '{}';`,
    );

    this.addSql(
      `alter table "event_edition" add constraint "event_edition_series_id_foreign" foreign key ("series_id") references "event_series" ("id");`,
    );

    this.addSql(
      `alter table "training_session" add constraint "training_session_topic_check" check ("topic" in ('project_management', 'project_finance'));`,
    );

    this.addSql(
      `alter table "support_request" add constraint "support_request_project_id_foreign" foreign key ("project_id") references "project" ("id");`,
    );
    this.addSql(
      `alter table "support_request" add constraint "support_request_kind_check" check ("kind" in ('background_material', 'partner_search', 'application_review', 'advice'));`,
    );
    this.addSql(
      `alter table "support_request" add constraint "support_request_state_check" check ("state" in ('requested', 'in_progress', 'done', 'declined'));`,
    );

    this.addSql(
      `alter table "project_partner" add constraint "project_partner_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "project_partner" add constraint "project_partner_partner_city_id_foreign" foreign key ("partner_city_id") references "partner_city" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "project_partner" add constraint "project_partner_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "training_participant" add constraint "training_participant_training_session_id_foreign" foreign key ("training_session_id") references "training_session" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "training_participant" add constraint "training_participant_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "secondment" add constraint "secondment_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "secondment" add constraint "secondment_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "secondment" add constraint "secondment_purpose_check" check ("purpose" in ('special_assignment', 'study', 'eu_institutions'));`,
    );

    this.addSql(
      `alter table "participation" add constraint "participation_edition_id_foreign" foreign key ("edition_id") references "event_edition" ("id");`,
    );
    this.addSql(
      `alter table "participation" add constraint "participation_unit_id_foreign" foreign key ("unit_id") references "unit" ("id");`,
    );

    this.addSql(
      `alter table "operational_plan" add constraint "operational_plan_unit_id_foreign" foreign key ("unit_id") references "unit" ("id");`,
    );

    this.addSql(
      `alter table "plan_priority" add constraint "plan_priority_plan_id_foreign" foreign key ("plan_id") references "operational_plan" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "plan_priority" add constraint "plan_priority_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "plan_priority" add constraint "plan_priority_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "plan_priority" add constraint "plan_priority_event_series_id_foreign" foreign key ("event_series_id") references "event_series" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "plan_priority" add constraint "plan_priority_forum_id_foreign" foreign key ("forum_id") references "forum" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "plan_priority" add constraint "plan_priority_target_kind_check" check ("target_kind" in ('membership', 'project', 'event_series', 'forum'));`,
    );

    this.addSql(
      `alter table "membership_assessment" add constraint "membership_assessment_membership_id_foreign" foreign key ("membership_id") references "membership" ("id");`,
    );
    this.addSql(
      `alter table "membership_assessment" add constraint "membership_assessment_assessor_id_foreign" foreign key ("assessor_id") references "person" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "meeting" add constraint "meeting_forum_id_foreign" foreign key ("forum_id") references "forum" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "meeting" add constraint "meeting_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "meeting" add constraint "meeting_partner_city_id_foreign" foreign key ("partner_city_id") references "partner_city" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "meeting" add constraint "meeting_unit_id_foreign" foreign key ("unit_id") references "unit" ("id");`,
    );

    this.addSql(
      `alter table "meeting_report" add constraint "meeting_report_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "meeting_attendee" add constraint "meeting_attendee_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "meeting_attendee" add constraint "meeting_attendee_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "legislation_watch" add constraint "legislation_watch_owner_unit_id_foreign" foreign key ("owner_unit_id") references "unit" ("id");`,
    );
    this.addSql(
      `alter table "legislation_watch" add constraint "legislation_watch_status_check" check ("status" in ('proposal', 'adopted', 'in_force', 'withdrawn'));`,
    );

    this.addSql(
      `alter table "legislation_watch_unit" add constraint "legislation_watch_unit_legislation_watch_id_foreign" foreign key ("legislation_watch_id") references "legislation_watch" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "legislation_watch_unit" add constraint "legislation_watch_unit_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`,
    );
    // The annex's projects were running in 2006 (the new column would call them ideas).
    this.addSql(
      `update "project" set "state" = 'running' where "key" in ('catch', 'malmos-urbact-projekt');`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "participation" drop constraint "participation_edition_id_foreign";`);
    this.addSql(
      `alter table "training_participant" drop constraint "training_participant_training_session_id_foreign";`,
    );
    this.addSql(`alter table "plan_priority" drop constraint "plan_priority_plan_id_foreign";`);
    this.addSql(
      `alter table "meeting_report" drop constraint "meeting_report_meeting_id_foreign";`,
    );
    this.addSql(
      `alter table "meeting_attendee" drop constraint "meeting_attendee_meeting_id_foreign";`,
    );
    this.addSql(
      `alter table "legislation_watch_unit" drop constraint "legislation_watch_unit_legislation_watch_id_foreign";`,
    );

    this.addSql(`drop table if exists "demo_run" cascade;`);
    this.addSql(`drop table if exists "event_edition" cascade;`);
    this.addSql(`drop table if exists "obligation_waiver" cascade;`);
    this.addSql(`drop table if exists "training_session" cascade;`);
    this.addSql(`drop table if exists "support_request" cascade;`);
    this.addSql(`drop table if exists "project_partner" cascade;`);
    this.addSql(`drop table if exists "training_participant" cascade;`);
    this.addSql(`drop table if exists "secondment" cascade;`);
    this.addSql(`drop table if exists "participation" cascade;`);
    this.addSql(`drop table if exists "operational_plan" cascade;`);
    this.addSql(`drop table if exists "plan_priority" cascade;`);
    this.addSql(`drop table if exists "membership_assessment" cascade;`);
    this.addSql(`drop table if exists "meeting" cascade;`);
    this.addSql(`drop table if exists "meeting_report" cascade;`);
    this.addSql(`drop table if exists "meeting_attendee" cascade;`);
    this.addSql(`drop table if exists "legislation_watch" cascade;`);
    this.addSql(`drop table if exists "legislation_watch_unit" cascade;`);

    this.addSql(`drop index "agreement_demo_index";`);
    this.addSql(
      `alter table "agreement" drop column "orientations", drop column "priority_areas", drop column "themes", drop column "demo";`,
    );

    this.addSql(
      `alter table "forum" drop column "orientations", drop column "priority_areas", drop column "themes";`,
    );

    this.addSql(
      `alter table "membership" drop column "orientations", drop column "priority_areas", drop column "themes";`,
    );

    this.addSql(`drop index "person_demo_index";`);
    this.addSql(`alter table "person" drop column "left_on", drop column "demo";`);

    this.addSql(`drop index "project_state_index";`);
    this.addSql(`drop index "project_demo_index";`);
    this.addSql(`alter table "project" drop constraint "project_state_check";`);
    this.addSql(
      `alter table "project" drop column "programme", drop column "state", drop column "state_changed_on", drop column "orientations", drop column "priority_areas", drop column "themes", drop column "budget_sek", drop column "own_contribution_sek", drop column "eu_funding_sought_sek", drop column "eu_funding_granted_sek", drop column "benefit", drop column "resources", drop column "long_term_effects", drop column "analysis_completed_on", drop column "application_deadline", drop column "start_on", drop column "end_on", drop column "demo";`,
    );

    this.addSql(`drop index "seat_demo_index";`);
    this.addSql(
      `alter table "seat" drop column "orientations", drop column "priority_areas", drop column "themes", drop column "demo";`,
    );
  }
}
