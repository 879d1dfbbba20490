import type { PriorityArea, Theme } from '@malmo/domain';
import {
  type LegislationWatchInput,
  legislationWatchInputSchema,
  type TrainingSessionInput,
  trainingSessionInputSchema,
} from '@malmo/domain';
import { builder, recordFields } from '../builder';
import { Person } from '../db/person';
import { Unit } from '../db/unit';
import {
  type ILegislationWatch,
  type ITrainingSession,
  LegislationWatch,
  TrainingSession,
} from '../db/watch';
import { LegislationStatusEnum, PriorityAreaEnum, ThemeEnum, TrainingTopicEnum } from './enums';
import {
  allOf,
  dateBetween,
  findPage,
  idOf,
  includeArchivedArg,
  membersOf,
  oneOf,
  orderInput,
  textSearch,
} from './list';
import { recordMutations } from './mutation';
import { LegislationWatchRef, PersonRef, TrainingSessionRef, UnitRef } from './refs';
import { demoField } from './tags';

LegislationWatchRef.implement({
  authScopes: { followUp: true },
  description: 'An EU act or proposal that affects, or will affect, the city (R9).',
  fields: (t) => ({
    title: t.exposeString('title'),
    reference: t.exposeString('reference', { nullable: true }),
    status: t.expose('status', { type: LegislationStatusEnum }),
    priorityAreas: t.field({
      type: [PriorityAreaEnum],
      resolve: (w) => w.priorityAreas as PriorityArea[],
    }),
    themes: t.field({ type: [ThemeEnum], resolve: (w) => w.themes as Theme[] }),
    analysis: t.exposeString('analysis', { nullable: true }),
    nextReviewOn: t.expose('nextReviewOn', { type: 'Date', nullable: true }),
    demo: demoField(t),
    ...recordFields(t),
    ownerUnit: t.field({ type: UnitRef, resolve: (w) => w.ownerUnit.id }),
    affectedUnits: t.loadableList({
      type: UnitRef,
      load: membersOf(LegislationWatch, 'affectedUnits', Unit),
      resolve: (w) => w.id,
    }),
  }),
});

TrainingSessionRef.implement({
  authScopes: { followUp: true },
  description: "A session of Stadskontoret's training in EU project management or finance (R6).",
  fields: (t) => ({
    topic: t.expose('topic', { type: TrainingTopicEnum }),
    title: t.exposeString('title'),
    heldOn: t.expose('heldOn', { type: 'Date' }),
    place: t.exposeString('place', { nullable: true }),
    demo: demoField(t),
    ...recordFields(t),
    participants: t.loadableList({
      type: PersonRef,
      load: membersOf(TrainingSession, 'participants', Person),
      resolve: (s) => s.id,
    }),
  }),
});

const WatchFilter = builder.inputType('LegislationWatchFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Text in the title or reference.' }),
    statuses: t.field({ type: [LegislationStatusEnum] }),
    ownerUnitId: t.globalID({ for: UnitRef }),
    demo: t.boolean({ description: 'false: leave out demo records.' }),
  }),
});
const WatchOrder = orderInput(
  'LegislationWatch',
  { TITLE: 'title', STATUS: 'status', NEXT_REVIEW: 'nextReviewOn' },
  'Order of legislation watches.',
);
const TrainingFilter = builder.inputType('TrainingSessionFilter', {
  fields: (t) => ({
    topics: t.field({ type: [TrainingTopicEnum] }),
    heldFrom: t.field({ type: 'Date' }),
    heldTo: t.field({ type: 'Date' }),
    demo: t.boolean({ description: 'false: leave out demo records.' }),
  }),
});
const TrainingOrder = orderInput(
  'TrainingSession',
  { HELD_ON: 'heldOn', TITLE: 'title' },
  'Order of training sessions.',
);

builder.queryFields((t) => ({
  legislationWatches: t.connection({
    authScopes: { followUp: true },
    type: LegislationWatchRef,
    description: 'EU legislation the units watch (R9).',
    args: {
      filter: t.arg({ type: WatchFilter }),
      orderBy: t.arg({ type: WatchOrder }),
      ...includeArchivedArg(t.arg),
    },
    resolve: (_root, args, ctx) => {
      const f = args.filter;
      const where = allOf(
        textSearch(f?.search, ['title', 'reference']),
        oneOf('status', f?.statuses),
        f?.ownerUnitId && { ownerUnit: idOf(f.ownerUnitId) },
        f?.demo != null && { demo: f.demo },
      );
      return findPage(ctx.em, LegislationWatch, args, where, args.orderBy, 'title');
    },
  }),
  trainingSessions: t.connection({
    authScopes: { followUp: true },
    type: TrainingSessionRef,
    description: "Stadskontoret's training sessions (R6).",
    args: {
      filter: t.arg({ type: TrainingFilter }),
      orderBy: t.arg({ type: TrainingOrder }),
      ...includeArchivedArg(t.arg),
    },
    resolve: (_root, args, ctx) => {
      const f = args.filter;
      const where = allOf(
        oneOf('topic', f?.topics),
        dateBetween('heldOn', f?.heldFrom, f?.heldTo),
        f?.demo != null && { demo: f.demo },
      );
      return findPage(ctx.em, TrainingSession, args, where, args.orderBy, 'heldOn');
    },
  }),
}));

const WatchInputType = builder.inputType('LegislationWatchInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    reference: t.string({ description: 'E.g. "2006/123/EG" or "KOM(2007) 354".' }),
    status: t.field({ type: LegislationStatusEnum, required: true }),
    ownerUnitId: t.id({ required: true }),
    affectedUnitIds: t.idList(),
    priorityAreas: t.field({ type: [PriorityAreaEnum] }),
    themes: t.field({ type: [ThemeEnum] }),
    analysis: t.string(),
    nextReviewOn: t.field({ type: 'Date' }),
  }),
});

recordMutations<ILegislationWatch, LegislationWatchInput>({
  typeName: 'LegislationWatch',
  ref: LegislationWatchRef,
  entity: LegislationWatch,
  input: WatchInputType,
  schema: legislationWatchInputSchema,
  description: 'a legislation watch',
  writers: 'admin',
  fields: async (value, refs, tx, existing) => {
    const { ownerUnitId, affectedUnitIds, ...plain } = value;
    const ownerUnit = await refs.one(Unit, 'Unit', ownerUnitId, 'ownerUnitId');
    const affectedUnits = await refs.many(Unit, 'Unit', affectedUnitIds, 'affectedUnitIds');
    if (existing) await tx.populate(existing, ['affectedUnits']);
    return { data: { ...plain, ownerUnit, affectedUnits } };
  },
});

const TrainingInputType = builder.inputType('TrainingSessionInput', {
  fields: (t) => ({
    topic: t.field({ type: TrainingTopicEnum, required: true }),
    title: t.string({ required: true }),
    heldOn: t.field({ type: 'Date', required: true }),
    place: t.string(),
    participantIds: t.idList(),
  }),
});

recordMutations<ITrainingSession, TrainingSessionInput>({
  typeName: 'TrainingSession',
  ref: TrainingSessionRef,
  entity: TrainingSession,
  input: TrainingInputType,
  schema: trainingSessionInputSchema,
  description: 'a training session',
  writers: 'admin',
  fields: async (value, refs, tx, existing) => {
    const { participantIds, ...plain } = value;
    const participants = await refs.many(Person, 'Person', participantIds, 'participantIds');
    if (existing) await tx.populate(existing, ['participants']);
    return { data: { ...plain, participants } };
  },
});
