import { type ChildProcess, spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@malmo/api/src/db/embedded';

/** A server in a process of its own; its output is kept to show when it fails. */
export interface Child {
  url: string;
  stop(): Promise<void>;
}

const apiDir = dirname(dirname(fileURLToPath(import.meta.resolve('@malmo/api'))));
const benchDir = dirname(dirname(fileURLToPath(import.meta.url)));

function launch(script: string, cwd: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => output };
}

function stopper(child: ChildProcess) {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

/** Waits until `ready` answers true, or fails with the child's output when it exits or hangs. */
async function waitFor(
  name: string,
  launched: ReturnType<typeof launch>,
  ready: () => Promise<boolean>,
  seconds = 120,
) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (launched.child.exitCode !== null) {
      throw new Error(`${name} exited (${launched.child.exitCode}):\n${launched.output()}`);
    }
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stopper(launched.child)();
  throw new Error(`${name} did not start within ${seconds} s:\n${launched.output()}`);
}

/**
 * The production server as `npm start` runs it (`node --import tsx src/main.ts`,
 * NODE_ENV=production, demo mode for the demo accounts) on the benchmark's database.
 */
export async function startApiProcess(databaseUrl: string): Promise<Child> {
  const port = await freePort();
  const launched = launch('src/main.ts', apiDir, {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    MALMO_MODE: 'demo',
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor('The API server', launched, async () => (await fetch(`${base}/health`)).ok);
  return { url: `${base}/graphql`, stop: stopper(launched.child) };
}

/** PostGraphile (src/peer-server.ts) on the benchmark's database, with a pool of `poolSize`. */
export async function startPeerProcess(databaseUrl: string, poolSize: number): Promise<Child> {
  const port = await freePort();
  const launched = launch('src/peer-server.ts', benchDir, {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    POOL_SIZE: String(poolSize),
    GRAPHILE_ENV: 'production',
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitFor('PostGraphile', launched, async () => launched.output().includes('ready '));
  return { url, stop: stopper(launched.child) };
}
