import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadResult } from './load';
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
  ours: LoadResult;
  /** SQL statements one request runs, the session lookup included. */
  statements: number;
  sessionStatements: number;
  /** How many rounds of statements (statements within a round run at the same time). */
  rounds: number;
  floor: LoadResult;
  peer: (LoadResult & { asked: string }) | null;
  ratios: {
    /** Our median over the floor's. */
    p50VsFloor: number;
    /** Our median minus the floor's, in milliseconds. */
    p50OverFloorMs: number;
    /** Our throughput over the peer's. */
    rpsVsPeer: number | null;
  };
  targets: {
    medianWithinFloor: Verdict;
    rpsAtLeastPeer: Verdict;
    dashboardP95: Verdict;
  };
}

const ok = (result: LoadResult | null | undefined) => Boolean(result && result.failures === 0);

/** Ratios and verdicts of one operation's three measurements. A failed run passes nothing. */
export function judge(base: Omit<OperationResult, 'ratios' | 'targets'>): OperationResult {
  const { ours, floor, peer } = base;
  const p50OverFloorMs = ours.p50 - floor.p50;
  const dashboardP95 =
    base.kind === 'dashboard' && base.scale >= TARGETS.dashboardP95Scale
      ? ok(ours) && ours.p95 <= TARGETS.dashboardP95Ms
      : null;
  return {
    ...base,
    ratios: {
      p50VsFloor: ours.p50 / floor.p50,
      p50OverFloorMs,
      // A peer that finished no request in the time has no ratio (its requests/s shows 0).
      rpsVsPeer: peer && peer.rps > 0 ? ours.rps / peer.rps : null,
    },
    targets: {
      medianWithinFloor: ok(floor) ? ok(ours) && p50OverFloorMs <= TARGETS.medianOverFloorMs : null,
      rpsAtLeastPeer: peer && ok(peer) ? ok(ours) && ours.rps >= peer.rps : null,
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

function failed(result: LoadResult): string | null {
  return result.failures ? `FAILED ×${result.failures}` : null;
}

const COLUMNS: [header: string, width: number][] = [
  ['scale', 5],
  ['operation', 16],
  ['rps', 7],
  ['p50', 7],
  ['p95', 7],
  ['p99', 7],
  ['sql', 4],
  ['floor rps', 9],
  ['floor p50', 9],
  ['peer rps', 8],
  ['peer p50', 8],
  ['p50/floor', 9],
  ['+ms', 6],
  ['rps/peer', 8],
  ['≤floor+1', 8],
  ['≥peer', 5],
  ['p95≤50', 6],
];

function line(cells: string[]): string {
  return cells
    .map((cell, i) => {
      const width = COLUMNS[i]?.[1] ?? 8;
      return i < 2 ? cell.padEnd(width) : cell.padStart(width);
    })
    .join(' ');
}

/** The results as a table: ours, the floor, the peer, the ratios and the targets per row. */
export function table(results: readonly OperationResult[]): string {
  const rows = [line(COLUMNS.map(([header]) => header))];
  for (const r of results) {
    const peer = r.peer;
    rows.push(
      line([
        `${r.scale}×`,
        r.operation,
        failed(r.ours) ?? fixed(r.ours.rps, 0),
        fixed(r.ours.p50, 2),
        fixed(r.ours.p95, 2),
        fixed(r.ours.p99, 2),
        String(r.statements),
        failed(r.floor) ?? fixed(r.floor.rps, 0),
        fixed(r.floor.p50, 2),
        peer ? (failed(peer) ?? fixed(peer.rps, 0)) : '–',
        peer ? fixed(peer.p50, 2) : '–',
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
      result?.failures
        ? [`${r.scale}× ${r.operation} ${who}: ${result.failures} failed, first: ${result.failure}`]
        : [],
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
