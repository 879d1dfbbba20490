import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { archivedProperty, baseProperties, keyProperty, nameProperty, SWEDISH } from './base';
import { Seat } from './forum';
import { demoProperty } from './tags';
import { Unit } from './unit';

export const Person = defineEntity({
  name: 'Person',
  tableName: 'person',
  properties: {
    ...baseProperties,
    ...archivedProperty,
    key: keyProperty,
    name: nameProperty(),
    email: p.string().length(320).nullable(),
    unit: () => p.manyToOne(Unit).nullable().index(),
    /** False once the person has left the city's service. */
    active: p.boolean().default(true),
    /** The day the person left (or will leave) the city's service. */
    leftOn: p.date().nullable(),
    demo: demoProperty,
    seats: () => p.oneToMany(Seat).mappedBy('person'),
    euNetworkContacts: () => p.oneToMany(EuNetworkContact).mappedBy('person'),
  },
});
export type IPerson = InferEntity<typeof Person>;

/** A unit's contact person in Malmö stads EU-nätverk for a year. */
export const EuNetworkContact = defineEntity({
  name: 'EuNetworkContact',
  tableName: 'eu_network_contact',
  uniques: [{ properties: ['unit', 'person', 'year'] }],
  properties: {
    ...baseProperties,
    ...archivedProperty,
    unit: () => p.manyToOne(Unit).index(),
    person: () => p.manyToOne(Person).index(),
    year: p.integer(),
    /** The unit as the source lists it, e.g. "Stadskontoret, Kommunikation & Utveckling". */
    listedAs: p.string().length(200).collation(SWEDISH),
  },
});
export type IEuNetworkContact = InferEntity<typeof EuNetworkContact>;
