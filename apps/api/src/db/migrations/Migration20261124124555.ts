import { Migration } from '@mikro-orm/migrations';

export class Migration20261124124555 extends Migration {
  override name = 'Migration20261124124555';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "person_erasure" ("id" serial primary key, "performed_at" timestamptz not null, "account_id" int null, "mode" varchar(20) not null, "reason" text not null, "key_digest" varchar(64) not null, "counts" jsonb not null);`,
    );
    this.addSql(
      `create index "person_erasure_key_digest_index" on "person_erasure" ("key_digest");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "person_erasure" cascade;`);
  }
}
