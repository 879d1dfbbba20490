#!/usr/bin/env node
// The two commands of the README. Runs on any Node >= 18 with npm: it fetches the pinned
// Node and pnpm into the user cache (never touching the system), installs the workspace,
// then hands over to the real task under the pinned Node.
//
//   node scripts/run.mjs start   migrate, load the annex, build and serve on one origin
//   node scripts/run.mjs test    every test: lint, types, unit, integration, end-to-end
//   node scripts/run.mjs dev     Vite dev server + API with reload
//   node scripts/run.mjs bench   the benchmark: API against the floor and a peer, and the dashboard
//   node scripts/run.mjs resilience   PostgreSQL restarted under load, conflicting edits, backup
//   node scripts/run.mjs backup <file>    the database into one file (restore <file> [--replace])
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const NODE_VERSION = '24.21.0';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const PNPM_VERSION = pkg.packageManager.replace(/^pnpm@/, '');
const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
const toolsDir = process.env.MALMO_TOOLS_DIR || join(cacheHome, 'malmo-international');
const binDir = join(root, '.tools', 'bin');

const task = process.argv[2];
const api = join(root, 'apps', 'api');
// Each task: steps run in order, the last one is the long-running process (if any).
const tasks = {
  start: [
    {
      cmd: 'pnpm',
      args: [
        'exec',
        'turbo',
        'run',
        'build',
        '--filter=@malmo/dashboard',
        '--output-logs=errors-only',
      ],
    },
    // The server is spawned directly, so Ctrl-C reaches it without a package manager in between.
    {
      cmd: 'node',
      args: ['--import', 'tsx', 'src/main.ts'],
      cwd: api,
      env: { NODE_ENV: 'production' },
    },
  ],
  test: [{ cmd: 'pnpm', args: ['run', 'test:all'] }],
  dev: [{ cmd: 'pnpm', args: ['run', 'dev:all'] }],
  // Options after the task name are passed on: `npm run bench -- --scales 1`.
  bench: [
    { cmd: 'pnpm', args: ['--filter', '@malmo/bench', 'run', 'bench', ...process.argv.slice(3)] },
  ],
  resilience: [
    {
      cmd: 'pnpm',
      args: ['--filter', '@malmo/api', 'run', 'test:resilience', ...process.argv.slice(3)],
    },
  ],
  backup: [
    { cmd: 'pnpm', args: ['--filter', '@malmo/api', 'run', 'backup', ...process.argv.slice(3)] },
  ],
  restore: [
    { cmd: 'pnpm', args: ['--filter', '@malmo/api', 'run', 'restore', ...process.argv.slice(3)] },
  ],
  setup: [],
};
if (!(task in tasks)) {
  console.error(`usage: node scripts/run.mjs <${Object.keys(tasks).join('|')}>`);
  process.exit(2);
}
// The lockfile is committed; only a developer adding a dependency regenerates it.
const frozen = existsSync(join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];

function log(message) {
  console.log(`\u001b[36m[setup]\u001b[0m ${message}`);
}

/** Runs a command to its end; any failure ends the whole run with its status. */
function must(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  const status = result.status ?? 1;
  if (status !== 0) {
    console.error(`[setup] failed (${status}): ${cmd} ${args.join(' ')}`);
    process.exit(status);
  }
}

function npmInstall(prefix, spec) {
  mkdirSync(prefix, { recursive: true });
  // A prefix of its own keeps the tool out of the workspace and the system.
  writeFileSync(join(prefix, 'package.json'), '{"private":true}\n');
  must('npm', [
    'install',
    '--prefix',
    prefix,
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    '--no-save',
    spec,
  ]);
}

function ensureNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (
    process.versions.node === NODE_VERSION ||
    (major >= 24 && process.env.MALMO_USE_SYSTEM_NODE)
  ) {
    return process.execPath;
  }
  const platformPkg = `node-${process.platform}-${process.arch}`;
  const prefix = join(toolsDir, `node-${NODE_VERSION}`);
  const bin = join(prefix, 'node_modules', platformPkg, 'bin', 'node');
  if (!existsSync(bin)) {
    log(`installing Node ${NODE_VERSION} (${platformPkg}) into ${prefix}`);
    npmInstall(prefix, `${platformPkg}@${NODE_VERSION}`);
  }
  return bin;
}

function ensurePnpm(nodeBin) {
  const prefix = join(toolsDir, `pnpm-${PNPM_VERSION}`);
  const cli = join(prefix, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');
  if (!existsSync(cli)) {
    log(`installing pnpm ${PNPM_VERSION} into ${prefix}`);
    npmInstall(prefix, `pnpm@${PNPM_VERSION}`);
  }
  mkdirSync(binDir, { recursive: true });
  const nodeLink = join(binDir, 'node');
  // force: also a dangling link left by a moved or wiped tools cache.
  rmSync(nodeLink, { force: true });
  symlinkSync(nodeBin, nodeLink);
  const pnpmShim = join(binDir, 'pnpm');
  writeFileSync(pnpmShim, `#!/bin/sh\nexec "${nodeBin}" "${cli}" "$@"\n`);
  chmodSync(pnpmShim, 0o755);
}

const started = Date.now();
const nodeBin = ensureNode();
ensurePnpm(nodeBin);
const env = {
  ...process.env,
  PATH: `${binDir}:${process.env.PATH}`,
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  // Tests judge the committed schema.graphql; never regenerate it under them.
  ...(task === 'test' ? { MALMO_CHECK_SCHEMA: '1' } : {}),
};
log(`Node ${NODE_VERSION}, pnpm ${PNPM_VERSION}; installing dependencies`);
must('pnpm', ['install', ...frozen, '--prefer-offline', '--reporter=append-only'], { env });
log(`set-up done in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const steps = tasks[task];
for (const step of steps.slice(0, -1)) {
  must(step.cmd, step.args, { env: { ...env, ...step.env }, cwd: step.cwd ?? root });
}
const final = steps.at(-1);
if (final) {
  // Tests are summed up in one closing line, so the output is read on its way through.
  const tally = task === 'test' ? { passed: 0, failed: 0, seen: false } : null;
  const child = spawn(final.cmd, final.args, {
    stdio: tally ? ['inherit', 'pipe', 'pipe'] : 'inherit',
    cwd: final.cwd ?? root,
    env: { ...env, ...final.env },
  });
  if (tally) {
    let pending = '';
    const count = (chunk) => {
      // Whole lines only: a chunk may end in the middle of one.
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      // Vitest's summary: "Tests  1 failed | 28 passed (29)", "Tests  2 failed (2)".
      const plain = stripVTControlCharacters(lines.join('\n'));
      for (const [, summary = ''] of plain.matchAll(/Tests\s+([^(\n]*)\(\d+\)/g)) {
        tally.failed += Number(/(\d+) failed/.exec(summary)?.[1] ?? 0);
        tally.passed += Number(/(\d+) passed/.exec(summary)?.[1] ?? 0);
        tally.seen = true;
      }
    };
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      count(chunk);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
  }
  // Ctrl-C reaches the child through the terminal's process group; the child stops
  // PostgreSQL and exits, and we exit with its status. SIGTERM is passed on.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => {
    if (tally?.seen) console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
    process.exit(code ?? (signal ? 1 : 0));
  });
}
