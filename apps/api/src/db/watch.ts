import { LEGISLATION_STATUSES, TRAINING_TOPICS } from '@malmo/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { archivedProperty, baseProperties } from './base';
import { Person } from './person';
import { demoProperty } from './tags';
import { Unit } from './unit';

/** An EU act or proposal that affects, or will affect, the city (R9). */
export const LegislationWatch = defineEntity({
  name: 'LegislationWatch',
  tableName: 'legislation_watch',
  properties: {
    ...baseProperties,
    ...archivedProperty,
    title: p.string().length(300),
    reference: p.string().length(100).nullable(),
    status: p.enum(LEGISLATION_STATUSES).index(),
    ownerUnit: () => p.manyToOne(Unit).index(),
    affectedUnits: () => p.manyToMany(Unit).owner().pivotTable('legislation_watch_unit'),
    priorityAreas: p.array().default([]),
    themes: p.array().default([]),
    analysis: p.text().nullable(),
    nextReviewOn: p.date().nullable(),
    demo: demoProperty,
  },
});
export type ILegislationWatch = InferEntity<typeof LegislationWatch>;

/** Stadskontoret's recurring training in EU project management and finance (R6). */
export const TrainingSession = defineEntity({
  name: 'TrainingSession',
  tableName: 'training_session',
  properties: {
    ...baseProperties,
    ...archivedProperty,
    topic: p.enum(TRAINING_TOPICS),
    title: p.string().length(300),
    heldOn: p.date().index(),
    place: p.string().length(200).nullable(),
    participants: () => p.manyToMany(Person).owner().pivotTable('training_participant'),
    demo: demoProperty,
  },
});
export type ITrainingSession = InferEntity<typeof TrainingSession>;
