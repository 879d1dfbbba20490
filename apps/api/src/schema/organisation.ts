import {
  type MembershipInput,
  membershipInputSchema,
  type OrganisationInput,
  organisationInputSchema,
} from '@malmo/domain';
import { builder, recordFields } from '../builder';
import { Forum } from '../db/forum';
import { type IMembership, type IOrganisation, Membership, Organisation } from '../db/organisation';
import { Unit } from '../db/unit';
import { OrganisationKindEnum, RegionFocusEnum } from './enums';
import {
  activeIn,
  allOf,
  between,
  childrenBy,
  findPage,
  idOf,
  includeArchivedArg,
  oneOf,
  orderInput,
  related,
  textSearch,
  withinUnit,
} from './list';
import { recordMutations } from './mutation';
import { ForumRef, MembershipRef, OrganisationRef, UnitRef } from './refs';
import { scopeFilterFields, tagConditions, tagInputFields } from './tags';

OrganisationRef.implement({
  description: 'An international organisation, a network in Brussels or a regional partner.',
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    abbreviation: t.exposeString('abbreviation', { nullable: true }),
    kind: t.expose('kind', { type: OrganisationKindEnum }),
    regionFocus: t.expose('regionFocus', { type: RegionFocusEnum }),
    ...recordFields(t),
    membership: t.loadable({
      type: MembershipRef,
      nullable: true,
      description: "Malmö stad's membership, if the city is a member.",
      load: (ids: number[], ctx) => ctx.em.find(Membership, { organisation: { $in: ids } }),
      sort: (membership) =>
        typeof membership === 'number' ? membership : membership.organisation.id,
      resolve: (organisation) => organisation.id,
    }),
    forums: t.loadableGroup({
      type: ForumRef,
      description: 'Forums, working groups and committees of the organisation.',
      ...childrenBy(Forum, 'organisation', { name: 'asc' }),
      resolve: (organisation) => organisation.id,
    }),
  }),
});

MembershipRef.implement({
  description: "Malmö stad's membership in an organisation (R8: its value is assessed).",
  fields: (t) => ({
    since: t.exposeInt('since', { nullable: true, description: 'The year Malmö joined.' }),
    endedYear: t.exposeInt('endedYear', { nullable: true }),
    active: t.boolean({ resolve: (membership) => membership.endedYear == null }),
    annualFee: t.exposeInt('annualFee', { nullable: true, description: 'Yearly fee, SEK.' }),
    staffHoursPerYear: t.exposeInt('staffHoursPerYear', { nullable: true }),
    ...recordFields(t),
    organisation: t.field({
      type: OrganisationRef,
      resolve: (membership) => related(membership.organisation),
    }),
    ownerUnit: t.field({
      type: UnitRef,
      nullable: true,
      resolve: (membership) => related(membership.ownerUnit),
    }),
  }),
});

const OrganisationFilter = builder.inputType('OrganisationFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Text in the name or abbreviation.' }),
    kinds: t.field({ type: [OrganisationKindEnum] }),
    regionFocus: t.field({ type: [RegionFocusEnum] }),
    member: t.boolean({ description: 'true: only organisations Malmö is a member of.' }),
  }),
});
const OrganisationOrder = orderInput(
  'Organisation',
  { NAME: 'name', KIND: 'kind', REGION_FOCUS: 'regionFocus' },
  'Order of organisations.',
);

const MembershipFilter = builder.inputType('MembershipFilter', {
  fields: (t) => ({
    search: t.string({ description: "Text in the organisation's name or abbreviation." }),
    ownerUnitId: t.globalID({ for: UnitRef }),
    sinceFrom: t.int({ description: 'Joined in or after this year.' }),
    sinceTo: t.int({ description: 'Joined in or before this year.' }),
    ...scopeFilterFields(t),
    active: t.boolean(),
    regionFocus: t.field({ type: [RegionFocusEnum] }),
  }),
});
const MembershipOrder = orderInput(
  'Membership',
  { SINCE: 'since', ORGANISATION: 'organisation.name', ANNUAL_FEE: 'annualFee' },
  'Order of memberships.',
);

