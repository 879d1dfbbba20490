import type { Config } from '../config';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded';

/** The configured PostgreSQL, or an embedded one started for this process. */
export async function databaseFor(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
  return { url: embedded.url, embedded };
}
