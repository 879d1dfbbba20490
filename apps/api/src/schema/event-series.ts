import {
  type EventEditionInput,
  type EventSeriesInput,
  eventEditionInputSchema,
  eventSeriesInputSchema,
  type ParticipationInput,
  participationInputSchema,
} from '@malmo/domain';
import { builder, recordFields } from '../builder';
import {
  EventEdition,
  EventSeries,
  type IEventEdition,
  type IEventSeries,
  type IParticipation,
  Participation,
} from '../db/event-series';
import { Unit } from '../db/unit';
import {
  allOf,
  between,
  childrenBy,
  findPage,
  idOf,
  includeArchivedArg,
  orderInput,
  textSearch,
  withinUnit,
} from './list';
import { recordMutations, unitOf } from './mutation';
import { EventEditionRef, EventSeriesRef, ParticipationRef, UnitRef } from './refs';
import { demoField, TagFilter, tagConditions, tagFields, tagInputFields } from './tags';

EventSeriesRef.implement({
  description: 'A recurring profiling arena: a fair or an event Malmö takes part in (R10).',
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName'),
    place: t.exposeString('place', { nullable: true }),
    listedAs: t.exposeString('listedAs', { nullable: true }),
    ...recordFields(t),
    editions: t.loadableGroup({
      type: EventEditionRef,
      authScopes: { followUp: true },
      description: 'Editions, newest first.',
      ...childrenBy(EventEdition, 'series', { year: 'desc' }),
      resolve: (series) => series.id,
    }),
  }),
});

const EventSeriesFilter = builder.inputType('EventSeriesFilter', {
  fields: (t) => ({ search: t.string({ description: 'Text in the name, short name or place.' }) }),
});
const EventSeriesOrder = orderInput(
  'EventSeries',
  { NAME: 'shortName', PLACE: 'place' },
  'Order of event series.',
);

builder.queryField('eventSeries', (t) =>
  t.connection({
    type: EventSeriesRef,
    description:
      'Profiling arenas: Employment Week, Eurocities AGM, Green Week, MIPIM, Open Days …',
    args: {
      filter: t.arg({ type: EventSeriesFilter }),
      orderBy: t.arg({ type: EventSeriesOrder }),
      ...includeArchivedArg(t.arg),
    },
    resolve: (_root, args, ctx) =>
      findPage(
        ctx.em,
        EventSeries,
        args,
        textSearch(args.filter?.search, ['name', 'shortName', 'place']) ?? {},
        args.orderBy,
        'shortName',
      ),
  }),
);

EventEditionRef.implement({
  authScopes: { followUp: true },
  description: 'One year’s edition of an event series (R10).',
  fields: (t) => ({
    year: t.exposeInt('year'),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date' }),
    place: t.exposeString('place'),
    demo: demoField(t),
    ...recordFields(t),
    series: t.field({ type: EventSeriesRef, resolve: (e) => e.series.id }),
    participations: t.loadableGroup({
      type: ParticipationRef,
      ...childrenBy(Participation, 'edition', { unit: { name: 'asc' } }),
      resolve: (edition) => edition.id,
    }),
  }),
});

ParticipationRef.implement({
  authScopes: { followUp: true },
  description:
    'A unit’s participation in an event edition: who went, why, what it cost and what came of it (R10).',
  fields: (t) => ({
    delegates: t.exposeInt('delegates'),
    purpose: t.exposeString('purpose'),
    costSek: t.exposeFloat('costSek'),
    contactsGained: t.exposeInt('contactsGained'),
    outcome: t.exposeString('outcome', { nullable: true }),
    ...tagFields(t),
    demo: demoField(t),
    ...recordFields(t),
    edition: t.field({ type: EventEditionRef, resolve: (p) => p.edition.id }),
    unit: t.field({ type: UnitRef, resolve: (p) => p.unit.id }),
  }),
});

const EditionFilter = builder.inputType('EventEditionFilter', {
  fields: (t) => ({
    seriesId: t.globalID({ for: EventSeriesRef }),
    yearFrom: t.int(),
    yearTo: t.int(),
    demo: t.boolean({ description: 'false: leave out demo records.' }),
  }),
});
const EditionOrder = orderInput(
  'EventEdition',
  { YEAR: 'year', SERIES: 'series.shortName', STARTS_ON: 'startsOn' },
  'Order of event editions.',
);

const ParticipationFilter = builder.inputType('ParticipationFilter', {
  fields: (t) => ({
    unitId: t.globalID({ for: UnitRef }),
    seriesId: t.globalID({ for: EventSeriesRef }),
    yearFrom: t.int(),
    yearTo: t.int(),
    withinUnitId: t.globalID({ for: UnitRef, description: 'This unit or a unit under it.' }),
    tags: t.field({ type: TagFilter }),
    demo: t.boolean({ description: 'false: leave out demo records.' }),
  }),
});
const ParticipationOrder = orderInput(
  'Participation',
  {
    YEAR: 'edition.year',
    UNIT: 'unit.name',
    COST: 'costSek',
    DELEGATES: 'delegates',
    CONTACTS: 'contactsGained',
  },
  'Order of participations.',
);

