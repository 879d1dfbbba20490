import {
  type EuNetworkContactInput,
  euNetworkContactInputSchema,
  type PersonInput,
  personInputSchema,
} from '@malmo/domain';
import { builder, recordFields } from '../builder';
import { Seat } from '../db/forum';
import { EuNetworkContact, type IEuNetworkContact, type IPerson, Person } from '../db/person';
import { Unit } from '../db/unit';
import {
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
import { recordMutations } from './mutation';
import { EuNetworkContactRef, PersonRef, SeatRef, UnitRef } from './refs';

PersonRef.implement({
  description: 'A person who works with international matters for the city.',
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    email: t.exposeString('email', { nullable: true }),
    active: t.exposeBoolean('active', { description: 'False once the person has left.' }),
    ...recordFields(t),
    unit: t.field({ type: UnitRef, nullable: true, resolve: (person) => related(person.unit) }),
    seats: t.loadableGroup({
      type: SeatRef,
      ...childrenBy(Seat, 'person', { forum: { name: 'asc' } }),
      resolve: (person) => person.id,
    }),
    euNetworkContacts: t.loadableGroup({
      type: EuNetworkContactRef,
      ...childrenBy(EuNetworkContact, 'person', { year: 'desc' }),
      resolve: (person) => person.id,
    }),
  }),
});

EuNetworkContactRef.implement({
  description: "A unit's contact person in Malmö stads EU-nätverk for one year.",
  fields: (t) => ({
    year: t.exposeInt('year'),
    listedAs: t.exposeString('listedAs', { description: 'The unit as the source lists it.' }),
    ...recordFields(t),
    unit: t.field({ type: UnitRef, resolve: (contact) => contact.unit.id }),
    person: t.field({ type: PersonRef, resolve: (contact) => contact.person.id }),
  }),
});

const PersonFilter = builder.inputType('PersonFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Text contained in the name or e-mail.' }),
    unitId: t.globalID({ for: UnitRef }),
    active: t.boolean(),
  }),
});
const PersonOrder = orderInput('Person', { NAME: 'name', UNIT: 'unit.name' }, 'Order of people.');

const EuNetworkContactFilter = builder.inputType('EuNetworkContactFilter', {
  fields: (t) => ({
    search: t.string({ description: "Text in the person's name or the unit." }),
    unitId: t.globalID({ for: UnitRef }),
    withinUnitId: t.globalID({ for: UnitRef, description: 'This unit or a unit under it.' }),
    year: t.int(),
    yearFrom: t.int(),
    yearTo: t.int(),
  }),
});
const EuNetworkContactOrder = orderInput(
  'EuNetworkContact',
  { UNIT: 'listedAs', PERSON: 'person.name', YEAR: 'year' },
  'Order of EU-network contacts.',
);

builder.queryFields((t) => ({
  people: t.connection({
    type: PersonRef,
    args: {
      filter: t.arg({ type: PersonFilter }),
      orderBy: t.arg({ type: PersonOrder }),
      ...includeArchivedArg(t.arg),
    },
    resolve: (_root, args, ctx) => {
      const f = args.filter;
      const where = allOf(
        textSearch(f?.search, ['name', 'email']),
        f?.unitId && { unit: idOf(f.unitId) },
        f?.active != null && { active: f.active },
      );
      return findPage(ctx.em, Person, args, where, args.orderBy, 'name');
    },
  }),
  euNetworkContacts: t.connection({
    type: EuNetworkContactRef,
    description: 'Malmö stads EU-nätverk: one or more contacts per unit and year.',
    args: {
      filter: t.arg({ type: EuNetworkContactFilter }),
      orderBy: t.arg({ type: EuNetworkContactOrder }),
      ...includeArchivedArg(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      const f = args.filter;
      const where = allOf(
        textSearch(f?.search, ['person.name', 'unit.name', 'listedAs']),
        f?.unitId && { unit: idOf(f.unitId) },
        f?.year != null && { year: f.year },
        await withinUnit(ctx.em, 'unit', f?.withinUnitId),
        between('year', f?.yearFrom, f?.yearTo),
      );
      return findPage(ctx.em, EuNetworkContact, args, where, args.orderBy, 'listedAs');
    },
  }),
}));

const PersonInputType = builder.inputType('PersonInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    email: t.string(),
    unitId: t.id(),
    active: t.boolean({ description: 'Default true; false once the person has left.' }),
    leftOn: t.field({ type: 'Date' }),
  }),
});

recordMutations<IPerson, PersonInput>({
  typeName: 'Person',
  ref: PersonRef,
  entity: Person,
  input: PersonInputType,
  schema: personInputSchema,
  description: 'a person',
  writers: 'admin',
  fields: async (value, refs) => {
    const unit = await refs.optional(Unit, 'Unit', value.unitId, 'unitId');
    const { unitId: _unit, ...plain } = value;
    return { data: { ...plain, unit } };
  },
  key: { from: (value) => value.name, fallback: 'person' },
});

const EuNetworkContactInputType = builder.inputType('EuNetworkContactInput', {
  fields: (t) => ({
    unitId: t.id({ required: true }),
    personId: t.id({ required: true }),
    year: t.int({ required: true }),
    listedAs: t.string({ required: true, description: 'The unit as the list names it.' }),
  }),
});

recordMutations<IEuNetworkContact, EuNetworkContactInput>({
  typeName: 'EuNetworkContact',
  ref: EuNetworkContactRef,
  entity: EuNetworkContact,
  input: EuNetworkContactInputType,
  schema: euNetworkContactInputSchema,
  description: "a unit's contact in Malmö stads EU-nätverk",
  writers: 'admin',
  fields: async (value, refs, tx, existing) => {
    const unit = await refs.one(Unit, 'Unit', value.unitId, 'unitId');
    const person = await refs.one(Person, 'Person', value.personId, 'personId');
    if (unit && person) {
      const clash = await tx.findOne(EuNetworkContact, { unit, person, year: value.year });
      if (clash && clash.id !== existing?.id) {
        refs.problems.push({
          field: 'year',
          code: 'DUPLICATE',
          message: `${person.name} är redan kontaktperson för ${unit.name} ${value.year}.`,
        });
      }
    }
    return { data: { unit, person, year: value.year, listedAs: value.listedAs } };
  },
});
