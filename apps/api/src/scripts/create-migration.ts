// Writes a new migration from the difference between the entities and a database that has
// every committed migration applied. Run on a throw-away embedded PostgreSQL by default.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../db/embedded';
import { migrate, migrationsPath, openDatabase } from '../db/orm';

/**
 * The data version's triggers and functions (data-version.ts) are left alone by the schema diff
 * (orm.ts), but MikroORM still writes them, garbled, into a migration's `down`: drop those lines.
 */
function withoutDataVersion(file: string) {
  const source = readFileSync(file, 'utf8');
  const kept = source
    .split('\n')
    .filter((line) => !/data_version/.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  if (kept !== source) writeFileSync(file, kept);
}

const scratch = join(mkdtempSync(join(tmpdir(), 'malmo-migration-')), 'pg');
const pg = process.env.DATABASE_URL
  ? null
  : await startEmbeddedPostgres({ dataDir: scratch, quiet: true });
const db = await openDatabase(process.env.DATABASE_URL ?? pg?.url ?? '');
try {
  await migrate(db.orm);
  const result = await db.orm.migrator.create(undefined, false, process.argv[2] === '--initial');
  if (result.fileName) withoutDataVersion(join(migrationsPath, result.fileName));
  console.log(
    result.fileName ? `created ${result.fileName}` : 'no changes: entities match the migrations',
  );
} finally {
  await db.orm.close();
  await pg?.stop();
}
