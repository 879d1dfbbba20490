import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray } from './sql-params';

/** Participation in one event series in one year (R10), summed over the units that took part. */
export interface ProfilingYear {
  seriesId: number;
  seriesName: string;
  year: number;
  /** Participations, one per unit (a unit takes part in an edition once). */
  units: number;
  delegates: number;
  costSek: number;
  contactsGained: number;
  /** Participations with an outcome recorded. */
  withOutcome: number;
  /** Some of the participations are demo data. */
  demo: boolean;
}

/**
 * Participations per event series and year, in one statement: what the profiling dashboard's
 * chart and table show. Archived participations are left out, as the participations list does.
 */
export async function profilingYears(
  em: EntityManager,
  filter: { from: number | null; to: number | null; seriesIds: readonly number[] | null },
): Promise<ProfilingYear[]> {
  const series = intArray(filter.seriesIds);
  const rows = await em.execute<
    {
      series_id: number;
      series_name: string;
      year: number;
      units: string;
      delegates: string;
      cost_sek: string;
      contacts_gained: string;
      with_outcome: string;
      demo: boolean;
    }[]
  >(
    `select s.id as series_id, s.short_name as series_name, e.year,
       count(*) as units,
       sum(p.delegates) as delegates,
       sum(p.cost_sek) as cost_sek,
       sum(p.contacts_gained) as contacts_gained,
       count(*) filter (where nullif(btrim(p.outcome), '') is not null) as with_outcome,
       bool_or(p.demo) as demo
     from participation p
     join event_edition e on e.id = p.edition_id
     join event_series s on s.id = e.series_id
     where p.archived_at is null
       and (?::int is null or e.year >= ?::int)
       and (?::int is null or e.year <= ?::int)
       and (?::int[] is null or s.id = any(?::int[]))
     group by s.id, s.short_name, e.year
     order by e.year, s.short_name collate "sv-SE-x-icu", s.id`,
    [filter.from, filter.from, filter.to, filter.to, series, series],
  );
  return rows.map((row) => ({
    seriesId: Number(row.series_id),
    seriesName: row.series_name,
    year: Number(row.year),
    units: Number(row.units),
    delegates: Number(row.delegates),
    costSek: Number(row.cost_sek),
    contactsGained: Number(row.contacts_gained),
    withOutcome: Number(row.with_outcome),
    demo: Boolean(row.demo),
  }));
}
