// Writes a new migration from the difference between the entities and a database that has
// every committed migration applied. Run on a throw-away embedded PostgreSQL by default.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../db/embedded';
import { migrate, openDatabase } from '../db/orm';

const scratch = join(mkdtempSync(join(tmpdir(), 'malmo-migration-')), 'pg');
const pg = process.env.DATABASE_URL
  ? null
  : await startEmbeddedPostgres({ dataDir: scratch, quiet: true });
const db = await openDatabase(process.env.DATABASE_URL ?? pg?.url ?? '');
try {
  await migrate(db.orm);
  const result = await db.orm.migrator.create(undefined, false, process.argv[2] === '--initial');
  console.log(
    result.fileName ? `created ${result.fileName}` : 'no changes: entities match the migrations',
  );
} finally {
  await db.orm.close();
  await pg?.stop();
}
