import { type SecondmentInput, secondmentInputSchema } from '@malmo/domain';
import { builder, recordFields } from '../builder';
import { Person } from '../db/person';
import { type ISecondment, Secondment } from '../db/secondment';
import { Unit } from '../db/unit';
import { SecondmentPurposeEnum } from './enums';
import { allOf, findPage, idOf, includeArchivedArg, oneOf, orderInput, related } from './list';
import { recordMutations, unitOf } from './mutation';
import { PersonRef, SecondmentRef, UnitRef } from './refs';
import { demoField } from './tags';

SecondmentRef.implement({
  authScopes: { followUp: true },
  description:
    'A stay at the Brussels office (R11): a city official, or an external user on its own terms. ' +
    'The report is due one month after the return.',
  fields: (t) => ({
    person: t.field({ type: PersonRef, nullable: true, resolve: (s) => related(s.person) }),
    unit: t.field({ type: UnitRef, nullable: true, resolve: (s) => related(s.unit) }),
    externalOrganisation: t.exposeString('externalOrganisation', { nullable: true }),
    externalTerms: t.exposeString('externalTerms', { nullable: true }),
    startOn: t.expose('startOn', { type: 'Date' }),
    endOn: t.expose('endOn', { type: 'Date', nullable: true }),
    purpose: t.expose('purpose', { type: SecondmentPurposeEnum }),
    reportSubmittedOn: t.expose('reportSubmittedOn', { type: 'Date', nullable: true }),
    demo: demoField(t),
    ...recordFields(t),
  }),
});

const SecondmentFilter = builder.inputType('SecondmentFilter', {
  fields: (t) => ({
    unitId: t.globalID({ for: UnitRef }),
    purposes: t.field({ type: [SecondmentPurposeEnum] }),
    external: t.boolean({ description: 'true: only external users; false: only city units.' }),
    reported: t.boolean(),
    demo: t.boolean({ description: 'false: leave out demo records.' }),
  }),
});
const SecondmentOrder = orderInput(
  'Secondment',
  { START: 'startOn', END: 'endOn', UNIT: 'unit.name' },
  'Order of secondments.',
);

builder.queryField('secondments', (t) =>
  t.connection({
    authScopes: { followUp: true },
    type: SecondmentRef,
    description: 'Stays at the Brussels office (R11).',
    args: {
      filter: t.arg({ type: SecondmentFilter }),
      orderBy: t.arg({ type: SecondmentOrder }),
      ...includeArchivedArg(t.arg),
    },
    resolve: (_root, args, ctx) => {
      const f = args.filter;
      const where = allOf(
        f?.unitId && { unit: idOf(f.unitId) },
        oneOf('purpose', f?.purposes),
        f?.external === true && { externalOrganisation: { $ne: null } },
        f?.external === false && { externalOrganisation: null },
        f?.reported === true && { reportSubmittedOn: { $ne: null } },
        f?.reported === false && { reportSubmittedOn: null },
        f?.demo != null && { demo: f.demo },
      );
      return findPage(ctx.em, Secondment, args, where, args.orderBy, 'startOn');
    },
  }),
);

const SecondmentInputType = builder.inputType('SecondmentInput', {
  description: 'A city unit (with the person), or an external organisation on its own terms.',
  fields: (t) => ({
    personId: t.id(),
    unitId: t.id(),
    externalOrganisation: t.string(),
    externalTerms: t.string(),
    startOn: t.field({ type: 'Date', required: true }),
    endOn: t.field({ type: 'Date' }),
    purpose: t.field({ type: SecondmentPurposeEnum, required: true }),
    reportSubmittedOn: t.field({ type: 'Date' }),
  }),
});

recordMutations<ISecondment, SecondmentInput>({
  typeName: 'Secondment',
  ref: SecondmentRef,
  entity: Secondment,
  input: SecondmentInputType,
  schema: secondmentInputSchema,
  description: 'a secondment to the Brussels office',
  // External users' stays have no unit: administrators record them.
  writers: {
    units: (value, existing) => [
      unitOf(value.unitId),
      ...(existing ? [existing.unit?.id ?? null] : []),
    ],
  },
  fields: async (value, refs) => ({
    data: {
      person: await refs.optional(Person, 'Person', value.personId, 'personId'),
      unit: await refs.optional(Unit, 'Unit', value.unitId, 'unitId'),
      externalOrganisation: value.externalOrganisation,
      externalTerms: value.externalTerms,
      startOn: value.startOn,
      endOn: value.endOn,
      purpose: value.purpose,
      reportSubmittedOn: value.reportSubmittedOn,
    },
  }),
});
