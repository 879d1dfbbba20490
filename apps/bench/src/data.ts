import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoAccounts } from '@malmo/api/src/auth/accounts';
import { importAnnex } from '@malmo/api/src/db/annex-import';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '@malmo/api/src/db/embedded';
import { migrate, openDatabase } from '@malmo/api/src/db/orm';
import { Unit } from '@malmo/api/src/db/unit';
import { generateDemoActivity, removeDemoActivity } from '@malmo/api/src/demo/generate';

/** The benchmark's own PostgreSQL: a data directory under the OS temp dir, removed by `stop`. */
export interface BenchDatabase {
  url: string;
  stop(): Promise<void>;
}

export async function startBenchDatabase(): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'malmo-bench-'));
  // Interrupted (Ctrl-C stops PostgreSQL, then the process exits), the data is removed all the same.
  const remove = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', remove);
  let embedded: EmbeddedDatabase;
  try {
    embedded = await startEmbeddedPostgres({ dataDir: join(dir, 'postgres'), quiet: true });
  } catch (error) {
    process.off('exit', remove);
    remove();
    throw error;
  }
  return {
    url: embedded.url,
    async stop() {
      try {
        await embedded.stop();
      } finally {
        process.off('exit', remove);
        remove();
      }
    },
  };
}

/**
 * Loads the data of one scale: the annex and the demo activity as `npm start` loads them (scale
 * 1, 2006–2008), or the demo generator at `scale` up to 2015 in its place (`pnpm demo --scale 100
 * --to 2015 --replace`). Statistics are refreshed afterwards, so every contender plans on the same
 * facts. Returns the number of rows the demo generator wrote.
 */
export async function loadScale(url: string, scale: number): Promise<number> {
  const db = await openDatabase(url);
  try {
    await migrate(db.orm);
    const em = db.orm.em.fork();
    const options = scale === 1 ? {} : { scale, toYear: 2015 };
    const counts = await em.transactional(async (tx) => {
      if ((await tx.count(Unit, {})) === 0) await importAnnex(tx);
      await removeDemoActivity(tx);
      return (await generateDemoActivity(tx, options)).counts;
    });
    // The demo accounts `npm start` makes (the benchmark signs in as the analyst).
    await createDemoAccounts(db.orm.em.fork());
    await em.getConnection().execute('vacuum analyze');
    return Object.values(counts).reduce((sum, n) => sum + n, 0);
  } finally {
    await db.orm.close();
  }
}
