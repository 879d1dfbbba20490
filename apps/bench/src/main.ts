// pnpm bench: the production API under load against the floor (the same SQL sent straight through
// pg) and a peer (PostGraphile v5 on the same schema), at 1× and 100× the demo data, then the
// dashboard's weight and Lighthouse scores. Prints a table; writes results/<time>.json and
// results/latest.json. Options: see USAGE in options.ts.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Capture, openCapture } from './capture';
import { loadScale, startBenchDatabase } from './data';
import { floorPool, floorRequest, POOL_SIZE } from './floor';
import { type FrontendFigures, frontendFigures } from './frontend';
import { operationBody, post, signIn } from './graphql';
import { loadHttp, loadLoop, type Phases } from './load';
import { type DataDay, type Operation, selectOperations } from './operations';
import { readOptions } from './options';
import { peerQuery } from './peer-queries';
import { type Child, startApiProcess, startPeerProcess } from './processes';
import { failures, judge, type OperationResult, TARGETS, table, tally, writeJson } from './report';

const benchDir = dirname(dirname(fileURLToPath(import.meta.url)));
const repoRoot = join(benchDir, '..', '..');
const dashboardDist = join(repoRoot, 'apps', 'dashboard', 'dist');

const options = readOptions(process.argv.slice(2));
const operations = selectOperations(options.only);
const startedAt = new Date();
const clock = performance.now();

// Progress and the time left, from the load runs still to come (each: warm-up + latency phase +
// throughput phase).
const contenders = options.skipPeer ? 2 : 3;
const perRun = options.warmUp + options.latencyDuration + options.duration;
const totalRuns = options.scales.length * operations.length * contenders;
let runsDone = 0;
function progress(message: string) {
  const left = (totalRuns - runsDone) * perRun;
  const elapsed = (performance.now() - clock) / 1000;
  const eta = left >= 60 ? `${Math.ceil(left / 60)} min` : `${Math.ceil(left)} s`;
  console.log(`[bench ${elapsed.toFixed(0).padStart(4)} s] ${message}  (load left ≈ ${eta})`);
}

