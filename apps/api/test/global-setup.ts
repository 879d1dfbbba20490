import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/db/embedded';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser connection to the PostgreSQL server of this test run. */
    postgresAdminUrl: string;
  }
}

/** One real PostgreSQL server for the whole run (or DATABASE_URL's); each file makes its own database. */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('postgresAdminUrl', process.env.DATABASE_URL);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'malmo-api-test-'));
  const pg = await startEmbeddedPostgres({
    dataDir: join(dir, 'pg'),
    database: 'postgres_admin',
    quiet: true,
  });
  project.provide('postgresAdminUrl', pg.url);
  return async () => {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
