import { Migration } from '@mikro-orm/migrations';

export class Migration20261124143146 extends Migration {
  override name = 'Migration20261124143146';

  override up(): void | Promise<void> {
    this.addSql(`alter table "account" drop constraint "account_external_subject_unique";`);
    this.addSql(`alter table "account" add "external_issuer" varchar(255) null;`);
    this.addSql(
      `alter table "account" add constraint "account_external_issuer_external_subject_unique" unique ("external_issuer", "external_subject");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "account" drop constraint "account_external_issuer_external_subject_unique";`,
    );
    this.addSql(`alter table "account" drop column "external_issuer";`);
    this.addSql(
      `alter table "account" add constraint "account_external_subject_unique" unique ("external_subject");`,
    );
  }
}
