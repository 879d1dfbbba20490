import {
  type AssessmentScores,
  type MembershipAssessmentInput,
  type MembershipValuePoint,
  membershipValue,
} from '@malmo/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray } from './sql-params';

/*
 * Membership value (R8) for the analysts' dashboard. The database does the aggregation (each
 * membership's latest assessments as of a year; each year's latest assessment); the value index,
 * the cost and the value for money are the domain's rules, applied to those few rows here, so the
 * formula lives once (packages/domain, rules/r8-membership-assessment).
 */

/** One assessment row as the statements return it. */
interface AssessmentRow {
  membership_id: number;
  assessed_on: string | null;
  exchange_quality: number | null;
  influence: number | null;
  participation: number | null;
  information_use: number | null;
  fee_sek: string | number | null;
  staff_hours: number | null;
  demo: boolean | null;
}

const ASSESSMENT_COLUMNS = `to_char(a.assessed_on, 'YYYY-MM-DD') as assessed_on,
  a.exchange_quality, a.influence, a.participation, a.information_use, a.fee_sek,
  a.staff_hours, a.demo`;

function scoresOf(row: AssessmentRow): AssessmentScores {
  return {
    exchange_quality: Number(row.exchange_quality),
    influence: Number(row.influence),
    participation: Number(row.participation),
    information_use: Number(row.information_use),
  };
}

function assessmentOf(row: AssessmentRow): MembershipAssessmentInput | null {
  if (row.assessed_on == null) return null;
  return {
    assessedOn: row.assessed_on,
    scores: scoresOf(row),
    feeSek: Number(row.fee_sek),
    staffHours: Number(row.staff_hours),
  };
}

/** A membership as compared on the dashboard: its latest assessment as of a year, if any. */
export interface MembershipComparison {
  membershipId: number;
  name: string;
  ownerUnit: string | null;
  since: number | null;
  /** How many assessments up to the year's end. */
  assessments: number;
  /** The latest assessment's four criteria; null when the membership has none yet. */
  scores: AssessmentScores | null;
  /** The latest value point (index, cost, value for money, change since the one before). */
  latest: MembershipValuePoint | null;
  demo: boolean;
}

/**
 * Every membership current in `year` (not archived), with its latest assessment up to that year's
 * end and the one before it (for the change): one statement.
 */
export async function membershipComparison(
  em: EntityManager,
  year: number,
): Promise<MembershipComparison[]> {
  const rows = await em.execute<
    (AssessmentRow & {
      name: string;
      owner_unit: string | null;
      since: number | null;
      total: string;
    })[]
  >(
    `select m.id as membership_id, o.name, u.name as owner_unit, m.since, n.total,
       ${ASSESSMENT_COLUMNS}
     from membership m
     join organisation o on o.id = m.organisation_id
     left join unit u on u.id = m.owner_unit_id
     cross join lateral (
       select count(*) as total from membership_assessment c
       where c.membership_id = m.id and c.archived_at is null
         and c.assessed_on <= make_date(?::int, 12, 31)
     ) n
     left join lateral (
       select * from membership_assessment c
       where c.membership_id = m.id and c.archived_at is null
         and c.assessed_on <= make_date(?::int, 12, 31)
       order by c.assessed_on desc, c.id desc
       limit 2
     ) a on true
     where m.archived_at is null
       and (m.since is null or m.since <= ?::int)
       and (m.ended_year is null or m.ended_year >= ?::int)
     order by o.name collate "sv-SE-x-icu", m.id, a.assessed_on desc, a.id desc`,
    [year, year, year, year],
  );
  const byMembership = new Map<number, typeof rows>();
  for (const row of rows) {
    const id = Number(row.membership_id);
    byMembership.set(id, [...(byMembership.get(id) ?? []), row]);
  }
  return [...byMembership.entries()].map(([membershipId, group]) => {
    const first = group[0] as (typeof rows)[number];
    const assessed = group.flatMap((row) => assessmentOf(row) ?? []);
    return {
      membershipId,
      name: first.name,
      ownerUnit: first.owner_unit,
      since: first.since,
      assessments: Number(first.total),
      scores: assessed.length > 0 ? scoresOf(first) : null,
      latest: membershipValue(assessed).latest,
      demo: Boolean(first.demo),
    };
  });
}

/** One membership's value per year. */
export interface MembershipTrend {
  membershipId: number;
  points: MembershipValuePoint[];
}

/**
 * Each year's latest assessment of the given memberships (all when `ids` is null) up to `toYear`,
 * in one statement; the domain's `membershipValue` turns them into the same trend as a
 * membership's `value.trend`.
 */
export async function membershipTrends(
  em: EntityManager,
  ids: readonly number[] | null,
  toYear: number,
): Promise<MembershipTrend[]> {
  const rows = await em.execute<AssessmentRow[]>(
    `select distinct on (a.membership_id, extract(year from a.assessed_on))
       a.membership_id, ${ASSESSMENT_COLUMNS}
     from membership_assessment a
     join membership m on m.id = a.membership_id and m.archived_at is null
     where a.archived_at is null
       and a.assessed_on <= make_date(?::int, 12, 31)
       and (?::int[] is null or a.membership_id = any(?::int[]))
     order by a.membership_id, extract(year from a.assessed_on), a.assessed_on desc, a.id desc`,
    [toYear, intArray(ids), intArray(ids)],
  );
  const byMembership = new Map<number, MembershipAssessmentInput[]>();
  for (const row of rows) {
    const id = Number(row.membership_id);
    const assessment = assessmentOf(row);
    if (assessment) byMembership.set(id, [...(byMembership.get(id) ?? []), assessment]);
  }
  return [...byMembership.entries()].map(([membershipId, assessments]) => ({
    membershipId,
    points: membershipValue(assessments).trend,
  }));
}
