import { type UnitInput, unitInputSchema } from '@malmo/domain';
import { builder, recordFields } from '../builder';
import { Unit } from '../db/entities';
import { Seat } from '../db/forum';
import { Membership } from '../db/organisation';
import { EuNetworkContact, Person } from '../db/person';
import { Project } from '../db/project';
import type { IUnit } from '../db/unit';
import { UnitKindEnum } from './enums';
import {
  allOf,
  childrenBy,
  findPage,
  idOf,
  includeArchivedArg,
  oneOf,
  orderInput,
  related,
  textSearch,
} from './list';
import { checkParent, recordMutations } from './mutation';
import {
  EuNetworkContactRef,
  MembershipRef,
  PersonRef,
  ProjectRef,
  SeatRef,
  UnitRef,
} from './refs';

UnitRef.implement({
  description: 'An organisational unit of the city: förvaltning, kontor, SDF, department, board.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable natural key.' }),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: UnitKindEnum }),
    active: t.exposeBoolean('active'),
    ...recordFields(t),
    parent: t.field({ type: UnitRef, nullable: true, resolve: (unit) => related(unit.parent) }),
    children: t.loadableGroup({
      type: UnitRef,
      description: 'Departments and other units under this one.',
      ...childrenBy<IUnit>(Unit, 'parent', { name: 'asc' }),
      resolve: (unit) => unit.id,
    }),
    people: t.loadableGroup({
      type: PersonRef,
      ...childrenBy(Person, 'unit', { name: 'asc' }),
      resolve: (unit) => unit.id,
    }),
    euNetworkContacts: t.loadableGroup({
      type: EuNetworkContactRef,
      description: "The unit's contacts in Malmö stads EU-nätverk.",
      ...childrenBy(EuNetworkContact, 'unit', { year: 'desc' }),
      resolve: (unit) => unit.id,
    }),
    seats: t.loadableGroup({
      type: SeatRef,
      description: 'Seats in forums and working groups that this unit holds for Malmö.',
      ...childrenBy(Seat, 'unit', { forum: { name: 'asc' } }),
      resolve: (unit) => unit.id,
    }),
    memberships: t.loadableGroup({
      type: MembershipRef,
      description: 'Memberships this unit owns.',
      ...childrenBy(Membership, 'ownerUnit', { since: 'asc' }),
      resolve: (unit) => unit.id,
    }),
    projects: t.loadableGroup({
      type: ProjectRef,
      description: 'Projects this unit owns (R4).',
      ...childrenBy(Project, 'ownerUnit', { title: 'asc' }),
      resolve: (unit) => unit.id,
    }),
  }),
});

const UnitFilter = builder.inputType('UnitFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Text contained in the name.' }),
    kinds: t.field({ type: [UnitKindEnum] }),
    parentId: t.globalID({ for: UnitRef, description: 'Only units directly under this unit.' }),
    topLevel: t.boolean({ description: 'true: only units without a parent.' }),
  }),
});

const UnitOrder = orderInput(
  'Unit',
  { NAME: 'name', KIND: 'kind', CREATED_AT: 'createdAt' },
  'Order of units.',
);

builder.queryField('units', (t) =>
  t.connection({
    type: UnitRef,
    description: "The city's units.",
    args: {
      filter: t.arg({ type: UnitFilter }),
      orderBy: t.arg({ type: UnitOrder }),
      ...includeArchivedArg(t.arg),
    },
    resolve: (_root, args, ctx) => {
      const f = args.filter;
      const where = allOf(
        textSearch(f?.search, ['name']),
        oneOf('kind', f?.kinds),
        f?.parentId && { parent: idOf(f.parentId) },
        f?.topLevel === true && { parent: null },
        f?.topLevel === false && { parent: { $ne: null } },
      );
      return findPage(ctx.em, Unit, args, where, args.orderBy, 'name');
    },
  }),
);

const UnitInputType = builder.inputType('UnitInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    kind: t.field({ type: UnitKindEnum, required: true }),
    parentId: t.id({ description: 'The unit this one is part of.' }),
    active: t.boolean({ description: 'Default true.' }),
  }),
});

recordMutations<IUnit, UnitInput>({
  typeName: 'Unit',
  ref: UnitRef,
  entity: Unit,
  input: UnitInputType,
  schema: unitInputSchema,
  description: 'a unit of the city',
  writers: 'admin',
  fields: async (value, refs, tx, existing) => {
    const parent = await refs.optional(Unit, 'Unit', value.parentId, 'parentId');
    await checkParent(tx, Unit, existing, parent, refs);
    const { parentId: _parent, ...plain } = value;
    return { data: { ...plain, parent } };
  },
  key: { from: (value) => value.name, fallback: 'enhet' },
});
