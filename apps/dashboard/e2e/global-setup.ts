import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, type ServerOptions, startServer } from '@malmo/api';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './env';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The running server's origin, with a trailing slash: API at /graphql, dashboard at /. */
    baseUrl: string;
  }
}

// Another build than dist/ (E2E_DASHBOARD_DIR), e.g. while someone else rebuilds dist/.
const dashboardDir =
  process.env.E2E_DASHBOARD_DIR ?? fileURLToPath(new URL('../dist', import.meta.url));

/**
 * The real server, in-process: an embedded PostgreSQL in a fresh directory, the committed
 * migrations, the annex with the deterministic demo activity (2006–2008, read as of 2008-10-15),
 * one demo account per role (e2e/accounts.ts), and the built dashboard on one origin.
 */
export default async function setup(project: TestProject) {
  const chromium = chromiumPath();
  if (!existsSync(chromium)) {
    throw new Error(
      `No Chromium at ${chromium}. Install Debian's: \`apt-get install chromium\` (or set CHROMIUM_PATH).`,
    );
  }
  if (!existsSync(join(dashboardDir, 'index.html'))) {
    throw new Error(
      'The dashboard is not built: run `pnpm --filter @malmo/dashboard build` first.',
    );
  }
  const server = await startE2eServer();
  project.provide('baseUrl', `http://127.0.0.1:${server.port}/`);
  return () => server.close();
}

/**
 * The server as the tests use it, on its own embedded PostgreSQL in a fresh directory (removed
 * again at close); `options` add to the configuration (a test of single sign-on has its own).
 */
export async function startE2eServer(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'malmo-e2e-'));
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    databaseUrl: undefined,
    dataDir: join(dir, 'pg'),
    production: true,
    seedAnnex: true,
    demoData: true,
    // Demo mode creates the demo accounts the tests sign in with.
    mode: 'demo',
    dashboardDir,
    log: () => {},
    ...options,
  }).catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  return {
    ...server,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
