import {
  filterLedger,
  type IsoDate,
  type ObligationKind,
  type Orientation,
  type StateCounts,
} from '@malmo/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DataCache } from '../../db/data-version';
import { ledgerOn } from '../ledger';
import { feeIn, hoursIn } from './membership-cost';

/** The evaluation's period (whole years) and, optionally, one unit. */
export interface EvaluationPeriod {
  from: number;
  to: number;
  unitId: number | null;
}

/** One orientation's engagements in the period (R1); `orientation` null: untagged ones. */
export interface OrientationEvidence {
  orientation: Orientation | null;
  projects: number;
  memberships: number;
  seats: number;
  agreements: number;
  participations: number;
  projectBudgetSek: number;
  euFundingGrantedSek: number;
  membershipFeesSek: number;
  participationCostSek: number;
}

/** One year's cost of the international work (R12: budgeted and followed up). */
export interface YearCost {
  year: number;
  membershipFeesSek: number;
  membershipStaffHours: number;
  participationCostSek: number;
  delegates: number;
  projectOwnContributionSek: number;
  euFundingGrantedSek: number;
  totalCostSek: number;
}

/** The duties of one kind the ledger holds for the period, per state (R12 over R3–R13). */
export interface RuleEvidence {
  rule: string;
  kind: ObligationKind;
  total: number;
  byState: StateCounts;
}

type Row = Record<string, unknown>;

/** Each row once per orientation it is tagged with, or once untagged (`o.orientation` null). */
const perOrientation = (alias: string) =>
  `cross join lateral unnest(case when cardinality(${alias}.orientations) = 0
     then array[null::text] else ${alias}.orientations end) as o(orientation)`;

/*
 * Dated as the lists date them, so each count opens its records there: a project runs from its
 * start (else its application deadline) to its end (else that start or deadline), and an undated
 * idea is in any period; it counts in every orientation it is tagged with, or once as untagged. A
 * membership counts for the years it ran, its cost once per year. Agreements belong to the city,
 * not to a unit: with a unit chosen they are left out.
 */
const BY_ORIENTATION = `
with period as (select ?::int as y0, ?::int as y1, ?::int as unit),
tagged as (
  select o.orientation, 'project' as kind,
         coalesce(p.budget_sek, 0) as budget, coalesce(p.eu_funding_granted_sek, 0) as granted,
         0 as fee, 0 as cost
    from project p cross join period
    ${perOrientation('p')}
   where p.archived_at is null
     and (period.unit is null or p.owner_unit_id = period.unit)
     and (coalesce(p.start_on, p.application_deadline) is null
          or extract(year from coalesce(p.start_on, p.application_deadline)) <= period.y1)
     and (coalesce(p.end_on, p.start_on, p.application_deadline) is null
          or extract(year from coalesce(p.end_on, p.start_on, p.application_deadline)) >= period.y0)
  union all
  select o.orientation, 'membership', 0, 0,
         (select sum(${feeIn('m', 'y.year')})
            from generate_series(greatest(period.y0, coalesce(m.since, period.y0)),
                                 least(period.y1, coalesce(m.ended_year, period.y1))) as y(year)),
         0
    from membership m cross join period
    ${perOrientation('m')}
   where m.archived_at is null
     and (period.unit is null or m.owner_unit_id = period.unit)
     and coalesce(m.since, period.y0) <= period.y1
     and coalesce(m.ended_year, period.y1) >= period.y0
  union all
  select o.orientation, 'seat', 0, 0, 0, 0
    from seat s cross join period
    ${perOrientation('s')}
   where s.archived_at is null
     and (period.unit is null or s.unit_id = period.unit)
     and coalesce(s.from_year, period.y0) <= period.y1
     and coalesce(s.to_year, period.y1) >= period.y0
  union all
  select o.orientation, 'agreement', 0, 0, 0, 0
    from agreement a cross join period
    ${perOrientation('a')}
   where a.archived_at is null and period.unit is null and a.type <> 'none'
     and coalesce(a.signed_year, period.y0) <= period.y1
     and (a.valid_until is null or a.valid_until >= make_date(period.y0, 1, 1))
  union all
  select o.orientation, 'participation', 0, 0, 0, pa.cost_sek
    from participation pa
    join event_edition e on e.id = pa.edition_id and e.archived_at is null
    cross join period
    ${perOrientation('pa')}
   where pa.archived_at is null
     and (period.unit is null or pa.unit_id = period.unit)
     and e.year between period.y0 and period.y1
)
select orientation,
       count(*) filter (where kind = 'project')::int as projects,
       count(*) filter (where kind = 'membership')::int as memberships,
       count(*) filter (where kind = 'seat')::int as seats,
       count(*) filter (where kind = 'agreement')::int as agreements,
       count(*) filter (where kind = 'participation')::int as participations,
       coalesce(sum(budget), 0)::float8 as "projectBudgetSek",
       coalesce(sum(granted), 0)::float8 as "euFundingGrantedSek",
       coalesce(sum(fee), 0)::float8 as "membershipFeesSek",
       coalesce(sum(cost), 0)::float8 as "participationCostSek"
  from tagged
 group by orientation`;

/*
 * Per year: the cost of the memberships running that year, the participations in that year's
 * editions, and each project's own contribution and EU grant in the year it started.
 */
