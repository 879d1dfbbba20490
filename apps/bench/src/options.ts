import { parseArgs } from 'node:util';

export interface BenchOptions {
  scales: number[];
  /** Seconds each contender is measured per operation. */
  duration: number;
  /** Seconds of load before each measurement, thrown away. */
  warmUp: number;
  connections: number;
  only: string[];
  skipPeer: boolean;
  skipFrontend: boolean;
}

/** About 13 minutes for both scales and every operation, the frontend included. */
export const DEFAULT_DURATION = 6;

export const USAGE = `pnpm bench [options]   (npm run bench -- [options])
  --scales 1,100      demo data scales to measure (default 1,100)
  --duration <s>      seconds of load per operation and contender (default ${DEFAULT_DURATION})
  --connections <n>   concurrent connections (default 10, the API's pool size)
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
