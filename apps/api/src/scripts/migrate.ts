import { readConfig } from '../config';
import { withMigratedDatabase } from '../db/connect';

await withMigratedDatabase(readConfig(), async (_db, applied) => {
  console.log(applied.length ? `applied ${applied.join(', ')}` : 'database is up to date');
});
