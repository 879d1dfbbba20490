import { Migration } from '@mikro-orm/migrations';

export class Migration20261124165405 extends Migration {
  override name = 'Migration20261124165405';

  override up(): void | Promise<void> {
    this.addSql(
      `create index "membership_assessment_membership_id_assessed_on_index" on "membership_assessment" ("membership_id", "assessed_on");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "membership_assessment_membership_id_assessed_on_index";`);
  }
}
