import {
  type IsoDate,
  MALMO_TIME_ZONE,
  nextDeadlines,
  type Obligation,
  STEERING_OVERVIEW,
  summariseLedger,
  worstFirst,
} from '@malmo/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DataCache } from '../../db/data-version';
import { ledgerOn } from '../ledger';
import { feeIn, hoursIn } from './membership-cost';

/*
 * The steering group's overview. Each figure, list or count is one SQL statement whatever the
 * number of rows; the ledger's roll-up is the ledger itself (a rule of the domain, computed in
 * memory from a fixed number of statements), grouped per owner unit. Archived records count for
 * nothing, as in the lists.
 */

function all<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  return em.getConnection().execute(sql, params, 'all') as Promise<T[]>;
}

/** The year's figures: what the city took part in and what it cost. */
export interface SteeringHeadline {
  memberships: number;
  membershipFeesSek: number;
  membershipStaffHours: number;
  projectsRunning: number;
  runningBudgetSek: number;
  runningEuGrantedSek: number;
  projectsSubmitted: number;
  submittedEuSoughtSek: number;
  projectsGranted: number;
  meetings: number;
  meetingsReported: number;
  participations: number;
  delegates: number;
  participationCostSek: number;
  contactsGained: number;
  secondments: number;
}

/**
 * One statement. Each figure dates its records as its list's year filters do, so a figure's link
 * shows the same records: a membership counts in the years from its start to its end, with its
 * fee and staff time, else what its latest assessment by the year's end recorded (R8); a running
 * (or since closed) project from its start (or application deadline) to its end (or that start);
 * "submitted" is an application sent in the year, "granted" one of those since granted (granted,
 * running or closed); meetings are those dated in the year, with a report or not; participations
 * those in the year's editions; a secondment counts in the years it spans.
 */
export async function steeringHeadline(em: EntityManager, year: number): Promise<SteeringHeadline> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [row] = await all<SteeringHeadline>(
    em,
    `with running as (
       select budget_sek, eu_funding_granted_sek from project
        where archived_at is null and state in ('running', 'closed')
          and (coalesce(start_on, application_deadline) is null
               or coalesce(start_on, application_deadline) <= ?::date)
          and (coalesce(end_on, start_on, application_deadline) is null
               or coalesce(end_on, start_on, application_deadline) >= ?::date)
     ), submitted as (
       select state, eu_funding_sought_sek from project
        where archived_at is null and submitted_on between ?::date and ?::date
     )
     select
       m.memberships, m."membershipFeesSek", m."membershipStaffHours",
       (select count(*)::int from running) as "projectsRunning",
       (select coalesce(sum(budget_sek), 0)::float8 from running) as "runningBudgetSek",
       (select coalesce(sum(eu_funding_granted_sek), 0)::float8 from running)
         as "runningEuGrantedSek",
       (select count(*)::int from submitted) as "projectsSubmitted",
       (select coalesce(sum(eu_funding_sought_sek), 0)::float8 from submitted)
         as "submittedEuSoughtSek",
       (select count(*)::int from submitted where state in ('granted', 'running', 'closed'))
         as "projectsGranted",
       mt.meetings, mt."meetingsReported",
       pa.participations, pa.delegates, pa."participationCostSek", pa."contactsGained",
       se.secondments
     from
       (select count(*)::int as memberships,
               coalesce(sum(${feeIn('ms', 'y.year')}), 0)::float8 as "membershipFeesSek",
               coalesce(sum(${hoursIn('ms', 'y.year')}), 0)::int as "membershipStaffHours"
          from membership ms cross join (select ?::int as year) y
         where ms.archived_at is null and (ms.since is null or ms.since <= y.year)
           and (ms.ended_year is null or ms.ended_year >= y.year)) m,
       (select count(*)::int as meetings, count(r.id)::int as "meetingsReported"
          from meeting x left join meeting_report r on r.meeting_id = x.id
         where x.archived_at is null and x.date between ?::date and ?::date) mt,
       (select count(*)::int as participations,
               coalesce(sum(p.delegates), 0)::int as delegates,
               coalesce(sum(p.cost_sek), 0)::float8 as "participationCostSek",
               coalesce(sum(p.contacts_gained), 0)::int as "contactsGained"
          from participation p join event_edition e on e.id = p.edition_id
         where p.archived_at is null and e.archived_at is null and e.year = ?) pa,
       (select count(*)::int as secondments from secondment
         where archived_at is null and start_on <= ?::date
           and (end_on is null or end_on >= ?::date)) se`,
    [to, from, from, to, year, from, to, year, to, from],
  );
  if (!row) throw new Error('The headline statement returned no row');
  return row;
}

