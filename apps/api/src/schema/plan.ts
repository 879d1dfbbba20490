import { type OperationalPlanInput, operationalPlanInputSchema } from '@malmo/domain';
import type { EntityName } from '@mikro-orm/core';
import { builder, recordFields } from '../builder';
import { EventSeries } from '../db/event-series';
import { Forum } from '../db/forum';
import { Membership } from '../db/organisation';
import { type IOperationalPlan, OperationalPlan, PlanPriority } from '../db/plan';
import { Project } from '../db/project';
import { Unit } from '../db/unit';
import { PriorityTargetKindEnum } from './enums';
import {
  allOf,
  between,
  childrenBy,
  findPage,
  idOf,
  includeArchivedArg,
  orderInput,
  related,
} from './list';
import { recordMutations, unitOf } from './mutation';
import {
  EventSeriesRef,
  ForumRef,
  MembershipRef,
  OperationalPlanRef,
  ProjectRef,
  UnitRef,
} from './refs';
import { demoField } from './tags';

const PlanPriorityType = builder.objectRef<InstanceType<typeof PlanPriority.class>>('PlanPriority');
PlanPriorityType.implement({
  authScopes: { followUp: true },
  description: 'One international priority of a plan: what, why, and whether EU funding is sought.',
  fields: (t) => ({
    targetKind: t.expose('targetKind', { type: PriorityTargetKindEnum }),
    membership: t.field({
      type: MembershipRef,
      nullable: true,
      resolve: (p) => related(p.membership),
    }),
    project: t.field({ type: ProjectRef, nullable: true, resolve: (p) => related(p.project) }),
    eventSeries: t.field({
      type: EventSeriesRef,
      nullable: true,
      resolve: (p) => related(p.eventSeries),
    }),
    forum: t.field({ type: ForumRef, nullable: true, resolve: (p) => related(p.forum) }),
    reason: t.exposeString('reason'),
    euFundingSought: t.exposeBoolean('euFundingSought'),
  }),
});

OperationalPlanRef.implement({
  authScopes: { followUp: true },
  description: "A unit's operational plan for a year, with its international priorities (R5).",
  fields: (t) => ({
    unit: t.field({ type: UnitRef, resolve: (plan) => plan.unit.id }),
    year: t.exposeInt('year'),
    adoptedOn: t.expose('adoptedOn', { type: 'Date', nullable: true }),
    demo: demoField(t),
    ...recordFields(t),
    priorities: t.loadableGroup({
      type: PlanPriorityType,
      ...childrenBy(PlanPriority, 'plan', { position: 'asc' }),
      resolve: (plan) => plan.id,
    }),
  }),
});

const PlanFilter = builder.inputType('OperationalPlanFilter', {
  fields: (t) => ({
    unitId: t.globalID({ for: UnitRef }),
    yearFrom: t.int(),
    yearTo: t.int(),
    demo: t.boolean({ description: 'false: leave out demo records.' }),
  }),
});
const PlanOrder = orderInput(
  'OperationalPlan',
  { YEAR: 'year', UNIT: 'unit.name', ADOPTED_ON: 'adoptedOn' },
  'Order of operational plans.',
);

builder.queryField('operationalPlans', (t) =>
  t.connection({
    authScopes: { followUp: true },
    type: OperationalPlanRef,
    description: "Units' operational plans (R5).",
    args: {
      filter: t.arg({ type: PlanFilter }),
      orderBy: t.arg({ type: PlanOrder }),
      ...includeArchivedArg(t.arg),
    },
    resolve: (_root, args, ctx) => {
      const f = args.filter;
      const where = allOf(
        f?.unitId && { unit: idOf(f.unitId) },
        between('year', f?.yearFrom, f?.yearTo),
        f?.demo != null && { demo: f.demo },
      );
      return findPage(ctx.em, OperationalPlan, args, where, args.orderBy, 'year');
    },
  }),
);

const PlanPriorityInput = builder.inputType('PlanPriorityInput', {
  fields: (t) => ({
    targetKind: t.field({ type: PriorityTargetKindEnum, required: true }),
    targetId: t.id({
      required: true,
      description: 'The membership, project, event series or forum.',
    }),
    reason: t.string({ required: true }),
    euFundingSought: t.boolean(),
  }),
});
const OperationalPlanInputType = builder.inputType('OperationalPlanInput', {
  fields: (t) => ({
    unitId: t.id({ required: true }),
    year: t.int({ required: true }),
    adoptedOn: t.field({ type: 'Date' }),
    priorities: t.field({ type: [PlanPriorityInput], required: true }),
  }),
});

const TARGETS = {
  membership: { entity: Membership, typename: 'Membership' },
  project: { entity: Project, typename: 'Project' },
  event_series: { entity: EventSeries, typename: 'EventSeries' },
  forum: { entity: Forum, typename: 'Forum' },
} as const;
const TARGET_FIELD = {
  membership: 'membership',
  project: 'project',
  event_series: 'eventSeries',
  forum: 'forum',
} as const;

recordMutations<IOperationalPlan, OperationalPlanInput>({
  typeName: 'OperationalPlan',
  ref: OperationalPlanRef,
  entity: OperationalPlan,
  input: OperationalPlanInputType,
  schema: operationalPlanInputSchema,
  description: "a unit's operational plan for a year",
  writers: { units: (value, existing) => [unitOf(value.unitId), existing?.unit.id] },
  fields: async (value, refs, tx, existing) => {
    const unit = await refs.one(Unit, 'Unit', value.unitId, 'unitId');
    if (unit) {
      const clash = await tx.findOne(OperationalPlan, { unit, year: value.year });
      if (clash && clash.id !== existing?.id) {
        refs.problems.push({
          field: 'year',
          code: 'DUPLICATE',
          message: `${unit.name} har redan en verksamhetsplan för ${value.year}.`,
        });
      }
    }
    const targets = await Promise.all(
      value.priorities.map((priority, index) => {
        const target = TARGETS[priority.targetKind];
        return refs.one(
          target.entity as EntityName<object>,
          target.typename,
          priority.targetId,
          `priorities.${index}.targetId`,
        );
      }),
    );
    return {
      data: { unit, year: value.year, adoptedOn: value.adoptedOn },
      attach: async (plan) => {
        if (existing) await tx.nativeDelete(PlanPriority, { plan: plan.id });
        value.priorities.forEach((priority, index) => {
          tx.create(PlanPriority, {
            plan,
            position: index,
            targetKind: priority.targetKind,
            [TARGET_FIELD[priority.targetKind]]: targets[index],
            reason: priority.reason,
            euFundingSought: priority.euFundingSought,
          } as never);
        });
      },
    };
  },
});
