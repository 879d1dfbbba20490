// Adds deterministic demo activity to the registry (importing the annex first when it is empty).
// Usage: pnpm demo [--scale N] [--from YEAR] [--to YEAR] [--seed S] [--replace]
import { parseArgs } from 'node:util';
import { readConfig } from '../config';
import { importAnnex } from '../db/annex-import';
import { withMigratedDatabase } from '../db/connect';
import { Unit } from '../db/entities';
import {
  DEMO_DEFAULTS,
  type DemoOptions,
  generateDemoActivity,
  removeDemoActivity,
} from '../demo/generate';

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`--${name} must be a whole number, got "${value}"`);
  return n;
}

const { values } = parseArgs({
  // pnpm passes the `--` of `pnpm … demo -- --scale 100` through; it separates nothing here.
  args: process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--')),
  options: {
    scale: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    seed: { type: 'string' },
    replace: { type: 'boolean', default: false },
  },
  strict: true,
});

const options: DemoOptions = {
  seed: wholeNumber('seed', values.seed, DEMO_DEFAULTS.seed),
  scale: wholeNumber('scale', values.scale, DEMO_DEFAULTS.scale),
  fromYear: wholeNumber('from', values.from, DEMO_DEFAULTS.fromYear),
  toYear: wholeNumber('to', values.to, DEMO_DEFAULTS.toYear),
};

async function main() {
  await withMigratedDatabase(readConfig(), async (db) => {
    const em = db.orm.em.fork();
    if ((await em.count(Unit, {})) === 0) {
      const annex = await importAnnex(em.fork());
      console.log(`annex: ${annex.created} created (the registry was empty)`);
    }
    const started = performance.now();
    // Removing the earlier demo and generating the new one commit together, or not at all.
    const { asOf, counts } = await em.transactional(async (tx) => {
      if (values.replace) {
        const removed = await removeDemoActivity(tx);
        console.log(`removed ${removed} earlier demo rows`);
      }
      return generateDemoActivity(tx, options, (done, total, label) => {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(`[${done}/${total}] ${label} (${seconds} s)`);
      });
    });
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `demo: seed ${options.seed}, scale ${options.scale}, ${options.fromYear}–${options.toYear}, read on ${asOf}`,
    );
    for (const [name, n] of Object.entries(counts)) console.log(`  ${name.padEnd(24)} ${n}`);
    console.log(`  ${'total'.padEnd(24)} ${total} rows in ${seconds} s`);
  });
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
