import { ASSESSMENT_CRITERIA, type AssessmentCriterion } from '../enums';
import { obligation } from '../obligations/state';
import type { IsoDate, LedgerFacts, Obligation } from '../obligations/types';
import { yearOf } from './dates';
import { rollingOccurrences, withOccurrenceKeys } from './rolling';

/** R8: each membership is assessed again within twelve months of the last assessment. */
export const ASSESSMENT_PERIOD_MONTHS = 12;

/**
 * What one hour of staff time costs, in SEK, when a membership's resources are weighed against
 * its value (R8). An assumption, not a figure from the strategy: roughly a 2006 municipal
 * official's hourly wage with social charges and overheads. Change it here, and every cost and
 * value-for-money figure follows, so memberships stay comparable with each other.
 */
export const STAFF_HOUR_COST_SEK = 400;

/**
 * R8 Membership value: Stadskontoret assesses every current membership at least every twelve
 * months. The first assessment is due twelve months after the membership (or the ledger) began;
 * each next one twelve months after the previous assessment.
 */
export function membershipAssessmentObligations(facts: LedgerFacts): Obligation[] {
  const asOfYear = yearOf(facts.asOf);
  const sinceYear = yearOf(facts.since);
  return facts.memberships.flatMap((m) => {
    const current =
      (m.endedYear == null || m.endedYear >= asOfYear) && (m.since == null || m.since <= asOfYear);
    if (!current) return [];
    const baseline = `${Math.max(m.since ?? sinceYear, sinceYear)}-01-01`;
    const occurrences = withOccurrenceKeys(
      `membership_assessment:membership:${m.id}`,
      rollingOccurrences(m.assessedOn, ASSESSMENT_PERIOD_MONTHS, baseline, facts.asOf),
    );
    return occurrences.map((o) =>
      obligation(facts, {
        key: o.key,
        kind: 'membership_assessment',
        rule: 'R8',
        subject: 'membership',
        subjectId: m.id,
        ownerUnitId: facts.coordinatorUnitId,
        dueOn: o.dueOn,
        fulfilledOn: o.fulfilledOn,
      }),
    );
  });
}

/** Scores 1–5 on each of the strategy's four criteria (R8). */
export type AssessmentScores = Record<AssessmentCriterion, number>;

/**
 * The value index of one assessment, 0–100: the mean of the four criteria mapped linearly from
 * 1–5 (1 → 0, 5 → 100), to one decimal. Throws a RangeError unless every score is an integer 1–5.
 */
export function assessmentScore(scores: AssessmentScores): number {
  let sum = 0;
  for (const criterion of ASSESSMENT_CRITERIA) {
    const score = scores[criterion];
    if (!Number.isInteger(score) || score < 1 || score > 5) {
      throw new RangeError(`${criterion} must be an integer 1–5, got ${String(score)}`);
    }
    sum += score;
  }
  const mean = sum / ASSESSMENT_CRITERIA.length;
  return roundOne(((mean - 1) / 4) * 100);
}

/** A membership's yearly cost in SEK: the fee plus staff time at `STAFF_HOUR_COST_SEK`. */
export function assessmentCost(resources: { feeSek: number; staffHours: number }): number {
  const { feeSek, staffHours } = resources;
  if (!(Number.isFinite(feeSek) && feeSek >= 0)) throw new RangeError('feeSek must be ≥ 0');
  if (!(Number.isFinite(staffHours) && staffHours >= 0)) {
    throw new RangeError('staffHours must be ≥ 0');
  }
  return feeSek + staffHours * STAFF_HOUR_COST_SEK;
}

/** Index points per 100 000 SEK, to one decimal; null when the membership costs nothing. */
export function valueForMoney(score: number, costSek: number): number | null {
  if (costSek === 0) return null;
  return roundOne((score / costSek) * 100_000);
}

/** One dated assessment of a membership with the resources it cost. */
export interface MembershipAssessmentInput {
  assessedOn: IsoDate;
  scores: AssessmentScores;
  feeSek: number;
  staffHours: number;
}

/** A membership's value at one point in time. */
export interface MembershipValuePoint {
  year: number;
  assessedOn: IsoDate;
  score: number;
  costSek: number;
  valueForMoney: number | null;
  /** Score change since the previous point; null for the first. */
  change: number | null;
}

/** A membership's value now and over time, comparable across memberships (R8). */
export interface MembershipValue {
  /** The latest assessment; null when there is none. */
  latest: MembershipValuePoint | null;
  /** Score change of the latest assessment since the one before it; null with fewer than two. */
  change: number | null;
  /** One point per year, from that year's latest assessment, oldest first. */
  trend: MembershipValuePoint[];
}

/** R8: the value of a membership from its assessments (any order). */
export function membershipValue(
  assessments: readonly MembershipAssessmentInput[],
): MembershipValue {
  const sorted = [...assessments].sort((a, b) =>
    a.assessedOn < b.assessedOn ? -1 : a.assessedOn > b.assessedOn ? 1 : 0,
  );
  const points = sorted.map((a) => {
    const score = assessmentScore(a.scores);
    const costSek = assessmentCost(a);
    return {
      year: yearOf(a.assessedOn),
      assessedOn: a.assessedOn,
      score,
      costSek,
      valueForMoney: valueForMoney(score, costSek),
    };
  });
  const latestByYear = new Map<number, (typeof points)[number]>();
  for (const point of points) latestByYear.set(point.year, point);
  const trend: MembershipValuePoint[] = [];
  for (const point of latestByYear.values()) {
    const previous = trend.at(-1);
    trend.push({ ...point, change: previous ? roundOne(point.score - previous.score) : null });
  }
  const last = points.at(-1);
  const beforeLast = points.at(-2);
  const change = last && beforeLast ? roundOne(last.score - beforeLast.score) : null;
  return { latest: last ? { ...last, change } : null, change, trend };
}

function roundOne(value: number): number {
  return Math.round(value * 10) / 10;
}
