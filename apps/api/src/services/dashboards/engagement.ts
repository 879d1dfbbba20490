import { STAFF_HOUR_COST_SEK } from '@malmo/domain';
import type { EntityManager } from '@mikro-orm/postgresql';

/** What a row of the engagement chart counts. */
export const ENGAGEMENT_KINDS = [
  'EU_CONTACT',
  'SEAT',
  'MEMBERSHIP',
  'PROJECT',
  'PARTICIPATION',
  'MEETING',
  'MEETING_REPORT',
] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

/** The kinds that carry R1 tags; the others are left out while a tag filter is set. */
export const TAGGED_KINDS: readonly EngagementKind[] = [
  'SEAT',
  'MEMBERSHIP',
  'PROJECT',
  'PARTICIPATION',
];

export interface EngagementFilter {
  yearFrom?: number | null;
  yearTo?: number | null;
  orientations?: readonly string[] | null;
  priorityAreas?: readonly string[] | null;
}

export interface EngagementRow {
  /**
   * The top-level unit the records roll up into (a department counts in its förvaltning); null
   * for seats, memberships and projects that no unit holds.
   */
  unitId: number | null;
  unitName: string | null;
  kind: EngagementKind;
  /** Projects only: their state. */
  projectState: string | null;
  count: number;
  budgetSek: number | null;
  euFundingSek: number | null;
  costSek: number | null;
}

const none = 'p.orientations is null and p.priorities is null';
const tagged = (alias: string) =>
  `(p.orientations is null or ${alias}.orientations && p.orientations)
   and (p.priorities is null or ${alias}.priority_areas && p.priorities)`;
/** In force at some time in the range: begun by its end, not ended before its start (open if unknown). */
const inForce = (start: string, end: string) =>
  `(p.y_to is null or ${start} is null or ${start} <= p.y_to)
   and (p.y_from is null or ${end} is null or ${end} >= p.y_from)`;
const runningIn = (start: string, end: string) =>
  `(p.y_to is null or ${start} is null or ${start} <= make_date(p.y_to, 12, 31))
   and (p.y_from is null or ${end} is null or ${end} >= make_date(p.y_from, 1, 1))`;
const yearIn = (year: string) =>
  `(p.y_from is null or ${year} >= p.y_from) and (p.y_to is null or ${year} <= p.y_to)`;
const dateIn = (date: string) =>
  `(p.y_from is null or ${date} >= make_date(p.y_from, 1, 1))
   and (p.y_to is null or ${date} <= make_date(p.y_to, 12, 31))`;

/*
 * One statement for every kind and unit: a CTE per kind, each grouped by the record's own unit,
 * unioned, then rolled up to the top of the unit tree (a recursive CTE over unit.parent) and
 * grouped by that unit and kind. Each kind is dated by its natural date, as its list filters it:
 * an EU contact by its year, a seat or membership by the years it was in force, a project from its
 * application deadline (or start) to its end (an undated idea falls in any range), a participation
 * by its edition's year, a meeting (and its report) by the meeting's day. A membership's cost is
 * what its assessments dated in the range record (fee plus staff time, R8's cost). Archived records are left out, as the lists
 * leave them out; seats, memberships and projects without a unit share a row of their own.
 */
const SQL = `
with recursive
p as (
  select ?::int as y_from, ?::int as y_to, string_to_array(?, ',') as orientations,
    string_to_array(?, ',') as priorities,
    ?::numeric as hour_cost
),
tree as (
  select id, id as top_id from unit where parent_id is null
  union all
  select u.id, tree.top_id from unit u join tree on u.parent_id = tree.id
),
eu_contacts as (
  select c.unit_id, count(*) as n
  from eu_network_contact c, p
  where c.archived_at is null and ${none} and ${yearIn('c.year')}
  group by c.unit_id
),
seats as (
  select s.unit_id, count(*) as n
  from seat s, p
  where s.archived_at is null and ${tagged('s')}
    and ${inForce('s.from_year', 's.to_year')}
  group by s.unit_id
),
memberships as (
  select m.owner_unit_id as unit_id, count(*) as n, sum(fees.fee) as cost
  from membership m cross join p
  -- Per membership through its (membership, day) index: each assessment is read once.
  left join lateral (
    select sum(a.fee_sek + a.staff_hours * p.hour_cost) as fee
    from membership_assessment a
    where a.membership_id = m.id and a.archived_at is null and ${dateIn('a.assessed_on')}
  ) fees on true
  where m.archived_at is null and ${tagged('m')}
    and ${inForce('m.since', 'm.ended_year')}
  group by m.owner_unit_id
),
projects as (
  select pr.owner_unit_id as unit_id, pr.state, count(*) as n,
    sum(pr.budget_sek) as budget, sum(pr.eu_funding_granted_sek) as eu
  from project pr, p
  where pr.archived_at is null and ${tagged('pr')}
    and ${runningIn(
      'coalesce(pr.start_on, pr.application_deadline)',
      'coalesce(pr.end_on, pr.start_on, pr.application_deadline)',
    )}
  group by pr.owner_unit_id, pr.state
),
participations as (
  select pa.unit_id, count(*) as n, sum(pa.cost_sek) as cost
  from participation pa join event_edition e on e.id = pa.edition_id, p
  where pa.archived_at is null and ${tagged('pa')} and ${yearIn('e.year')}
  group by pa.unit_id
),
meetings as (
  -- The report's meeting_id, not its id: the join reads the reports' unique index only.
  select mt.unit_id, count(*) as n, count(r.meeting_id) as reported
  from meeting mt cross join p left join meeting_report r on r.meeting_id = mt.id
  where mt.archived_at is null and ${none} and ${dateIn('mt.date')}
  group by mt.unit_id
),
facts as (
  select unit_id, 'EU_CONTACT' as kind, null::text as state, n, null::numeric as budget,
    null::numeric as eu, null::numeric as cost from eu_contacts
  union all select unit_id, 'SEAT', null, n, null, null, null from seats
  union all select unit_id, 'MEMBERSHIP', null, n, null, null, cost from memberships
  union all select unit_id, 'PROJECT', state, n, budget, eu, null from projects
  union all select unit_id, 'PARTICIPATION', null, n, null, null, cost from participations
  union all select unit_id, 'MEETING', null, n, null, null, null from meetings
  union all select unit_id, 'MEETING_REPORT', null, reported, null, null, null from meetings
    where reported > 0
)
select top.id as "unitId", top.name as "unitName", f.kind, f.state as "projectState",
  sum(f.n)::int as count, sum(f.budget)::float8 as "budgetSek", sum(f.eu)::float8 as "euFundingSek",
  sum(f.cost)::float8 as "costSek"
from facts f
  left join tree on tree.id = f.unit_id
  left join unit top on top.id = tree.top_id
group by top.id, top.name, f.kind, f.state
order by top.name collate "sv-SE-x-icu" nulls last, top.id, f.kind, f.state`;

/** Engagement per top-level unit and kind (and project state), counts and money, in one statement. */
export async function engagementByUnit(
  em: EntityManager,
  filter: EngagementFilter,
): Promise<EngagementRow[]> {
  // Enum values (no commas) as one text parameter: an array parameter would be spread.
  const list = (values: readonly string[] | null | undefined) =>
    values && values.length > 0 ? values.join(',') : null;
  return (await em
    .getConnection()
    .execute(SQL, [
      filter.yearFrom ?? null,
      filter.yearTo ?? null,
      list(filter.orientations),
      list(filter.priorityAreas),
      STAFF_HOUR_COST_SEK,
    ])) as EngagementRow[];
}
