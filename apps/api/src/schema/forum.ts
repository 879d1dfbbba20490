import { type ForumInput, forumInputSchema, type SeatInput, seatInputSchema } from '@malmo/domain';
import { builder, recordFields } from '../builder';
import type { IForum, ISeat } from '../db/forum';
import { Forum, Seat } from '../db/forum';
import { Organisation } from '../db/organisation';
import { Person } from '../db/person';
import { Project } from '../db/project';
import { Unit } from '../db/unit';
import {
  activeIn,
  allOf,
  between,
  childrenBy,
  findPage,
  idOf,
  includeArchivedArg,
  orderInput,
  related,
  textSearch,
  withinUnit,
} from './list';
import { checkParent, recordMutations } from './mutation';
import { ForumRef, OrganisationRef, PersonRef, ProjectRef, SeatRef, UnitRef } from './refs';
import { scopeFilterFields, tagConditions, tagInputFields } from './tags';

ForumRef.implement({
  description: 'A forum, working group or committee inside an organisation.',
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    ...recordFields(t),
    organisation: t.field({ type: OrganisationRef, resolve: (forum) => forum.organisation.id }),
    parent: t.field({ type: ForumRef, nullable: true, resolve: (forum) => related(forum.parent) }),
    children: t.loadableGroup({
      type: ForumRef,
      ...childrenBy<IForum>(Forum, 'parent', { name: 'asc' }),
      resolve: (forum) => forum.id,
    }),
    seats: t.loadableGroup({
      type: SeatRef,
      description: "Malmö's seats in this forum.",
      ...childrenBy(Seat, 'forum', { fromYear: 'desc' }),
      resolve: (forum) => forum.id,
    }),
  }),
});

SeatRef.implement({
  description: "Malmö's seat in a forum, held by a unit, a person and/or a project.",
  fields: (t) => ({
    key: t.exposeString('key'),
    fromYear: t.exposeInt('fromYear', { nullable: true }),
    toYear: t.exposeInt('toYear', { nullable: true }),
    listedAs: t.exposeString('listedAs', {
      nullable: true,
      description: 'The line as the source lists it.',
    }),
    ...recordFields(t),
    forum: t.field({ type: ForumRef, resolve: (seat) => seat.forum.id }),
    unit: t.field({ type: UnitRef, nullable: true, resolve: (seat) => related(seat.unit) }),
    person: t.field({ type: PersonRef, nullable: true, resolve: (seat) => related(seat.person) }),
    project: t.field({
      type: ProjectRef,
      nullable: true,
      resolve: (seat) => related(seat.project),
    }),
  }),
});

const ForumFilter = builder.inputType('ForumFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Text in the name or the parent forum’s name.' }),
    organisationId: t.globalID({ for: OrganisationRef }),
    parentId: t.globalID({ for: ForumRef }),
    topLevel: t.boolean(),
  }),
});
const ForumOrder = orderInput(
  'Forum',
  { NAME: 'name', ORGANISATION: 'organisation.name' },
  'Order of forums.',
);

const SeatFilter = builder.inputType('SeatFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Text in the forum, unit, person or project.' }),
    unitId: t.globalID({ for: UnitRef }),
    forumId: t.globalID({ for: ForumRef }),
    personId: t.globalID({ for: PersonRef }),
    projectId: t.globalID({ for: ProjectRef }),
    yearFrom: t.int(),
    yearTo: t.int(),
    ...scopeFilterFields(t),
  }),
});
const SeatOrder = orderInput(
  'Seat',
  { FORUM: 'forum.name', UNIT: 'unit.name', PERSON: 'person.name', FROM_YEAR: 'fromYear' },
  'Order of seats.',
);

