import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadResult, Phases } from './load';
import type { OperationKind } from './operations';

/** Our targets (issue: "Measured speed and resilience"). */
export const TARGETS = {
  /** Our median may exceed the floor's by at most this many milliseconds. */
  medianOverFloorMs: 1,
  /** Every dashboard query's p95 at this scale and above … */
  dashboardP95Scale: 100,
  /** … is at most this many milliseconds. */
  dashboardP95Ms: 50,
} as const;

/** A target's verdict; null where it does not apply or cannot be judged. */
export type Verdict = boolean | null;

export interface OperationResult {
  scale: number;
  operation: string;
  kind: OperationKind;
  ledger: boolean;
  ours: Phases;
  /** SQL statements one request runs, the session lookup included. */
  statements: number;
  sessionStatements: number;
  /** How many rounds of statements (statements within a round run at the same time). */
  rounds: number;
  floor: Phases;
  peer: (Phases & { asked: string }) | null;
  ratios: {
    /** Our median over the floor's, both in the latency phase. */
    p50VsFloor: number;
    /** Our median minus the floor's in the latency phase, in milliseconds. */
    p50OverFloorMs: number;
    /** Our requests/s over the peer's, both in the throughput phase. */
    rpsVsPeer: number | null;
  };
  targets: {
    /** Latency phase: our p50 ≤ the floor's + 1 ms. */
    medianWithinFloor: Verdict;
    /** Throughput phase: our requests/s ≥ PostGraphile's. */
    rpsAtLeastPeer: Verdict;
    /** Latency phase: a dashboard's p95 ≤ 50 ms at 100×. */
    dashboardP95: Verdict;
  };
}

const PHASES = ['latency', 'throughput'] as const;

/** Whether a contender ran both phases without a failure. */
const ok = (result: Phases | null | undefined) =>
  Boolean(result && PHASES.every((phase) => result[phase].failures === 0));

/** Ratios and verdicts of one operation's three measurements. A failed run passes nothing. */
export function judge(base: Omit<OperationResult, 'ratios' | 'targets'>): OperationResult {
  const { ours, floor, peer } = base;
  const p50OverFloorMs = ours.latency.p50 - floor.latency.p50;
  const dashboardP95 =
    base.kind === 'dashboard' && base.scale >= TARGETS.dashboardP95Scale
      ? ok(ours) && ours.latency.p95 <= TARGETS.dashboardP95Ms
      : null;
  const peerRps = peer?.throughput.rps ?? 0;
  return {
    ...base,
    ratios: {
      p50VsFloor: ours.latency.p50 / floor.latency.p50,
      p50OverFloorMs,
      // A peer that finished no request in the time has no ratio (its requests/s shows 0).
      rpsVsPeer: peer && peerRps > 0 ? ours.throughput.rps / peerRps : null,
    },
    targets: {
      medianWithinFloor: ok(floor) ? ok(ours) && p50OverFloorMs <= TARGETS.medianOverFloorMs : null,
      rpsAtLeastPeer: peer && ok(peer) ? ok(ours) && ours.throughput.rps >= peerRps : null,
      dashboardP95,
    },
  };
}

function fixed(value: number | null | undefined, digits: number): string {
  return value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);
}

function verdict(value: Verdict): string {
  return value === null ? '–' : value ? 'pass' : 'FAIL';
}

/** A phase's figure, or what failed in it. */
function figure(result: LoadResult | undefined, value: number | undefined, digits: number) {
  if (!result) return '–';
  return result.failures ? `FAILED ×${result.failures}` : fixed(value, digits);
}

/** Which phase a column's figure comes from (null: neither, or both). */
type Phase = (typeof PHASES)[number] | null;

const COLUMNS: [phase: Phase, header: string, width: number][] = [
  [null, 'scale', 5],
  [null, 'operation', 16],
  [null, 'sql', 4],
  ['latency', 'p50', 7],
  ['latency', 'p95', 7],
  ['latency', 'p99', 7],
  ['throughput', 'rps', 8],
  ['latency', 'floor p50', 9],
  ['throughput', 'floor rps', 9],
  ['latency', 'peer p50', 8],
  ['throughput', 'peer rps', 8],
  ['latency', 'p50/floor', 9],
  ['latency', '+ms', 6],
  ['throughput', 'rps/peer', 8],
  ['latency', '≤floor+1', 8],
  ['throughput', '≥peer', 8],
  ['latency', 'p95≤50', 7],
];

