import { Migration } from '@mikro-orm/migrations';

export class Migration20261124121425 extends Migration {
  override name = 'Migration20261124121425';

  override up(): void | Promise<void> {
    this.addSql(`alter table "project" add "submitted_on" date null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "project" drop column "submitted_on";`);
  }
}
