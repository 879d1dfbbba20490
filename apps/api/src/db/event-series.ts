import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { archivedProperty, baseProperties, keyProperty, nameProperty } from './base';
import { demoProperty, tagProperties } from './tags';
import { Unit } from './unit';

/** A recurring profiling arena (R10): MIPIM, Open Days, Green Week … */
export const EventSeries = defineEntity({
  name: 'EventSeries',
  tableName: 'event_series',
  properties: {
    ...baseProperties,
    ...archivedProperty,
    key: keyProperty,
    name: p.string().length(300),
    shortName: nameProperty(100),
    place: p.string().length(100).nullable(),
    listedAs: p.string().length(300).nullable(),
    editions: () => p.oneToMany(EventEdition).mappedBy('series'),
  },
});
export type IEventSeries = InferEntity<typeof EventSeries>;

/** One year's edition of an event series. */
export const EventEdition = defineEntity({
  name: 'EventEdition',
  tableName: 'event_edition',
  uniques: [{ properties: ['series', 'year'] }],
  properties: {
    ...baseProperties,
    ...archivedProperty,
    series: () => p.manyToOne(EventSeries).index(),
    year: p.integer().index(),
    startsOn: p.date(),
    endsOn: p.date(),
    place: p.string().length(200),
    demo: demoProperty,
    participations: () => p.oneToMany(Participation).mappedBy('edition'),
  },
});
export type IEventEdition = InferEntity<typeof EventEdition>;

/** A unit's participation in an edition: who went, why, what it cost and what came of it (R10). */
export const Participation = defineEntity({
  name: 'Participation',
  tableName: 'participation',
  uniques: [{ properties: ['edition', 'unit'] }],
  properties: {
    ...baseProperties,
    ...archivedProperty,
    edition: () => p.manyToOne(EventEdition).index(),
    unit: () => p.manyToOne(Unit).index(),
    delegates: p.integer(),
    purpose: p.text(),
    costSek: p.bigint('number'),
    contactsGained: p.integer().default(0),
    outcome: p.text().nullable(),
    ...tagProperties,
    demo: demoProperty,
  },
});
export type IParticipation = InferEntity<typeof Participation>;