const COST_PER_YEAR = `
with period as (select ?::int as y0, ?::int as y1, ?::int as unit),
years as (select generate_series(period.y0, period.y1) as year from period),
fees as (
  select y.year, sum(${feeIn('m', 'y.year')}) as fees, sum(${hoursIn('m', 'y.year')}) as hours
    from years y cross join period
    join membership m on m.archived_at is null
     and coalesce(m.since, y.year) <= y.year and coalesce(m.ended_year, y.year) >= y.year
     and (period.unit is null or m.owner_unit_id = period.unit)
   group by y.year
),
events as (
  select e.year, sum(pa.cost_sek) as cost, sum(pa.delegates) as delegates
    from participation pa
    join event_edition e on e.id = pa.edition_id and e.archived_at is null
    cross join period
   where pa.archived_at is null and e.year between period.y0 and period.y1
     and (period.unit is null or pa.unit_id = period.unit)
   group by e.year
),
projects as (
  select extract(year from coalesce(p.start_on, p.application_deadline))::int as year,
         sum(coalesce(p.own_contribution_sek, 0)) as own,
         sum(coalesce(p.eu_funding_granted_sek, 0)) as granted
    from project p cross join period
   where p.archived_at is null
     and extract(year from coalesce(p.start_on, p.application_deadline)) between period.y0 and period.y1
     and (period.unit is null or p.owner_unit_id = period.unit)
   group by 1
)
select y.year,
       coalesce(f.fees, 0)::float8 as "membershipFeesSek",
       coalesce(f.hours, 0)::float8 as "membershipStaffHours",
       coalesce(ev.cost, 0)::float8 as "participationCostSek",
       coalesce(ev.delegates, 0)::int as delegates,
       coalesce(pr.own, 0)::float8 as "projectOwnContributionSek",
       coalesce(pr.granted, 0)::float8 as "euFundingGrantedSek",
       (coalesce(f.fees, 0) + coalesce(ev.cost, 0) + coalesce(pr.own, 0))::float8 as "totalCostSek"
  from years y
  left join fees f on f.year = y.year
  left join events ev on ev.year = y.year
  left join projects pr on pr.year = y.year
 order by y.year`;

const ORIENTATION_ORDER = ['operational_development', 'strategic_influence', 'profiling', null];

function params(period: EvaluationPeriod) {
  return [period.from, period.to, period.unitId];
}

/** Per orientation (and untagged), the period's engagements and their money: one statement. */
export async function evidenceByOrientation(
  em: EntityManager,
  period: EvaluationPeriod,
): Promise<OrientationEvidence[]> {
  const rows = (await em.execute(BY_ORIENTATION, params(period), 'all')) as Row[];
  const byOrientation = new Map(rows.map((row) => [row.orientation ?? null, row]));
  return ORIENTATION_ORDER.map((orientation) => ({
    orientation: orientation as Orientation | null,
    projects: 0,
    memberships: 0,
    seats: 0,
    agreements: 0,
    participations: 0,
    projectBudgetSek: 0,
    euFundingGrantedSek: 0,
    membershipFeesSek: 0,
    participationCostSek: 0,
    ...(byOrientation.get(orientation) as Partial<OrientationEvidence> | undefined),
  }));
}

/** Per year of the period, what the international work cost: one statement. */
export async function costPerYear(
  em: EntityManager,
  period: EvaluationPeriod,
): Promise<YearCost[]> {
  return (await em.execute(COST_PER_YEAR, params(period), 'all')) as unknown as YearCost[];
}

/** Each kind of duty with the rule that imposes it, in rule order (the rules state it again). */
const KIND_RULE: readonly [ObligationKind, string][] = [
  ['partner_activity', 'R3'],
  ['project_analysis', 'R4'],
  ['operational_plan', 'R5'],
  ['meeting_report', 'R7'],
  ['forum_seat', 'R7'],
  ['membership_assessment', 'R8'],
  ['secondment_report', 'R11'],
  ['agreement_expiry', 'R13'],
];

/**
 * The ledger as the domain computes it (a fixed number of statements, whatever the data), read on
 * `asOf`, its duties due in the period rolled up per rule and kind of duty, in rule order; a kind
 * with no duty in the period is listed with zeros, which is evidence too.
 */
export async function evidenceByRule(
  em: EntityManager,
  period: EvaluationPeriod,
  asOf: IsoDate,
  meetingReportDays: number,
  cache: DataCache | null,
): Promise<RuleEvidence[]> {
  const ledger = filterLedger(await ledgerOn(em, { asOf, meetingReportDays }, cache), {
    unitIds: period.unitId == null ? null : [period.unitId],
    dueFrom: `${period.from}-01-01`,
    dueTo: `${period.to}-12-31`,
  });
  const rows = new Map<ObligationKind, RuleEvidence>(
    KIND_RULE.map(([kind, rule]) => [kind, { rule, kind, total: 0, byState: zero() }]),
  );
  for (const o of ledger) {
    let row = rows.get(o.kind);
    if (!row) {
      row = { rule: o.rule, kind: o.kind, total: 0, byState: zero() };
      rows.set(o.kind, row);
    }
    row.total++;
    row.byState[o.state]++;
  }
  return [...rows.values()];
}

function zero(): StateCounts {
  return { overdue: 0, due: 0, fulfilled: 0, waived: 0 };
}
