import { PRIORITY_TARGET_KINDS } from '@malmo/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { archivedProperty, baseProperties } from './base';
import { EventSeries } from './event-series';
import { Forum } from './forum';
import { Membership } from './organisation';
import { Project } from './project';
import { demoProperty } from './tags';
import { Unit } from './unit';

/** A unit's operational plan for one year and its international priorities (R5). */
export const OperationalPlan = defineEntity({
  name: 'OperationalPlan',
  tableName: 'operational_plan',
  uniques: [{ properties: ['unit', 'year'] }],
  properties: {
    ...baseProperties,
    ...archivedProperty,
    unit: () => p.manyToOne(Unit).index(),
    year: p.integer().index(),
    adoptedOn: p.date().nullable(),
    demo: demoProperty,
    priorities: () => p.oneToMany(PlanPriority).mappedBy('plan').orphanRemoval(),
  },
});
export type IOperationalPlan = InferEntity<typeof OperationalPlan>;

/** One international priority of a plan: what, why, and whether EU funding is sought. */
export const PlanPriority = defineEntity({
  name: 'PlanPriority',
  tableName: 'plan_priority',
  properties: {
    ...baseProperties,
    plan: () => p.manyToOne(OperationalPlan).index().deleteRule('cascade'),
    position: p.integer().default(0),
    targetKind: p.enum(PRIORITY_TARGET_KINDS),
    membership: () => p.manyToOne(Membership).nullable().index(),
    project: () => p.manyToOne(Project).nullable().index(),
    eventSeries: () => p.manyToOne(EventSeries).nullable().index(),
    forum: () => p.manyToOne(Forum).nullable().index(),
    reason: p.text(),
    euFundingSought: p.boolean().default(false),
  },
});
export type IPlanPriority = InferEntity<typeof PlanPriority>;
