// Backs the database up to a file, or restores one into it (see db/backup.ts for the format).
// Usage: pnpm backup -- <file>          (DATABASE_URL, or the embedded PostgreSQL in MALMO_DATA_DIR)
//        pnpm restore -- <file> [--replace]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config';
import { BackupError, backupDatabase, restoreDatabase } from '../db/backup';
import { databaseFor } from '../db/connect';

const command = process.argv[2];
const { values, positionals } = parseArgs({
  // pnpm passes the `--` of `pnpm … backup -- <file>` through; it separates nothing here.
  args: process.argv.slice(3).filter((arg, index) => !(index === 0 && arg === '--')),
  options: { replace: { type: 'boolean', default: false } },
  allowPositionals: true,
  strict: true,
});
const [name] = positionals;
if ((command !== 'backup' && command !== 'restore') || !name || positionals.length > 1) {
  console.error('usage: backup <file>  |  restore <file> [--replace]');
  process.exit(2);
}
// Relative to where the command was typed (npm and pnpm run scripts inside apps/api).
const file = resolve(process.env.INIT_CWD ?? process.cwd(), name);

const { url, embedded } = await databaseFor(readConfig());
try {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  if (command === 'backup') {
    const header = await backupDatabase(url, file);
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(
      `backed up ${header.tables.length} tables, ${rows} rows (schema ${header.migrations.at(-1) ?? 'empty'}) to ${file} in ${seconds()} s`,
    );
  } else {
    const result = await restoreDatabase(url, file, { replace: values.replace });
    if (result.migrated.length) console.log(`migrations applied: ${result.migrated.join(', ')}`);
    console.log(
      `restored ${result.header.tables.length} tables, ${result.rows} rows from ${file} (taken ${result.header.createdAt}) in ${seconds()} s`,
    );
  }
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`${command} refused: ${error.message}`);
  process.exitCode = 1;
} finally {
  await embedded?.stop();
}