function line(cells: string[]): string {
  return cells
    .map((cell, i) => {
      const width = COLUMNS[i]?.[2] ?? 8;
      return i < 2 ? cell.padEnd(width) : cell.padStart(width);
    })
    .join(' ');
}

/**
 * The header's first line: over each column, the phase its figure comes from ("1 conn" or
 * "<n> conn"); neighbouring columns of one phase share a label drawn across them.
 */
function phaseLine(connections: number): string {
  const label = { latency: '1 conn', throughput: `${connections} conn` } as const;
  const spans: { phase: Phase; width: number }[] = [];
  for (const [phase, , width] of COLUMNS) {
    const last = spans.at(-1);
    if (last && phase && last.phase === phase) last.width += 1 + width;
    else spans.push({ phase, width });
  }
  return spans
    .map(({ phase, width }) => {
      if (!phase) return ' '.repeat(width);
      const text = label[phase];
      if (width < text.length + 4) return text.padStart(width);
      const left = Math.floor((width - text.length - 2) / 2);
      return `${'─'.repeat(left)} ${text} ${'─'.repeat(width - text.length - 2 - left)}`;
    })
    .join(' ')
    .trimEnd();
}

/**
 * The results as a table: ours, the floor, the peer, the ratios and the targets per row, each
 * figure under the phase it comes from (latency: 1 connection; throughput: `connections`).
 */
export function table(results: readonly OperationResult[], connections: number): string {
  const rows = [phaseLine(connections), line(COLUMNS.map(([, header]) => header))];
  for (const r of results) {
    const { ours, floor, peer } = r;
    rows.push(
      line([
        `${r.scale}×`,
        r.operation,
        String(r.statements),
        figure(ours.latency, ours.latency.p50, 2),
        fixed(ours.latency.p95, 2),
        fixed(ours.latency.p99, 2),
        figure(ours.throughput, ours.throughput.rps, 0),
        figure(floor.latency, floor.latency.p50, 2),
        figure(floor.throughput, floor.throughput.rps, 0),
        figure(peer?.latency, peer?.latency.p50, 2),
        figure(peer?.throughput, peer?.throughput.rps, 0),
        fixed(r.ratios.p50VsFloor, 1),
        fixed(r.ratios.p50OverFloorMs, 1),
        fixed(r.ratios.rpsVsPeer, 2),
        verdict(r.targets.medianWithinFloor),
        verdict(r.targets.rpsAtLeastPeer),
        verdict(r.targets.dashboardP95),
      ]),
    );
  }
  return rows.join('\n');
}

/** The failures' first messages, one line each, so a failed row says why. */
export function failures(results: readonly OperationResult[]): string[] {
  return results.flatMap((r) =>
    (
      [
        ['ours', r.ours],
        ['floor', r.floor],
        ['peer', r.peer],
      ] as const
    ).flatMap(([who, result]) =>
      PHASES.flatMap((phase) => {
        const run = result?.[phase];
        return run?.failures
          ? [
              `${r.scale}× ${r.operation} ${who} (${phase} phase, ${run.connections} conn): ${run.failures} failed, first: ${run.failure}`,
            ]
          : [];
      }),
    ),
  );
}

/** Counts of passed and failed targets. */
export function tally(results: readonly OperationResult[]) {
  const all = results.flatMap((r) => Object.values(r.targets));
  return {
    passed: all.filter((v) => v === true).length,
    failed: all.filter((v) => v === false).length,
  };
}

/** Writes the run as `results/<time>.json` and `results/latest.json`; returns the first path. */
export function writeJson(dir: string, startedAt: Date, document: unknown): string {
  mkdirSync(dir, { recursive: true });
  const stamp = startedAt
    .toISOString()
    .replace(/:/g, '-')
    .replace(/\.\d+Z$/, 'Z');
  const text = `${JSON.stringify(document, null, 2)}\n`;
  const path = join(dir, `${stamp}.json`);
  writeFileSync(path, text);
  writeFileSync(join(dir, 'latest.json'), text);
  return path;
}
