import {
  type AgreementStatus,
  computeLedger,
  type IsoDate,
  LEDGER_SINCE,
  type LedgerFacts,
  type Obligation,
  type ProjectState,
} from '@malmo/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DataCache } from '../db/data-version';

export interface LedgerOptions {
  asOf: IsoDate;
  meetingReportDays: number;
  since?: IsoDate;
}

type Rows<T> = Promise<T[]>;

/**
 * Reads the facts the ledger is computed from: one statement per kind of record, whatever the
 * number of records, with dates as ISO text so that no time zone can shift them. Archived records
 * are out of use: they owe nothing, and count for nothing. The statements run outside any
 * transaction `em` may be in (on the pool's connections, in parallel): committed data only.
 */
export async function loadLedgerFacts(
  em: EntityManager,
  options: LedgerOptions,
): Promise<LedgerFacts> {
  const connection = em.getConnection();
  const all = <T>(sql: string, params: unknown[] = []): Rows<T> =>
    connection.execute(sql, params, 'all') as Rows<T>;
  const asOf = options.asOf;

  const [
    coordinator,
    units,
    plans,
    meetings,
    secondments,
    projects,
    agreements,
    memberships,
    seats,
    partnerCities,
    waivers,
  ] = await Promise.all([
    all<{ id: number }>(`select id from unit where key = 'stadskontoret'`),
    all<LedgerFacts['units'][number]>(
      `select id, active, parent_id is not null as "hasParent", kind from unit
        where archived_at is null`,
    ),
    all<LedgerFacts['plans'][number]>(
      `select unit_id as "unitId", year, adopted_on::text as "adoptedOn" from operational_plan
        where archived_at is null`,
    ),
    all<LedgerFacts['meetings'][number]>(
      `select m.id, m.unit_id as "unitId", m.date::text as date,
              r.submitted_on::text as "reportSubmittedOn"
         from meeting m left join meeting_report r on r.meeting_id = m.id
        where m.date <= ? and m.archived_at is null`,
      [asOf],
    ),
    all<LedgerFacts['secondments'][number]>(
      `select id, coalesce(unit_id, null) as "unitId", start_on::text as "startOn",
              end_on::text as "endOn", report_submitted_on::text as "reportSubmittedOn"
         from secondment where start_on <= ? and archived_at is null`,
      [asOf],
    ),
    all<{
      id: number;
      unitId: number | null;
      state: ProjectState;
      analysisCompletedOn: string | null;
      applicationDeadline: string | null;
      startOn: string | null;
      submittedOn: string | null;
    }>(
      `select id, owner_unit_id as "unitId", state,
              analysis_completed_on::text as "analysisCompletedOn",
              application_deadline::text as "applicationDeadline", start_on::text as "startOn",
              submitted_on::text as "submittedOn"
         from project where archived_at is null`,
    ),
    all<{
      id: number;
      partnerCityId: number;
      status: AgreementStatus;
      signedYear: number | null;
      validUntil: string | null;
    }>(
      `select id, partner_city_id as "partnerCityId", status, signed_year as "signedYear",
              valid_until::text as "validUntil" from agreement where archived_at is null`,
    ),
    all<LedgerFacts['memberships'][number]>(
      `select m.id, m.owner_unit_id as "unitId", m.since, m.ended_year as "endedYear",
              coalesce(array_agg(a.assessed_on::text order by a.assessed_on)
                       filter (where a.id is not null), '{}') as "assessedOn"
         from membership m
         left join membership_assessment a on a.membership_id = m.id and a.archived_at is null
        where m.archived_at is null
        group by m.id`,
    ),
    all<{
      id: number;
      unitId: number | null;
      fromYear: number | null;
      toYear: number | null;
      projectId: number | null;
      personId: number | null;
      personUnitId: number | null;
      personActive: boolean | null;
      personLeftOn: string | null;
    }>(
      `select s.id, s.unit_id as "unitId", s.from_year as "fromYear", s.to_year as "toYear",
              s.project_id as "projectId", s.person_id as "personId",
              p.unit_id as "personUnitId", p.active as "personActive",
              p.left_on::text as "personLeftOn"
         from seat s left join person p on p.id = s.person_id
        where s.archived_at is null`,
    ),
    all<LedgerFacts['partnerCities'][number]>(
      `select c.id, coalesce(array_agg(a.day order by a.day) filter (where a.day is not null),
                '{}') as "activityOn"
         from partner_city c
         left join (
           select partner_city_id as city, date::text as day from meeting
            where partner_city_id is not null and archived_at is null
           union
           select pp.partner_city_id, coalesce(p.start_on, p.application_deadline)::text
             from project_partner pp join project p on p.id = pp.project_id
            where pp.partner_city_id is not null and p.archived_at is null
           union
           select partner_city_id, make_date(signed_year, 1, 1)::text from agreement
            where signed_year is not null and archived_at is null
         ) a on a.city = c.id
        where c.archived_at is null
        group by c.id`,
    ),
    all<LedgerFacts['waivers'][number]>(
      `select obligation_key as "obligationKey", reason, waived_on::text as "waivedOn",
              waived_by as "waivedBy"
         from obligation_waiver
        where waived_on <= ? and (revoked_on is null or revoked_on > ?)
        order by waived_on, id`,
      // A waiver revoked later still held on asOf: the ledger's past stays as it was.
      [asOf, asOf],
    ),
  ]);

  return {
    asOf,
    since: options.since ?? LEDGER_SINCE,
    meetingReportDays: options.meetingReportDays,
    coordinatorUnitId: coordinator[0]?.id ?? null,
    units,
    plans,
    meetings,
    secondments,
    projects,
    agreements,
    memberships,
    seats: seats.map((s) => ({
      id: s.id,
      unitId: s.unitId,
      fromYear: s.fromYear,
      toYear: s.toYear,
      holder:
        s.personId != null
          ? {
              kind: 'person' as const,
              personUnitId: s.personUnitId,
              active: s.personActive ?? true,
              leftOn: s.personLeftOn,
            }
          : s.projectId != null
            ? { kind: 'project' as const }
            : s.unitId != null
              ? { kind: 'unit' as const }
              : { kind: 'empty' as const },
    })),
    partnerCities,
    waivers,
  };
}

/**
 * The whole ledger on a day. With a cache (the database's, `ctx.cache`), one statement reads the
 * data version and the ledger computed at that version for the same day, start and report days is
 * reused (shared, so never to be changed in place); without, or at a new version, the facts are
 * read and the ledger computed. Either way it reflects committed data only (see loadLedgerFacts).
 */
export function ledgerOn(
  em: EntityManager,
  options: LedgerOptions,
  cache: DataCache | null,
): Promise<readonly Obligation[]> {
  const compute = async () => computeLedger(await loadLedgerFacts(em, options));
  if (!cache) return compute();
  const since = options.since ?? LEDGER_SINCE;
  return cache.get(em, 'ledger', `${options.asOf} ${since} ${options.meetingReportDays}`, compute);
}