function ensureDashboard() {
  if (existsSync(join(dashboardDist, 'index.html'))) return;
  progress('building the dashboard (pnpm --filter @malmo/dashboard build)');
  const built = spawnSync('pnpm', ['--filter', '@malmo/dashboard', 'build'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('The dashboard build failed');
}

/** One request through HTTP, which must succeed without errors: the answer every run must give. */
async function expectedAnswer(who: string, url: string, body: string, cookie: string | null) {
  const answer = await post(fetch, url, body, cookie);
  if (answer.status !== 200 || answer.body.errors) {
    throw new Error(`${who} answered with errors: ${answer.text.slice(0, 500)}`);
  }
  return answer.text;
}

async function measure(
  scale: number,
  operation: Operation,
  at: DataDay,
  capture: Capture,
  servers: { api: Child; cookie: string; peer: Child | null; pool: ReturnType<typeof floorPool> },
  index: number,
): Promise<OperationResult> {
  const step = `${scale}× · ${index + 1}/${operations.length} ${operation.id}`;
  const load = {
    connections: options.connections,
    latencyDuration: options.latencyDuration,
    duration: options.duration,
    warmUp: options.warmUp,
  };

  progress(`${step} · ours (HTTP, production server)`);
  const body = operationBody(operation, at);
  const expected = await expectedAnswer('Our API', servers.api.url, body, servers.cookie);
  const ours = await loadHttp(
    { url: servers.api.url, body, cookie: servers.cookie, expected },
    load,
  );
  runsDone += 1;

  progress(`${step} · floor (the same ${capture.statements} statements through pg)`);
  const floor = await loadLoop(floorRequest(servers.pool, capture), load);
  runsDone += 1;

  let peer: OperationResult['peer'] = null;
  if (servers.peer) {
    const question = peerQuery(operation.id);
    if (question) {
      progress(`${step} · peer (PostGraphile: ${question.asked})`);
      const peerBody = JSON.stringify({ query: question.query, variables: question.variables(at) });
      const peerExpected = await expectedAnswer('PostGraphile', servers.peer.url, peerBody, null);
      const result: Phases = await loadHttp(
        { url: servers.peer.url, body: peerBody, cookie: null, expected: peerExpected },
        load,
      );
      peer = { ...result, asked: question.asked };
    }
    runsDone += 1;
  }

  return judge({
    scale,
    operation: operation.id,
    kind: operation.kind,
    ledger: operation.ledger,
    ours,
    statements: capture.statements,
    sessionStatements: capture.sessionStatements,
    rounds: capture.groups.length,
    floor,
    peer,
  });
}

async function runScale(databaseUrl: string, scale: number): Promise<OperationResult[]> {
  progress(
    `${scale}× · loading the annex and the demo data${scale === 1 ? '' : ` (--scale ${scale} --to 2015)`}`,
  );
  const rows = await loadScale(databaseUrl, scale);
  progress(
    `${scale}× · ${rows} demo rows; capturing each operation's SQL (in process, after 2 warm-up requests)`,
  );
  const inProcess = await openCapture(databaseUrl);
  let at: DataDay;
  const captures = new Map<string, Capture>();
  try {
    at = await inProcess.dataDay();
    for (const operation of operations) {
      captures.set(operation.id, await inProcess.capture(operation, at));
    }
  } finally {
    await inProcess.close();
  }

  progress(
    `${scale}× · starting the production server${options.skipPeer ? '' : ' and PostGraphile'}`,
  );
  const api = await startApiProcess(databaseUrl);
  let peer: Child | null = null;
  const pool = floorPool(databaseUrl);
  try {
    peer = options.skipPeer ? null : await startPeerProcess(databaseUrl, POOL_SIZE);
    const cookie = await signIn(fetch, api.url);
    const results: OperationResult[] = [];
    for (const [index, operation] of operations.entries()) {
      const capture = captures.get(operation.id);
      if (!capture) throw new Error(`No capture for ${operation.id}`);
      results.push(
        await measure(scale, operation, at, capture, { api, cookie, peer, pool }, index),
      );
    }
    return results;
  } finally {
    await Promise.all([api.stop(), peer?.stop(), pool.end()]);
  }
}

/** The dashboard's weight and Lighthouse scores (src/frontend.ts), unless skipped. */
async function frontend(): Promise<FrontendFigures | null> {
  if (options.skipFrontend) {
    progress('frontend: skipped (--skip-frontend)');
    return null;
  }
  progress('frontend: bundle sizes and Lighthouse');
  const figures = await frontendFigures({ log: (message) => progress(`frontend: ${message}`) });
  console.log(`\n${figures.lines.join('\n')}`);
  return figures;
}

async function main() {
  progress(
    `scales ${options.scales.join(', ')}; ${operations.length} operations; per operation and contender ${options.warmUp} s warm-up (${options.connections} connections), ${options.latencyDuration} s latency phase (1 connection), ${options.duration} s throughput phase (${options.connections} connections)`,
  );
  ensureDashboard();
  const results: OperationResult[] = [];
  const db = await startBenchDatabase();
  try {
    for (const scale of options.scales) results.push(...(await runScale(db.url, scale)));
  } finally {
    await db.stop();
  }

  console.log(
    `\nours: the production server over HTTP; each contender, per operation, after ${options.warmUp} s warm-up: a latency phase, 1 connection sending its requests one after another for ${options.latencyDuration} s (p50/p95/p99, ms: "1 conn"), then a throughput phase, ${options.connections} connections at once for ${options.duration} s (requests/s: "${options.connections} conn"); the median and p95 targets are judged on the first, the requests/s target on the second`,
  );
  console.log(
    'sql: statements per request, the session lookup (1) included; floor: those statements sent straight through pg (a pool of the same size, concurrent ones together), captured after warm-up requests, so caches are warm',
  );
  console.log(
    'peer: PostGraphile v5 asked the equivalent question (src/peer-queries.ts); for the ledger pages the facts the ledger is computed from, as it cannot compute duties; no peer for the search\n',
  );
  console.log(table(results, options.connections));
  for (const message of failures(results)) console.log(message);
  const { passed, failed } = tally(results);
  console.log(
    `\ntargets: median ≤ floor + ${TARGETS.medianOverFloorMs} ms (1 conn); rps ≥ PostGraphile's (${options.connections} conn); dashboard p95 ≤ ${TARGETS.dashboardP95Ms} ms at ${TARGETS.dashboardP95Scale}× (1 conn) — ${passed} passed, ${failed} failed`,
  );

  const document = (frontendFigures: unknown) => ({
    startedAt: startedAt.toISOString(),
    seconds: Math.round((performance.now() - clock) / 1000),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? null,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
    },
    options,
    method: {
      ours: 'the production server (node --import tsx apps/api/src/main.ts, NODE_ENV=production) over HTTP on loopback, signed in as the analyst, driven by autocannon; every answer must equal the first',
      statements:
        'SQL statements one request sends, counted at the pg driver in process (createGraphQLServer) after 2 warm-up requests; the session lookup is included (sessionStatements)',
      floor: `the same statements with their parameters sent through pg (a Pool of ${POOL_SIZE}, as the API's), statements that ran concurrently sent together (Promise.all), the rounds in order; captured warm, so the ledger cache (where present) is warm in the floor as in ours`,
      peer: 'PostGraphile v5 (Amber preset + @graphile/pg-aggregates) in its own process over HTTP, asked the equivalent question (src/peer-queries.ts); for the ledger pages the facts the ledger is computed from; no peer for the registry search',
      phases: {
        warmUp: {
          connections: options.connections,
          seconds: options.warmUp,
          what: 'run first for each operation and contender and thrown away, so the pools are full and the code and caches warm',
        },
        latency: {
          connections: 1,
          seconds: options.latencyDuration,
          what: 'one client sending its requests one after another: p50/p95/p99 are the time of a request, not of a queue',
          judges: ['medianWithinFloor', 'dashboardP95'],
        },
        throughput: {
          connections: options.connections,
          seconds: options.duration,
          what: 'that many clients at once, each sending its next request when the last is answered: requests/s (its percentiles are kept, queueing included)',
          judges: ['rpsAtLeastPeer'],
        },
        results:
          'ours, floor and peer each hold { latency, throughput }, each { connections, seconds (as run), rps, p50, p95, p99, requests, failures, failure? }',
      },
      latency: 'milliseconds, from hdr-histogram over the measured seconds of the phase',
      targets: TARGETS,
    },
    results,
    frontend: frontendFigures,
  });
  // The API's figures are kept before the frontend runs, whatever becomes of it.
  const path = writeJson(join(benchDir, 'results'), startedAt, document(null));
  let figures: FrontendFigures | { failed: string } | null = null;
  try {
    figures = await frontend();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\nfrontend: FAILED: ${message}`);
    figures = { failed: message };
    process.exitCode = 1;
  }
  if (figures) writeJson(join(benchDir, 'results'), startedAt, document(figures));
  const seconds = Math.round((performance.now() - clock) / 1000);
  console.log(`\nJSON: ${path} (and results/latest.json); ${seconds} s in all`);
  if (results.some((r) => r.ours.latency.failures + r.ours.throughput.failures > 0)) {
    process.exitCode = 1;
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
}
