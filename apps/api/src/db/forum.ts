import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { archivedProperty, baseProperties, keyProperty, nameProperty } from './base';
import { Organisation } from './organisation';
import { Person } from './person';
import { Project } from './project';
import { demoProperty, tagProperties } from './tags';
import { Unit } from './unit';

/** A forum, working group or committee inside an organisation; forums nest. */
export const Forum = defineEntity({
  name: 'Forum',
  tableName: 'forum',
  properties: {
    ...baseProperties,
    ...archivedProperty,
    key: keyProperty,
    name: nameProperty(),
    organisation: () => p.manyToOne(Organisation).index(),
    parent: () => p.manyToOne(Forum).nullable().index(),
    ...tagProperties,
    children: () => p.oneToMany(Forum).mappedBy('parent'),
    seats: () => p.oneToMany(Seat).mappedBy('forum'),
  },
});
export type IForum = InferEntity<typeof Forum>;

/** Malmö's seat in a forum, held by a unit, a person and/or a project. */
export const Seat = defineEntity({
  name: 'Seat',
  tableName: 'seat',
  properties: {
    ...baseProperties,
    ...archivedProperty,
    key: keyProperty,
    forum: () => p.manyToOne(Forum).index(),
    unit: () => p.manyToOne(Unit).nullable().index(),
    person: () => p.manyToOne(Person).nullable().index(),
    project: () => p.manyToOne(Project).nullable().index(),
    fromYear: p.integer().nullable(),
    toYear: p.integer().nullable(),
    /** The line as the source lists it. */
    listedAs: p.string().length(300).nullable(),
    ...tagProperties,
    demo: demoProperty,
  },
});
export type ISeat = InferEntity<typeof Seat>;