builder.queryFields((t) => ({
  forums: t.connection({
    type: ForumRef,
    args: {
      filter: t.arg({ type: ForumFilter }),
      orderBy: t.arg({ type: ForumOrder }),
      ...includeArchivedArg(t.arg),
    },
    resolve: (_root, args, ctx) => {
      const f = args.filter;
      const where = allOf(
        textSearch(f?.search, ['name', 'parent.name']),
        f?.organisationId && { organisation: idOf(f.organisationId) },
        f?.parentId && { parent: idOf(f.parentId) },
        f?.topLevel === true && { parent: null },
        f?.topLevel === false && { parent: { $ne: null } },
      );
      return findPage(ctx.em, Forum, args, where, args.orderBy, 'name');
    },
  }),
  seats: t.connection({
    type: SeatRef,
    description: "Malmö's seats in forums and working groups.",
    args: {
      filter: t.arg({ type: SeatFilter }),
      orderBy: t.arg({ type: SeatOrder }),
      ...includeArchivedArg(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      const f = args.filter;
      const where = allOf(
        textSearch(f?.search, [
          'forum.name',
          'forum.parent.name',
          'unit.name',
          'person.name',
          'project.title',
        ]),
        f?.unitId && { unit: idOf(f.unitId) },
        f?.unitless === true && { unit: null },
        f?.unitless === false && { unit: { $ne: null } },
        f?.forumId && { forum: idOf(f.forumId) },
        f?.personId && { person: idOf(f.personId) },
        f?.projectId && { project: idOf(f.projectId) },
        between('fromYear', f?.yearFrom, f?.yearTo),
        await withinUnit(ctx.em, 'unit', f?.withinUnitId),
        activeIn('fromYear', 'toYear', f?.activeFrom, f?.activeTo),
        ...tagConditions(f?.tags),
      );
      return findPage(ctx.em, Seat, args, where, args.orderBy, 'forum.name');
    },
  }),
}));

const ForumInputType = builder.inputType('ForumInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    organisationId: t.id({ required: true }),
    parentId: t.id({ description: 'The forum this one is part of.' }),
    ...tagInputFields(t),
  }),
});

recordMutations<IForum, ForumInput>({
  typeName: 'Forum',
  ref: ForumRef,
  entity: Forum,
  input: ForumInputType,
  schema: forumInputSchema,
  description: 'a forum, working group or committee',
  writers: 'admin',
  fields: async (value, refs, tx, existing) => {
    const organisation = await refs.one(
      Organisation,
      'Organisation',
      value.organisationId,
      'organisationId',
    );
    const parent = await refs.optional(Forum, 'Forum', value.parentId, 'parentId');
    await checkParent(tx, Forum, existing, parent, refs);
    const { organisationId: _organisation, parentId: _parent, ...plain } = value;
    return { data: { ...plain, organisation, parent } };
  },
  key: { from: (value) => value.name, fallback: 'forum' },
});

const SeatInputType = builder.inputType('SeatInput', {
  description: 'Held by a unit, a person and/or a project: at least one.',
  fields: (t) => ({
    forumId: t.id({ required: true }),
    unitId: t.id(),
    personId: t.id(),
    projectId: t.id(),
    fromYear: t.int(),
    toYear: t.int(),
    listedAs: t.string(),
    ...tagInputFields(t),
  }),
});

recordMutations<ISeat, SeatInput>({
  typeName: 'Seat',
  ref: SeatRef,
  entity: Seat,
  input: SeatInputType,
  schema: seatInputSchema,
  description: "Malmö's seat in a forum",
  writers: 'admin',
  fields: async (value, refs) => {
    const forum = await refs.one(Forum, 'Forum', value.forumId, 'forumId');
    const unit = await refs.optional(Unit, 'Unit', value.unitId, 'unitId');
    const person = await refs.optional(Person, 'Person', value.personId, 'personId');
    const project = await refs.optional(Project, 'Project', value.projectId, 'projectId');
    const { forumId: _f, unitId: _u, personId: _p, projectId: _pr, ...plain } = value;
    return { data: { ...plain, forum, unit, person, project } };
  },
  // Keyed like the annex's seats: the forum, then the holder.
  key: {
    from: (_value, { forum, unit, person, project }) =>
      [forum, unit ?? person ?? project].map((r) => (r as { key?: string } | null)?.key).join(' '),
    fallback: 'plats',
  },
});
