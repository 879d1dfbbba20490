import { readConfig } from '../config';
import { databaseFor } from '../db/connect';
import { migrate, openDatabase } from '../db/orm';

const { url, embedded } = await databaseFor(readConfig());
const db = await openDatabase(url);
try {
  const applied = await migrate(db.orm);
  console.log(applied.length ? `applied ${applied.join(', ')}` : 'database is up to date');
} finally {
  await db.orm.close();
  await embedded?.stop();
}
