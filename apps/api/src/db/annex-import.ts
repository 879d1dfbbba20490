import type { Annex } from '@malmo/domain';
import { agreementThemes, FORUM_THEMES, MEMBERSHIP_THEMES, parseAnnex } from '@malmo/domain';
import annexData from '@malmo/domain/annex-2006.json' with { type: 'json' };
import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { keyDigest, PersonErasure } from './account';
import {
  Agreement,
  EuNetworkContact,
  EventSeries,
  Forum,
  Membership,
  Organisation,
  PartnerCity,
  Person,
  Project,
  Seat,
  Unit,
} from './entities';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

type Row = { id?: number } & Record<string, unknown>;

/** True when assigning `data` would change nothing on `row` (relations compared by id). */
function sameValues(row: Row, data: Record<string, unknown>): boolean {
  return Object.entries(data).every(([field, value]) => {
    const current = row[field];
    if (value && typeof value === 'object' && 'id' in value) {
      return (current as { id?: number } | null)?.id === (value as { id?: number }).id;
    }
    if (Array.isArray(value) || value instanceof Date) {
      return JSON.stringify(current) === JSON.stringify(value);
    }
    return current === value;
  });
}

/** The annex agreement's natural key: its city and its place in the city's list. */
export function agreementKey(cityKey: string, index: number): string {
  return `${cityKey}-${index + 1}`;
}

/** A seat's natural key: the forum and who holds it. */
export function seatKey(seat: Annex['seats'][number]): string {
  return [seat.forumKey, seat.unitKey, seat.personKey ?? seat.projectKey]
    .filter(Boolean)
    .join('--');
}

/**
 * The annex less every person erased or pseudonymised under GDPR, with their EU-network contacts
 * and seats: the registry keeps what it made of those records, and the import never brings the
 * person back. Erasures are known only by a digest of the annex key.
 */
async function withoutErasedPeople(em: EntityManager, annex: Annex): Promise<Annex> {
  const erased = new Set(
    (await em.find(PersonErasure, {}, { fields: ['keyDigest'] })).map((e) => e.keyDigest),
  );
  if (erased.size === 0) return annex;
  const gone = (key: string | null) => key != null && erased.has(keyDigest(key));
  return {
    ...annex,
    people: annex.people.filter((p) => !gone(p.key)),
    euNetworkContacts: annex.euNetworkContacts.filter((c) => !gone(c.personKey)),
    seats: annex.seats.filter((s) => !gone(s.personKey)),
  };
}

export function loadAnnexFile(): Annex {
  return parseAnnex(annexData);
}

/**
 * Loads the annex's registry into the database: creates what is missing, corrects what
 * differs and leaves the rest alone, all in one transaction. Running it twice changes nothing.
 */