builder.queryFields((t) => ({
  organisations: t.connection({
    type: OrganisationRef,
    description: 'Organisations and networks, including regional partners and Brussels networks.',
    args: {
      filter: t.arg({ type: OrganisationFilter }),
      orderBy: t.arg({ type: OrganisationOrder }),
      ...includeArchivedArg(t.arg),
    },
    resolve: (_root, args, ctx) => {
      const f = args.filter;
      const where = allOf(
        textSearch(f?.search, ['name', 'abbreviation']),
        oneOf('kind', f?.kinds),
        oneOf('regionFocus', f?.regionFocus),
        f?.member === true && { memberships: { $some: {} } },
        f?.member === false && { memberships: { $none: {} } },
      );
      return findPage(ctx.em, Organisation, args, where, args.orderBy, 'name');
    },
  }),
  memberships: t.connection({
    type: MembershipRef,
    description: "Malmö stad's memberships in organisations.",
    args: {
      filter: t.arg({ type: MembershipFilter }),
      orderBy: t.arg({ type: MembershipOrder }),
      ...includeArchivedArg(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      const f = args.filter;
      const where = allOf(
        textSearch(f?.search, ['organisation.name', 'organisation.abbreviation']),
        f?.ownerUnitId && { ownerUnit: idOf(f.ownerUnitId) },
        f?.unitless === true && { ownerUnit: null },
        f?.unitless === false && { ownerUnit: { $ne: null } },
        await withinUnit(ctx.em, 'ownerUnit', f?.withinUnitId),
        between('since', f?.sinceFrom, f?.sinceTo),
        activeIn('since', 'endedYear', f?.activeFrom, f?.activeTo),
        ...tagConditions(f?.tags),
        f?.active === true && { endedYear: null },
        f?.active === false && { endedYear: { $ne: null } },
        oneOf('organisation.regionFocus', f?.regionFocus),
      );
      return findPage(ctx.em, Membership, args, where, args.orderBy, 'since');
    },
  }),
}));

const OrganisationInputType = builder.inputType('OrganisationInput', {
  description: 'Regional partners and Brussels networks are organisations of that kind.',
  fields: (t) => ({
    name: t.string({ required: true }),
    abbreviation: t.string(),
    kind: t.field({ type: OrganisationKindEnum, required: true }),
    regionFocus: t.field({ type: RegionFocusEnum, required: true }),
  }),
});

recordMutations<IOrganisation, OrganisationInput>({
  typeName: 'Organisation',
  ref: OrganisationRef,
  entity: Organisation,
  input: OrganisationInputType,
  schema: organisationInputSchema,
  description: 'an organisation, Brussels network or regional partner',
  writers: 'admin',
  fields: async (value) => ({ data: value }),
  key: { from: (value) => value.name, fallback: 'organisation' },
});

const MembershipInputType = builder.inputType('MembershipInput', {
  fields: (t) => ({
    organisationId: t.id({ required: true }),
    since: t.int({ description: 'The year Malmö joined.' }),
    ownerUnitId: t.id(),
    endedYear: t.int({ description: 'The year Malmö left; empty while it runs.' }),
    annualFee: t.int({ description: 'Yearly fee, SEK.' }),
    staffHoursPerYear: t.int(),
    ...tagInputFields(t),
  }),
});

recordMutations<IMembership, MembershipInput>({
  typeName: 'Membership',
  ref: MembershipRef,
  entity: Membership,
  input: MembershipInputType,
  schema: membershipInputSchema,
  description: "Malmö stad's membership in an organisation",
  writers: 'admin',
  fields: async (value, refs, tx, existing) => {
    const organisation = await refs.one(
      Organisation,
      'Organisation',
      value.organisationId,
      'organisationId',
    );
    const ownerUnit = await refs.optional(Unit, 'Unit', value.ownerUnitId, 'ownerUnitId');
    if (organisation) {
      const clash = await tx.findOne(Membership, { organisation });
      if (clash && clash.id !== existing?.id) {
        refs.problems.push({
          field: 'organisationId',
          code: 'DUPLICATE',
          message: `Malmö stad är redan medlem i ${organisation.name}.`,
        });
      }
    }
    const { organisationId: _organisation, ownerUnitId: _owner, ...plain } = value;
    return { data: { ...plain, organisation, ownerUnit } };
  },
});
