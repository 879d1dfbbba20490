import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { createDemoAccounts, DEMO_PASSWORD, ensureFirstAdmin } from './auth/accounts';
import { checkRoleMap, isOidcPath, oidcRoutes } from './auth/oidc';
import { DEFAULT_SESSION_POLICY } from './auth/sessions';
import type { Config } from './config';
import { importAnnex } from './db/annex-import';
import { databaseFor } from './db/connect';
import { Unit } from './db/entities';
import { type Database, migrate, openDatabase } from './db/orm';
import { RETRY_AFTER_HEADERS } from './db/unavailable';
import { generateDemoActivity } from './demo/generate';
import { limitBody } from './http/body-limit';
import { MAX_BODY_BYTES } from './http/limits';
import { isApiPath, securityHeaders } from './http/security';
import { isTransferPath, transferRoutes } from './http/transfer';
import { createGraphQLServer } from './yoga';

export const defaultDashboardDir = fileURLToPath(new URL('../../dashboard/dist', import.meta.url));

export interface ServerOptions
  extends Pick<Config, 'databaseUrl' | 'dataDir' | 'production' | 'seedAnnex'>,
    Partial<
      Pick<
        Config,
        | 'demoData'
        | 'meetingReportDays'
        | 'mode'
        | 'firstAdmin'
        | 'session'
        | 'secureCookies'
        | 'oidc'
      >
    > {
  port: number;
  host?: string;
  /** The built dashboard to serve at `/`; null serves the API only. */
  dashboardDir?: string | null;
  log?: (message: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  db: Database;
  close(): Promise<void>;
}

/**
 * Starts everything `npm start` serves: PostgreSQL (embedded unless a URL is given), the
 * committed migrations, the annex on an empty registry, and one HTTP origin for the API at
 * `/graphql` and the dashboard at `/`.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((message: string) => console.log(message));
  const { url: databaseUrl, embedded } = await databaseFor(options);
  let db: Database;
  try {
    db = await openDatabase(databaseUrl);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  try {
    const applied = await migrate(db.orm);
    if (applied.length) log(`migrations applied: ${applied.join(', ')}`);
    if (options.seedAnnex && (await db.orm.em.fork().count(Unit, {})) === 0) {
      // One transaction: a failed demo run leaves an empty registry, so the next start retries.
      await db.orm.em.fork().transactional(async (tx) => {
        const counts = await importAnnex(tx);
        log(`annex 2006 loaded: ${counts.created} records`);
        if (!options.demoData) return;
        const demo = await generateDemoActivity(tx);
        const total = Object.values(demo.counts).reduce((sum, n) => sum + n, 0);
        log(
          `demo activity added: ${total} records, read as of ${demo.asOf} (MALMO_DEMO_DATA=false turns it off)`,
        );
      });
    }
    if (options.mode === 'production') {
      const created = await ensureFirstAdmin(db.orm.em.fork(), options.firstAdmin ?? {});
      if (created) log(`first administrator created: ${created}`);
    } else if (options.mode === 'demo') {
      const demo = await createDemoAccounts(db.orm.em.fork());
      if (demo.length) {
        log(`demo accounts created; sign in with password "${DEMO_PASSWORD}" as:`);
        for (const account of demo) log(`  ${account.email.padEnd(28)} ${account.role}`);
      }
    }
    await checkRoleMap(db.orm.em.fork(), options.oidc);
  } catch (error) {
    await db.orm.close();
    await embedded?.stop();
    throw error;
  }

  const yoga = createGraphQLServer(db, {
    production: options.production,
    settings: {
      ...(options.meetingReportDays === undefined
        ? {}
        : { meetingReportDays: options.meetingReportDays }),
      ...(options.session ? { session: options.session } : {}),
      ...(options.secureCookies === undefined ? {} : { secureCookies: options.secureCookies }),
      singleSignOn: Boolean(options.oidc),
    },
  });
  const dashboardDir =
    options.dashboardDir === undefined ? defaultDashboardDir : options.dashboardDir;
  const dashboard =
    dashboardDir && existsSync(dashboardDir)
      ? sirv(dashboardDir, {
          single: true,
          etag: true,
          // The build writes .br and .gz beside each text asset; sirv sends the one the
          // client accepts (Vary: Accept-Encoding), else the file as it is.
          brotli: true,
          gzip: true,
          // Hashed assets never change; the HTML shell is always revalidated.
          setHeaders: (res, pathname) => {
            res.setHeader(
              'Cache-Control',
              pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
            );
          },
        })
      : null;

  const security = securityHeaders({
    https: options.secureCookies ?? false,
    production: options.production,
  });
  const graphql = limitBody(MAX_BODY_BYTES, (req, res) => void yoga(req, res));
  const signOn = oidcRoutes(
    options.oidc
      ? {
          oidc: options.oidc,
          em: () => db.orm.em.fork(),
          session: options.session ?? DEFAULT_SESSION_POLICY,
          secureCookies: options.secureCookies ?? false,
          log,
        }
      : null,
  );
  const transfer = transferRoutes(db, options.session ?? DEFAULT_SESSION_POLICY);

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    security.apply(res, path);
    if (isApiPath(path)) {
      graphql(req, res);
      return;
    }
    if (isTransferPath(path)) {
      transfer(req, res);
      return;
    }
    if (isOidcPath(path)) {
      void signOn(req, res, path);
      return;
    }
    if (path === '/health') {
      // The process answers; the database may not: 503 then, so a balancer can tell.
      void db.orm.em
        .getConnection()
        .execute('select 1')
        .then(
          () => res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok'),
          () =>
            res
              .writeHead(503, { 'Content-Type': 'text/plain', ...RETRY_AFTER_HEADERS })
              .end('database unavailable'),
        );
      return;
    }
    if (dashboard) {
      dashboard(req, res, () => {
        res.writeHead(404).end('Not found');
      });
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(
      'The dashboard is not built; run `npm start` (or `pnpm --filter @malmo/dashboard build`).',
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | null = null;
  return {
    url: `http://localhost:${port}/`,
    port,
    db,
    close() {
      closing ??= (async () => {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await db.orm.close();
        await embedded?.stop();
      })();
      return closing;
    },
  };
}
