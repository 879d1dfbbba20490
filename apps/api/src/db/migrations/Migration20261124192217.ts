import { Migration } from '@mikro-orm/migrations';

export class Migration20261124192217 extends Migration {
  override name = 'Migration20261124192217';

  override up(): void | Promise<void> {
    this.addSql(
      `create index "membership_assessment_assessed_on_id_desc_index" on "membership_assessment" ("assessed_on" DESC nulls LAST, "id" DESC nulls LAST);`,
    );

    this.addSql(
      `create index "meeting_date_id_desc_index" on "meeting" ("date" DESC nulls LAST, "id" DESC nulls LAST);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "meeting_date_id_desc_index";`);

    this.addSql(`drop index "membership_assessment_assessed_on_id_desc_index";`);
  }
}