builder.queryFields((t) => ({
  eventEditions: t.connection({
    authScopes: { followUp: true },
    type: EventEditionRef,
    description: 'Editions of the profiling events (R10).',
    args: {
      filter: t.arg({ type: EditionFilter }),
      orderBy: t.arg({ type: EditionOrder }),
      ...includeArchivedArg(t.arg),
    },
    resolve: (_root, args, ctx) => {
      const f = args.filter;
      const where = allOf(
        f?.seriesId && { series: idOf(f.seriesId) },
        between('year', f?.yearFrom, f?.yearTo),
        f?.demo != null && { demo: f.demo },
      );
      return findPage(ctx.em, EventEdition, args, where, args.orderBy, 'year');
    },
  }),
  participations: t.connection({
    authScopes: { followUp: true },
    type: ParticipationRef,
    description: 'Units’ participations in profiling events (R10).',
    args: {
      filter: t.arg({ type: ParticipationFilter }),
      orderBy: t.arg({ type: ParticipationOrder }),
      ...includeArchivedArg(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      const f = args.filter;
      const where = allOf(
        f?.unitId && { unit: idOf(f.unitId) },
        await withinUnit(ctx.em, 'unit', f?.withinUnitId),
        f?.seriesId && { edition: { series: idOf(f.seriesId) } },
        between('edition.year', f?.yearFrom, f?.yearTo),
        ...tagConditions(f?.tags),
        f?.demo != null && { demo: f.demo },
      );
      return findPage(ctx.em, Participation, args, where, args.orderBy, 'edition.year');
    },
  }),
}));

const EditionInputType = builder.inputType('EventEditionInput', {
  fields: (t) => ({
    seriesId: t.id({ required: true }),
    year: t.int({ required: true }),
    startsOn: t.field({ type: 'Date', required: true }),
    endsOn: t.field({ type: 'Date', required: true }),
    place: t.string({ required: true }),
  }),
});

recordMutations<IEventEdition, EventEditionInput>({
  typeName: 'EventEdition',
  ref: EventEditionRef,
  entity: EventEdition,
  input: EditionInputType,
  schema: eventEditionInputSchema,
  description: 'an edition of an event series',
  writers: 'admin',
  fields: async (value, refs, tx, existing) => {
    const series = await refs.one(EventSeries, 'EventSeries', value.seriesId, 'seriesId');
    if (series) {
      const clash = await tx.findOne(EventEdition, { series, year: value.year });
      if (clash && clash.id !== existing?.id) {
        refs.problems.push({
          field: 'year',
          code: 'DUPLICATE',
          message: `${series.shortName} ${value.year} finns redan.`,
        });
      }
    }
    const { seriesId: _series, ...plain } = value;
    return { data: { ...plain, series } };
  },
});

const ParticipationInputType = builder.inputType('ParticipationInput', {
  fields: (t) => ({
    editionId: t.id({ required: true }),
    unitId: t.id({ required: true }),
    delegates: t.int({ required: true }),
    purpose: t.string({ required: true }),
    costSek: t.float({ required: true }),
    contactsGained: t.int({ required: true }),
    outcome: t.string(),
    ...tagInputFields(t),
  }),
});

recordMutations<IParticipation, ParticipationInput>({
  typeName: 'Participation',
  ref: ParticipationRef,
  entity: Participation,
  input: ParticipationInputType,
  schema: participationInputSchema,
  description: 'a unit’s participation in an event edition',
  writers: { units: (value, existing) => [unitOf(value.unitId), existing?.unit.id] },
  fields: async (value, refs, tx, existing) => {
    const edition = await refs.one(EventEdition, 'EventEdition', value.editionId, 'editionId');
    const unit = await refs.one(Unit, 'Unit', value.unitId, 'unitId');
    if (edition && unit) {
      const clash = await tx.findOne(Participation, { edition, unit });
      if (clash && clash.id !== existing?.id) {
        refs.problems.push({
          field: 'unitId',
          code: 'DUPLICATE',
          message: `${unit.name} finns redan registrerad för det här tillfället.`,
        });
      }
    }
    const { editionId: _edition, unitId: _unit, ...plain } = value;
    return { data: { ...plain, edition, unit } };
  },
});

const EventSeriesInputType = builder.inputType('EventSeriesInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    shortName: t.string({ required: true }),
    place: t.string(),
    listedAs: t.string({ description: 'The line as the source lists it.' }),
  }),
});

recordMutations<IEventSeries, EventSeriesInput>({
  typeName: 'EventSeries',
  ref: EventSeriesRef,
  entity: EventSeries,
  input: EventSeriesInputType,
  schema: eventSeriesInputSchema,
  description: 'a recurring profiling arena',
  writers: 'admin',
  fields: async (value) => ({ data: value }),
  key: { from: (value) => value.shortName, fallback: 'evenemang' },
});
