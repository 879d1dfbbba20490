import { builder, recordFields } from '../builder';
import { Seat } from '../db/forum';
import { EuNetworkContact, Person } from '../db/person';
import {
  allOf,
  childrenBy,
  findPage,
  idOf,
  includeArchivedArg,
  orderInput,
  refId,
  textSearch,
} from './list';
import { EuNetworkContactRef, PersonRef, SeatRef, UnitRef } from './refs';

PersonRef.implement({
  description: 'A person who works with international matters for the city.',
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    email: t.exposeString('email', { nullable: true }),
    active: t.exposeBoolean('active', { description: 'False once the person has left.' }),
    ...recordFields(t),
    unit: t.field({ type: UnitRef, nullable: true, resolve: (person) => refId(person.unit) }),
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
    year: t.int(),
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
    resolve: (_root, args, ctx) => {
      const f = args.filter;
      const where = allOf(
        textSearch(f?.search, ['person.name', 'unit.name', 'listedAs']),
        f?.unitId && { unit: idOf(f.unitId) },
        f?.year != null && { year: f.year },
      );
      return findPage(ctx.em, EuNetworkContact, args, where, args.orderBy, 'listedAs');
    },
  }),
}));
