import { UNIT_KINDS } from '@malmo/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { archivedProperty, baseProperties, keyProperty, nameProperty } from './base';
import { Seat } from './forum';
import { Membership } from './organisation';
import { EuNetworkContact, Person } from './person';
import { Project } from './project';

export const Unit = defineEntity({
  name: 'Unit',
  tableName: 'unit',
  properties: {
    ...baseProperties,
    ...archivedProperty,
    key: keyProperty,
    name: nameProperty(),
    kind: p.enum(UNIT_KINDS),
    parent: () => p.manyToOne(Unit).nullable().index(),
    active: p.boolean().default(true),
    children: () => p.oneToMany(Unit).mappedBy('parent'),
    people: () => p.oneToMany(Person).mappedBy('unit'),
    euNetworkContacts: () => p.oneToMany(EuNetworkContact).mappedBy('unit'),
    seats: () => p.oneToMany(Seat).mappedBy('unit'),
    memberships: () => p.oneToMany(Membership).mappedBy('ownerUnit'),
    projects: () => p.oneToMany(Project).mappedBy('ownerUnit'),
  },
});
export type IUnit = InferEntity<typeof Unit>;
