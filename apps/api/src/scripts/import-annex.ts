// Loads the 2006 annex into the registry. Idempotent: a second run reports only "unchanged".
import { readConfig } from '../config';
import { importAnnex } from '../db/annex-import';
import { databaseFor } from '../db/connect';
import { migrate, openDatabase } from '../db/orm';

const { url, embedded } = await databaseFor(readConfig());
const db = await openDatabase(url);
try {
  await migrate(db.orm);
  const counts = await importAnnex(db.orm.em.fork());
  console.log(
    `annex: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`,
  );
} finally {
  await db.orm.close();
  await embedded?.stop();
}
