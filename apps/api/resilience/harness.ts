import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { SESSION_COOKIE } from '../src/auth/sessions';
import { type EmbeddedDatabase, freePort, startEmbeddedPostgres } from '../src/db/embedded';
import { DATABASE_UNAVAILABLE } from '../src/db/unavailable';
import { CSRF_HEADER } from '../src/http/security';

const apiDir = fileURLToPath(new URL('..', import.meta.url));

/** Whether the full form runs (`test:resilience`) or the short one CI runs after `npm test`. */
export const FULL = process.env.MALMO_RESILIENCE === 'full';

/**
 * A real PostgreSQL server of the test's own, on a fixed data directory and port, so that it can
 * be stopped (fast: SIGINT, or immediate: SIGQUIT, as `pg_ctl stop -m immediate` does) and started
 * again under the same URL.
 */
export interface Postgres {
  url: string;
  /** A connection to the server's maintenance database, for creating more databases. */
  adminUrl: string;
  stop(mode: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its files. */
  destroy(): Promise<void>;
}

export async function startPostgres(database = 'malmo'): Promise<Postgres> {
  const dir = mkdtempSync(join(tmpdir(), 'malmo-resilience-'));
  const dataDir = join(dir, 'pg');
  const port = await freePort();
  let server: EmbeddedDatabase | null = await startEmbeddedPostgres({
    dataDir,
    port,
    database,
    quiet: true,
  });
  const url = server.url;
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const postmasterPid = () =>
    Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  async function stop(mode: 'fast' | 'immediate') {
    if (!server) return;
    if (mode === 'fast') {
      await server.stop();
    } else {
      const pid = postmasterPid();
      process.kill(pid, 'SIGQUIT');
      while (alive(pid)) await sleep(20);
    }
    server = null;
  }
  return {
    url,
    adminUrl: adminUrl.toString(),
    stop,
    async start() {
      if (server) return;
      server = await startEmbeddedPostgres({ dataDir, port, database, quiet: true });
    },
    async destroy() {
      await stop('fast');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The API as `npm start` runs it: a separate Node process in production mode, over HTTP. */
export interface ApiProcess {
  url: string;
  /** Set once the process has ended (it should not, until `stop`). */
  exited(): { code: number | null; signal: NodeJS.Signals | null } | null;
  /** The last lines it printed, for a failure's message. */
  output(): string;
  stop(): Promise<void>;
}

export async function startApi(databaseUrl: string): Promise<ApiProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      MALMO_MODE: 'demo',
      MALMO_DEMO_DATA: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const ended = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  for (const started = Date.now(); ; await sleep(100)) {
    if (exit) throw new Error(`the API exited while starting:\n${lines.join('\n')}`);
    if (Date.now() - started > 120_000)
      throw new Error(`the API did not start:\n${lines.join('\n')}`);
    if (lines.some((line) => line.includes('is ready'))) break;
  }
  return {
    url,
    exited: () => exit,
    output: () => lines.slice(-40).join('\n'),
    async stop() {
      if (exit) return;
      child.kill('SIGTERM');
      await ended;
    },
  };
}

/** What one request came to, as the tests judge it. */
export type Outcome =
  | { kind: 'ok'; body: GraphQLBody }
  /** HTTP 503, Retry-After, the stable code: the clear temporary error. */
  | { kind: 'unavailable' }
  /** Anything else: a masked error, a refused connection, a request past the bound … */
  | { kind: 'bad'; detail: string };

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** No request may take longer than this, whatever state the database is in. */
export const REQUEST_BOUND_MS = 15_000;

/** A client of the API over HTTP, signed in with a session cookie (or anonymous). */
export class Client {
  constructor(
    readonly api: string,
    private cookie: string | null = null,
  ) {}

  async signIn(email: string, password = 'malmo-demo-2006'): Promise<void> {
    const response = await fetch(`${this.api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
      body: JSON.stringify({
        query: `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }`,
        variables: { e: email, p: password },
      }),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (!cookie) throw new Error(`sign-in as ${email} failed: ${await response.text()}`);
    this.cookie = cookie.split(';')[0] ?? null;
  }

  /** Sends one request and classifies the answer (never throws). */
  async send(
    path: string,
    init: RequestInit = {},
  ): Promise<Outcome & { status?: number; text?: string }> {
    try {
      const response = await fetch(`${this.api}${path}`, {
        ...init,
        headers: {
          [CSRF_HEADER]: '1',
          ...(this.cookie ? { cookie: this.cookie } : {}),
          ...(init.headers as Record<string, string>),
        },
        signal: AbortSignal.timeout(REQUEST_BOUND_MS),
      });
      const text = await response.text();
      if (response.status === 503) {
        const body = JSON.parse(text) as GraphQLBody;
        const clear =
          response.headers.get('retry-after') !== null &&
          body.errors?.length &&
          body.errors.every((e) => e.extensions?.code === DATABASE_UNAVAILABLE);
        return clear
          ? { kind: 'unavailable', status: 503 }
          : { kind: 'bad', detail: `503 without the clear error: ${text.slice(0, 300)}` };
      }
      if (response.status !== 200) {
        return { kind: 'bad', detail: `HTTP ${response.status}: ${text.slice(0, 300)}` };
      }
      if (!response.headers.get('content-type')?.includes('json')) {
        return { kind: 'ok', body: {}, status: 200, text };
      }
      const body = JSON.parse(text) as GraphQLBody;
      if (body.errors?.length) {
        return { kind: 'bad', detail: `errors: ${JSON.stringify(body.errors).slice(0, 300)}` };
      }
      return { kind: 'ok', body, status: 200 };
    } catch (error) {
      return { kind: 'bad', detail: `request failed: ${String(error)}` };
    }
  }

  graphql(query: string, variables: Record<string, unknown> = {}) {
    return this.send('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  }

  /** The data of an operation that must succeed now. */
  async must<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const outcome = await this.graphql(query, variables);
    if (outcome.kind !== 'ok') throw new Error(`${query.slice(0, 80)}: ${JSON.stringify(outcome)}`);
    return outcome.body.data as T;
  }
}

/** The global ids the writers need: the units and partner cities of the annex. */
export async function annexIds(client: Client) {
  const data = await client.must<{
    units: { edges: { node: { id: string; key: string } }[] };
    partnerCities: { edges: { node: { id: string } }[] };
  }>(`{ units(first: 20) { edges { node { id key } } }
        partnerCities(first: 20) { edges { node { id } } } }`);
  return {
    units: data.units.edges.map((e) => e.node.id),
    cities: data.partnerCities.edges.map((e) => e.node.id),
  };
}

/** A project mutation's result union, with the saved record's id, version and title. */
const projectResult = (success: string) => `
  __typename
  ... on Error { message }
  ... on StaleVersion { currentVersion }
  ... on ${success} { data { id version title } }`;

export const CREATE_PROJECT = `mutation ($input: ProjectInput!) {
  result: createProject(input: $input) { ${projectResult('MutationCreateProjectSuccess')} } }`;

export const UPDATE_PROJECT = `mutation ($id: ID!, $version: Int!, $input: ProjectInput!) {
  result: updateProject(id: $id, version: $version, input: $input) {
    ${projectResult('MutationUpdateProjectSuccess')} } }`;

export const READ_PROJECT = `query ($id: ID!) { node(id: $id) { ... on Project {
  id version title themes partners { name partnerCity { id } } } } }`;

export type Saved = {
  __typename: string;
  message?: string;
  currentVersion?: number;
  data?: { id: string; version: number; title: string };
};

/** What a test file runs against: its own PostgreSQL, the API process on it, an admin client. */
export interface ApiUnderTest {
  postgres: Postgres;
  api: ApiProcess;
  admin: Client;
  ids: { units: string[]; cities: string[] };
}

/** Starts PostgreSQL and the API (signed in as the demo admin) before the file's tests, stops both after. */
export function apiUnderTest(): ApiUnderTest {
  const env = {} as ApiUnderTest;
  beforeAll(async () => {
    env.postgres = await startPostgres();
    env.api = await startApi(env.postgres.url);
    env.admin = new Client(env.api.url);
    await env.admin.signIn('admin@malmo.example');
    env.ids = await annexIds(env.admin);
  });
  afterAll(async () => {
    await env.api?.stop();
    await env.postgres?.destroy();
  });
  return env;
}