export async function importAnnex(
  em: EntityManager,
  source: Annex = loadAnnexFile(),
): Promise<ImportCounts> {
  return em.transactional(async (tx) => {
    const annex = await withoutErasedPeople(tx, source);
    const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };

    async function upsertAll<T extends Row, K>(
      entity: unknown,
      // `initial` is set on creation only: the city may change it afterwards (project state, tags).
      rows: { key: K; data: Record<string, unknown>; initial?: Record<string, unknown> }[],
      existingKey: (row: T) => K,
    ): Promise<Map<K, T>> {
      const name = entity as EntityName<T>;
      const existing = await tx.find(name, {});
      const byKey = new Map<K, T>(existing.map((row) => [existingKey(row), row]));
      for (const { key, data, initial } of rows) {
        const row = byKey.get(key);
        if (!row) {
          byKey.set(key, tx.create(name, { ...initial, ...data } as never));
          counts.created++;
        } else if (sameValues(row, data)) {
          counts.unchanged++;
        } else {
          tx.assign(row as never, data as never);
          counts.updated++;
        }
      }
      return byKey;
    }
    const byOwnKey = (row: Row) => row.key as string;
    // Parents are set after all rows of a kind exist, so the order of the file does not matter.
    function setParents(
      rows: Map<string, Row>,
      items: { key: string; parentKey: string | null }[],
    ) {
      for (const item of items) {
        const row = need(rows, item.key);
        const parent = item.parentKey ? need(rows, item.parentKey) : null;
        const current = (row.parent as Row | null | undefined)?.id ?? null;
        if (current !== (parent?.id ?? null) || (parent && parent.id === undefined)) {
          tx.assign(row as never, { parent } as never);
        }
      }
    }
    const need = <T>(map: Map<string, T>, key: string): T => {
      const value = map.get(key);
      if (!value) throw new Error(`annex import: unknown key ${key}`);
      return value;
    };

    const units = await upsertAll<Row, string>(
      Unit,
      annex.units.map((u) => ({ key: u.key, data: { key: u.key, name: u.name, kind: u.kind } })),
      byOwnKey,
    );
    setParents(units, annex.units);
    const people = await upsertAll<Row, string>(
      Person,
      annex.people.map((p) => ({
        key: p.key,
        data: { key: p.key, name: p.name, unit: need(units, p.unitKey) },
      })),
      byOwnKey,
    );
    await upsertAll<Row, string>(
      EuNetworkContact,
      annex.euNetworkContacts.map((c) => {
        const unit = need(units, c.unitKey);
        const person = need(people, c.personKey);
        return {
          key: `${c.unitKey}|${c.personKey}|${annex.year}`,
          data: { unit, person, year: annex.year, listedAs: c.listedAs },
        };
      }),
      (row) =>
        `${(row.unit as Row).key ?? ''}|${(row.person as Row).key ?? ''}|${row.year as number}`,
    );
    const organisations = await upsertAll<Row, string>(
      Organisation,
      annex.organisations.map((o) => ({ key: o.key, data: { ...o } })),
      byOwnKey,
    );
    await upsertAll<Row, string>(
      Membership,
      annex.memberships.map((m) => ({
        key: m.organisationKey,
        data: { organisation: need(organisations, m.organisationKey), since: m.since },
        initial: { themes: [...(MEMBERSHIP_THEMES[m.organisationKey] ?? [])] },
      })),
      (row) => (row.organisation as Row).key as string,
    );
    const projects = await upsertAll<Row, string>(
      Project,
      annex.projects.map((p) => ({
        key: p.key,
        data: { key: p.key, title: p.title, ownerUnit: need(units, p.ownerUnitKey) },
        // The annex's projects were running in 2006; after that their state is the city's to keep.
        initial: { state: 'running' },
      })),
      byOwnKey,
    );
    const forums = await upsertAll<Row, string>(
      Forum,
      annex.forums.map((f) => ({
        key: f.key,
        data: { key: f.key, name: f.name, organisation: need(organisations, f.organisationKey) },
        initial: { themes: [...(FORUM_THEMES[f.key] ?? [])] },
      })),
      byOwnKey,
    );
    setParents(forums, annex.forums);
    await upsertAll<Row, string>(
      Seat,
      annex.seats.map((s) => {
        const key = seatKey(s);
        return {
          key,
          data: {
            key,
            forum: need(forums, s.forumKey),
            unit: need(units, s.unitKey),
            person: s.personKey ? need(people, s.personKey) : null,
            project: s.projectKey ? need(projects, s.projectKey) : null,
            fromYear: annex.year,
            listedAs: s.listedAs,
          },
        };
      }),
      byOwnKey,
    );
    const cities = await upsertAll<Row, string>(
      PartnerCity,
      annex.partnerCities.map((c) => ({
        key: c.key,
        data: { key: c.key, name: c.name, country: c.country },
      })),
      byOwnKey,
    );
    await upsertAll<Row, string>(
      Agreement,
      annex.partnerCities.flatMap((c) =>
        c.agreements.map((a, index) => {
          const key = agreementKey(c.key, index);
          return {
            key,
            data: {
              key,
              partnerCity: need(cities, c.key),
              type: a.type,
              signedYear: a.signedYear,
              text: a.text,
              cooperationAreas: a.cooperationAreas,
              validUntil: a.validUntil,
              status: a.status,
            },
            initial: { themes: agreementThemes(a.cooperationAreas) },
          };
        }),
      ),
      byOwnKey,
    );
    await upsertAll<Row, string>(
      EventSeries,
      annex.eventSeries.map((e) => ({ key: e.key, data: { ...e } })),
      byOwnKey,
    );
    await tx.flush();
    return counts;
  });
}
