import { parseArgs } from 'node:util';

export interface BenchOptions {
  scales: number[];
  /** Seconds of the latency phase (one connection) per operation and contender. */
  latencyDuration: number;
  /** Seconds of the throughput phase (`connections` connections) per operation and contender. */
  duration: number;
  /** Seconds of load (`connections` connections) before the two phases, thrown away. */
  warmUp: number;
  /** Concurrent connections of the warm-up and the throughput phase. */
  connections: number;
  only: string[];
  skipPeer: boolean;
  skipFrontend: boolean;
}

/**
 * With the 2 s warm-up, 10 s per operation and contender: about 15 minutes for both scales and
 * every operation, the frontend included.
 */
export const DEFAULT_LATENCY_DURATION = 4;
export const DEFAULT_DURATION = 4;

export const USAGE = `pnpm bench [options]   (npm run bench -- [options])
  --scales 1,100      demo data scales to measure (default 1,100)
  --latency-duration <s>
                      seconds of the latency phase, one connection sending its requests one
                      after another (p50/p95/p99), per operation and contender (default ${DEFAULT_LATENCY_DURATION})
  --duration <s>      seconds of the throughput phase, <n> connections at once (requests/s),
                      per operation and contender (default ${DEFAULT_DURATION}); both phases follow
                      a warm-up of <n> connections for half of this, at most 2 s
  --connections <n>   connections of the throughput phase (default 10, the API's pool size)
  --only <ids>        operations to measure, comma-separated (default all)
  --skip-peer         do not start PostGraphile
  --skip-frontend     do not measure the dashboard's bundle and Lighthouse scores`;

function positive(name: string, raw: string, whole: boolean): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || (whole && !Number.isInteger(n))) {
    throw new Error(`--${name} must be a positive ${whole ? 'whole ' : ''}number, got "${raw}"`);
  }
  return n;
}

export function readOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    // pnpm passes the `--` of `pnpm bench -- --scales 1` through; it separates nothing here.
    args: argv.filter((arg, index) => !(index === 0 && arg === '--')),
    options: {
      scales: { type: 'string', default: '1,100' },
      'latency-duration': { type: 'string', default: String(DEFAULT_LATENCY_DURATION) },
      duration: { type: 'string', default: String(DEFAULT_DURATION) },
      connections: { type: 'string', default: '10' },
      only: { type: 'string', default: '' },
      'skip-peer': { type: 'boolean', default: false },
      'skip-frontend': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const duration = positive('duration', values.duration, false);
  return {
    scales: values.scales.split(',').map((scale) => positive('scales', scale.trim(), true)),
    latencyDuration: positive('latency-duration', values['latency-duration'], false),
    duration,
    warmUp: Math.min(2, duration / 2),
    connections: positive('connections', values.connections, true),
    only: values.only
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
    skipPeer: values['skip-peer'],
    skipFrontend: values['skip-frontend'],
  };
}
