import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties, keyProperty, nameProperty } from './base';
import { Seat } from './forum';
import { Unit } from './unit';

/** A transnational project; the owner unit answers for it (R4). */
export const Project = defineEntity({
  name: 'Project',
  tableName: 'project',
  properties: {
    ...baseProperties,
    key: keyProperty,
    title: nameProperty(300),
    ownerUnit: () => p.manyToOne(Unit).nullable().index(),
    seats: () => p.oneToMany(Seat).mappedBy('project'),
  },
});
export type IProject = InferEntity<typeof Project>;
