// Loads the 2006 annex into the registry. Idempotent: a second run reports only "unchanged".
import { readConfig } from '../config';
import { importAnnex } from '../db/annex-import';
import { withMigratedDatabase } from '../db/connect';

await withMigratedDatabase(readConfig(), async (db) => {
  const counts = await importAnnex(db.orm.em.fork());
  console.log(
    `annex: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`,
  );
});
