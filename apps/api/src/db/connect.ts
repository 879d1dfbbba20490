import type { Config } from '../config';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded';
import { type Database, migrate, openDatabase } from './orm';

/** The configured PostgreSQL, or an embedded one started for this process. */
export async function databaseFor(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
  return { url: embedded.url, embedded };
}

/**
 * For one-off commands: opens the configured database (starting the embedded one if need be),
 * applies the committed migrations, runs `work`, and always closes and stops what it opened.
 */
export async function withMigratedDatabase<T>(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  work: (db: Database, applied: string[]) => Promise<T>,
): Promise<T> {
  const { url, embedded } = await databaseFor(config);
  try {
    const db = await openDatabase(url);
    try {
      return await work(db, await migrate(db.orm));
    } finally {
      await db.orm.close();
    }
  } finally {
    await embedded?.stop();
  }
}
