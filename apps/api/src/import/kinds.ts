import { CSV_SPECS, type CsvKind, type CsvSpec } from '@malmo/domain';
import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Agreement,
  EventSeries,
  Forum,
  Membership,
  Organisation,
  PartnerCity,
  Person,
  Project,
  Seat,
  Unit,
} from '../db/entities';

type Row = Record<string, unknown>;

/** The entity behind each kind the files name (projects only as a seat's reference, for now). */
const ENTITIES: Record<CsvKind | 'projects', EntityName<Row>> = {
  units: Unit as unknown as EntityName<Row>,
  people: Person as unknown as EntityName<Row>,
  organisations: Organisation as unknown as EntityName<Row>,
  memberships: Membership as unknown as EntityName<Row>,
  forums: Forum as unknown as EntityName<Row>,
  seats: Seat as unknown as EntityName<Row>,
  'partner-cities': PartnerCity as unknown as EntityName<Row>,
  agreements: Agreement as unknown as EntityName<Row>,
  'event-series': EventSeries as unknown as EntityName<Row>,
  projects: Project as unknown as EntityName<Row>,
};

/**
 * How a kind's file columns map onto its entity. Every column is the entity property of the same
 * name: a reference column holds the related record's key, every other column the value itself.
 */
export class KindMapping {
  readonly entity: EntityName<Row>;
  readonly references: ReadonlyMap<string, string>;

  constructor(
    readonly kind: CsvKind,
    readonly spec: CsvSpec,
  ) {
    this.entity = ENTITIES[kind];
    this.references = new Map(spec.references.map((r) => [r.column, r.kind]));
  }

  /** The record's values as the file writes them. */
  values(row: Row): Record<string, unknown> {
    return Object.fromEntries(
      this.spec.columns.map((column) => {
        const value = row[column];
        if (this.references.has(column)) {
          return [column, ((value as Row | null | undefined)?.key as string | undefined) ?? null];
        }
        return [column, plain(value)];
      }),
    );
  }

  /** The record's natural key (a bound function, to map over rows). */
  readonly keyOf = (row: Row): string => this.values(row)[this.spec.key] as string;

  /** The entity data for a row's values, references resolved by `resolve` (kind, key). */
  data(values: Record<string, unknown>, resolve: (kind: string, key: string) => Row | null) {
    return Object.fromEntries(
      this.spec.columns.map((column) => {
        const value = values[column];
        const kind = this.references.get(column);
        if (kind === undefined) return [column, Array.isArray(value) ? [...value] : value];
        return [column, value == null ? null : resolve(kind, value as string)];
      }),
    );
  }

  /** Whether the entity can be archived (then archived records stay out of an export). */
  archivable(em: EntityManager): boolean {
    return em.getMetadata().find(this.entity)?.properties.archivedAt !== undefined;
  }

  /** Every record of the kind, its references loaded (for their keys). */
  async all(em: EntityManager, options: { withArchived: boolean }): Promise<Row[]> {
    const where =
      !options.withArchived && this.archivable(em) ? ({ archivedAt: null } as never) : {};
    return em.find(this.entity, where, { populate: [...this.references.keys()] as never });
  }
}

function plain(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return [...value];
  return value;
}

export function mappingOf(kind: CsvKind): KindMapping {
  return new KindMapping(kind, CSV_SPECS[kind] as unknown as CsvSpec);
}

/** The records of `kind` with the given keys, by key. */
export async function recordsByKey(
  em: EntityManager,
  kind: string,
  keys: readonly string[],
): Promise<Map<string, Row>> {
  const entity = ENTITIES[kind as CsvKind];
  if (!entity || keys.length === 0) return new Map();
  const rows = await em.find(entity, { key: { $in: [...new Set(keys)] } } as never);
  return new Map(rows.map((row) => [row.key as string, row]));
}