export interface ExpiringAgreement {
  id: number;
  partnerCityId: number;
  partnerCityName: string;
  type: string;
  status: string;
  validUntil: IsoDate;
  /** Days from the day read to the end date; negative once it has passed. */
  daysLeft: number;
}

/**
 * One statement: agreements that end within the horizon after `asOf`, and those already ended
 * but still recorded as in force (R13: nobody has decided what happens to them), soonest first.
 */
export async function expiringAgreements(
  em: EntityManager,
  asOf: IsoDate,
  expiresBy: IsoDate,
): Promise<ExpiringAgreement[]> {
  return all<ExpiringAgreement>(
    em,
    `select a.id, a.partner_city_id as "partnerCityId", c.name as "partnerCityName", a.type,
            a.status, a.valid_until::text as "validUntil",
            (a.valid_until - ?::date)::int as "daysLeft"
       from agreement a join partner_city c on c.id = a.partner_city_id
      where a.archived_at is null and c.archived_at is null and a.valid_until is not null
        and (a.valid_until between ?::date and ?::date
             or (a.valid_until < ?::date and a.status = 'active'))
      order by a.valid_until, c.name, a.id`,
    [asOf, asOf, expiresBy, asOf],
  );
}

export interface ChangeCount {
  recordKind: string;
  action: string;
  count: number;
}

/**
 * One statement: how many changes of each kind of record and action the history holds from the
 * start of `since` in Malmö on. Counts only: neither who changed nor what, which stays in the
 * change log for administrators.
 */
export async function changesSince(em: EntityManager, since: IsoDate): Promise<ChangeCount[]> {
  return all<ChangeCount>(
    em,
    `select record_kind as "recordKind", action, count(*)::int as count
       from audit_entry
      where at >= (?::date)::timestamp at time zone ?
      group by record_kind, action
      order by count(*) desc, record_kind, action`,
    [since, MALMO_TIME_ZONE],
  );
}

/** The ledger on a day, read once for the roll-up and the deadlines. */
export function steeringLedger(
  em: EntityManager,
  options: { asOf: IsoDate; meetingReportDays: number },
  cache: DataCache | null,
) {
  let ledger: Promise<readonly Obligation[]> | undefined;
  const read = () => {
    ledger ??= ledgerOn(em, options, cache);
    return ledger;
  };
  // What is made of the ledger is kept with it, per data version (the ledger itself only when
  // something new must be made of it).
  const key = `${options.asOf} ${options.meetingReportDays}`;
  const kept = <T>(section: string, at: string, make: () => Promise<T>) =>
    cache ? cache.get(em, section, at, make) : make();
  return {
    /** Counts per owner unit and state, the worst unit first. */
    byUnit: () =>
      kept('ledgerByUnit', key, async () => worstFirst(summariseLedger(await read()).byUnit)),
    /** The next open deadlines, the soonest first. */
    upcoming: (count: number = STEERING_OVERVIEW.upcomingDeadlines) =>
      kept('upcomingDeadlines', `${key} ${count}`, async () => nextDeadlines(await read(), count)),
  };
}
