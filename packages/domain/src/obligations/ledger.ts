import type { ObligationKind, ObligationState } from '../enums';
import { partnerActivityObligations } from '../rules/r3-partner-activity';
import { projectAnalysisObligations } from '../rules/r4-project-analysis';
import { operationalPlanObligations } from '../rules/r5-operational-plans';
import { forumSeatObligations } from '../rules/r7-forum-seats';
import { meetingReportObligations } from '../rules/r7-meeting-reports';
import { membershipAssessmentObligations } from '../rules/r8-membership-assessment';
import { secondmentReportObligations } from '../rules/r11-secondment-reports';
import { agreementExpiryObligations } from '../rules/r13-agreement-expiry';
import type { IsoDate, LedgerFacts, Obligation } from './types';

/** Days after a meeting before its missing report is overdue, unless configured (R7). */
export const DEFAULT_MEETING_REPORT_DAYS = 14;

/** The strategy was adopted in 2006; duties are counted from its first day. */
export const LEDGER_SINCE = '2006-01-01';

const RULES: readonly ((facts: LedgerFacts) => Obligation[])[] = [
  meetingReportObligations,
  secondmentReportObligations,
  operationalPlanObligations,
  projectAnalysisObligations,
  agreementExpiryObligations,
  membershipAssessmentObligations,
  forumSeatObligations,
  partnerActivityObligations,
];

const STATE_ORDER: { readonly [S in ObligationState]: number } = {
  overdue: 0,
  due: 1,
  fulfilled: 2,
  waived: 3,
};

/**
 * A key's sort form: its numbers zero-padded, so that plain string order puts meeting:2 before
 * meeting:12. Keys are ASCII (kinds, colons, ids, years), so this is the numeric order a collator
 * would give, without a collator's cost on tens of thousands of duties.
 */
function sortableKey(key: string): string {
  return key.replace(/\d+/g, (digits) => digits.padStart(12, '0'));
}

interface Keyed {
  obligation: Obligation;
  /** The key's sort form. */
  key: string;
}

/** Ledger order: overdue, due, fulfilled, waived; then by due date (undated last); then key. */
function ledgerOrder({ obligation: a, key: aKey }: Keyed, { obligation: b, key: bKey }: Keyed) {
  const byState = STATE_ORDER[a.state] - STATE_ORDER[b.state];
  if (byState !== 0) return byState;
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn == null) return 1;
    if (b.dueOn == null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  return aKey < bKey ? -1 : aKey > bKey ? 1 : 0;
}

/** The obligations in ledger order; each key's sort form is computed once. */
function sortLedger(obligations: readonly Obligation[]): Obligation[] {
  return obligations
    .map((obligation) => ({ obligation, key: sortableKey(obligation.key) }))
    .sort(ledgerOrder)
    .map(({ obligation }) => obligation);
}

/**
 * Every duty of the strategy on `facts.asOf`, sorted. A waiver recorded on or before `asOf`
 * exempts an unfulfilled duty with its key (the latest waiver wins); a fulfilled duty stays
 * fulfilled, since the waiver is then moot.
 */
export function computeLedger(facts: LedgerFacts): Obligation[] {
  const waivers = new Map<string, LedgerFacts['waivers'][number]>();
  for (const waiver of facts.waivers) {
    if (waiver.waivedOn > facts.asOf) continue;
    const earlier = waivers.get(waiver.obligationKey);
    if (earlier === undefined || waiver.waivedOn >= earlier.waivedOn) {
      waivers.set(waiver.obligationKey, waiver);
    }
  }
  return sortLedger(
    RULES.flatMap((rule) => rule(facts)).map((o): Obligation => {
      const waiver = waivers.get(o.key);
      if (waiver === undefined || o.state === 'fulfilled') return o;
      const { reason, waivedOn, waivedBy } = waiver;
      return { ...o, state: 'waived', waiver: { reason, waivedOn, waivedBy } };
    }),
  );
}

/** Which obligations to keep; a missing or empty list does not filter. Bounds are inclusive. */
export interface LedgerFilter {
  unitIds?: readonly (number | null)[] | null;
  kinds?: readonly ObligationKind[] | null;
  states?: readonly ObligationState[] | null;
  /** With a due-date bound, undated obligations are left out. */
  dueFrom?: IsoDate | null;
  dueTo?: IsoDate | null;
}

function allows<T>(list: readonly T[] | null | undefined, value: T): boolean {
  return list == null || list.length === 0 || list.includes(value);
}

/** The obligations that pass the filter, in their given order. */
export function filterLedger(
  obligations: readonly Obligation[],
  filter: LedgerFilter,
): Obligation[] {
  const { unitIds, kinds, states, dueFrom, dueTo } = filter;
  return obligations.filter(
    (o) =>
      allows(unitIds, o.ownerUnitId) &&
      allows(kinds, o.kind) &&
      allows(states, o.state) &&
      (dueFrom == null || (o.dueOn != null && o.dueOn >= dueFrom)) &&
      (dueTo == null || (o.dueOn != null && o.dueOn <= dueTo)),
  );
}

export type StateCounts = Record<ObligationState, number>;

/** Counts per state, overall and per owner unit. */
export interface LedgerSummary {
  total: number;
  byState: StateCounts;
  /** One row per owner unit (null: no owner), ordered by unit id, the unowned last. */
  byUnit: { ownerUnitId: number | null; total: number; byState: StateCounts }[];
}

function zeroCounts(): StateCounts {
  return { overdue: 0, due: 0, fulfilled: 0, waived: 0 };
}

/** Counts the obligations per state and per (owner unit, state). */
export function summariseLedger(obligations: readonly Obligation[]): LedgerSummary {
  const byState = zeroCounts();
  const units = new Map<number | null, { total: number; byState: StateCounts }>();
  for (const o of obligations) {
    byState[o.state]++;
    let unit = units.get(o.ownerUnitId);
    if (unit === undefined) {
      unit = { total: 0, byState: zeroCounts() };
      units.set(o.ownerUnitId, unit);
    }
    unit.total++;
    unit.byState[o.state]++;
  }
  const byUnit = [...units.entries()]
    .map(([ownerUnitId, counts]) => ({ ownerUnitId, ...counts }))
    .sort((a, b) => {
      if (a.ownerUnitId === b.ownerUnitId) return 0;
      if (a.ownerUnitId == null) return 1;
      if (b.ownerUnitId == null) return -1;
      return a.ownerUnitId - b.ownerUnitId;
    });
  return { total: obligations.length, byState, byUnit };
}

/** Per-unit counts, the worst first: the most overdue, then the most due; ties keep their order. */
export function worstFirst<T extends { byState: StateCounts }>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) => b.byState.overdue - a.byState.overdue || b.byState.due - a.byState.due,
  );
}

/** The next `count` open deadlines on the ledger's day, the soonest first (undated ones left out). */
export function nextDeadlines(ledger: readonly Obligation[], count: number): Obligation[] {
  return sortLedger(ledger.filter((o) => o.state === 'due' && o.dueOn != null)).slice(0, count);
}
