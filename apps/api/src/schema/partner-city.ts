import {
  type AgreementInput,
  type AgreementStatus,
  agreementInputSchema,
  isAgreementExpired,
  type PartnerCityInput,
  partnerCityInputSchema,
  todayInMalmo,
} from '@malmo/domain';
import { builder, recordFields } from '../builder';
import { Agreement, type IAgreement, type IPartnerCity, PartnerCity } from '../db/partner-city';
import { AgreementStatusEnum, AgreementTypeEnum } from './enums';
import {
  allOf,
  between,
  childrenBy,
  findPage,
  idOf,
  includeArchivedArg,
  oneOf,
  orderInput,
  textSearch,
} from './list';
import { recordMutations } from './mutation';
import { AgreementRef, PartnerCityRef } from './refs';
import { tagInputFields } from './tags';

/** R13: the agreements past their end date, as of today in Malmö. */
function expiredIs(expired: boolean | null | undefined) {
  if (expired == null) return undefined;
  const today = todayInMalmo();
  return expired
    ? { validUntil: { $lt: today } }
    : { $or: [{ validUntil: null }, { validUntil: { $gte: today } }] };
}

/** Recorded statuses, except that ACTIVE excludes agreements that have run out (R13). */
function statusIn(statuses: readonly AgreementStatus[] | null | undefined) {
  if (!statuses?.length) return undefined;
  const others = statuses.filter((s) => s !== 'active');
  const either = [
    others.length > 0 && { status: { $in: others } },
    statuses.includes('active') && allOf({ status: 'active' }, expiredIs(false)),
  ].filter(Boolean);
  return { $or: either };
}

PartnerCityRef.implement({
  description: 'A partner city (vänort, fadderort, cooperation partner) and its agreements.',
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    country: t.exposeString('country', { description: 'ISO 3166-1 alpha-2.' }),
    ...recordFields(t),
    agreements: t.loadableGroup({
      type: AgreementRef,
      description: 'The agreement history, oldest first.',
      ...childrenBy(Agreement, 'partnerCity', { signedYear: 'asc nulls first' }),
      resolve: (city) => city.id,
    }),
  }),
});

AgreementRef.implement({
  description:
    'An agreement with a partner city, or the record that there is none (R13: may expire).',
  fields: (t) => ({
    key: t.exposeString('key'),
    type: t.expose('type', { type: AgreementTypeEnum }),
    signedYear: t.exposeInt('signedYear', { nullable: true }),
    text: t.exposeString('text', { description: 'The agreement text as the source states it.' }),
    cooperationAreas: t.exposeStringList('cooperationAreas'),
    validUntil: t.expose('validUntil', { type: 'Date', nullable: true }),
    status: t.expose('status', {
      type: AgreementStatusEnum,
      description: 'The status as recorded; see `expired` for whether it is still in force.',
    }),
    expired: t.boolean({
      description: 'R13: past its valid-until date (today, in Malmö).',
      resolve: (agreement) => isAgreementExpired(agreement, todayInMalmo()),
    }),
    ...recordFields(t),
    partnerCity: t.field({
      type: PartnerCityRef,
      resolve: (agreement) => agreement.partnerCity.id,
    }),
  }),
});

const PartnerCityFilter = builder.inputType('PartnerCityFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Text in the name or an agreement text.' }),
    countries: t.stringList(),
    agreementTypes: t.field({ type: [AgreementTypeEnum] }),
    agreementStatuses: t.field({
      type: [AgreementStatusEnum],
      description: 'ACTIVE means in force: recorded active and not past its end date (R13).',
    }),
    expired: t.boolean({ description: 'true: has an agreement past its end date (R13).' }),
    signedFrom: t.int({ description: 'An agreement signed in or after this year.' }),
    signedTo: t.int({ description: 'An agreement signed in or before this year.' }),
  }),
});
const PartnerCityOrder = orderInput(
  'PartnerCity',
  { NAME: 'name', COUNTRY: 'country' },
  'Order of partner cities.',
);

const AgreementFilter = builder.inputType('AgreementFilter', {
  fields: (t) => ({
    search: t.string({ description: "Text in the agreement or the city's name." }),
    partnerCityId: t.globalID({ for: PartnerCityRef }),
    types: t.field({ type: [AgreementTypeEnum] }),
    statuses: t.field({
      type: [AgreementStatusEnum],
      description: 'ACTIVE means in force: recorded active and not past its end date (R13).',
    }),
    expired: t.boolean({ description: 'true: past its end date; false: not (R13).' }),
    signedFrom: t.int(),
    signedTo: t.int(),
  }),
});
const AgreementOrder = orderInput(
  'Agreement',
  { SIGNED_YEAR: 'signedYear', PARTNER_CITY: 'partnerCity.name', VALID_UNTIL: 'validUntil' },
  'Order of agreements.',
);

builder.queryFields((t) => ({
  partnerCities: t.connection({
    type: PartnerCityRef,
    args: {
      filter: t.arg({ type: PartnerCityFilter }),
      orderBy: t.arg({ type: PartnerCityOrder }),
      ...includeArchivedArg(t.arg),
    },
    resolve: (_root, args, ctx) => {
      const f = args.filter;
      const agreement = allOf(
        oneOf('type', f?.agreementTypes),
        statusIn(f?.agreementStatuses),
        expiredIs(f?.expired),
        between('signedYear', f?.signedFrom, f?.signedTo),
      );
      const inName = textSearch(f?.search, ['name']);
      const where = allOf(
        inName && { $or: [inName, { agreements: { $some: textSearch(f?.search, ['text']) } }] },
        oneOf(
          'country',
          f?.countries?.map((c) => c.toUpperCase()),
        ),
        Object.keys(agreement).length > 0 && { agreements: { $some: agreement } },
      );
      return findPage(ctx.em, PartnerCity, args, where, args.orderBy, 'name');
    },
  }),
  agreements: t.connection({
    type: AgreementRef,
    args: {
      filter: t.arg({ type: AgreementFilter }),
      orderBy: t.arg({ type: AgreementOrder }),
      ...includeArchivedArg(t.arg),
    },
    resolve: (_root, args, ctx) => {
      const f = args.filter;
      const where = allOf(
        textSearch(f?.search, ['text', 'partnerCity.name']),
        f?.partnerCityId && { partnerCity: idOf(f.partnerCityId) },
        oneOf('type', f?.types),
        statusIn(f?.statuses),
        expiredIs(f?.expired),
        between('signedYear', f?.signedFrom, f?.signedTo),
      );
      return findPage(ctx.em, Agreement, args, where, args.orderBy, 'signedYear');
    },
  }),
}));

const PartnerCityInputType = builder.inputType('PartnerCityInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    country: t.string({ required: true, description: 'ISO 3166-1 alpha-2, e.g. DK.' }),
  }),
});

recordMutations<IPartnerCity, PartnerCityInput>({
  typeName: 'PartnerCity',
  ref: PartnerCityRef,
  entity: PartnerCity,
  input: PartnerCityInputType,
  schema: partnerCityInputSchema,
  description: 'a partner city',
  writers: 'admin',
  fields: async (value) => ({ data: value }),
  key: { from: (value) => value.name, fallback: 'stad' },
});

const AgreementInputType = builder.inputType('AgreementInput', {
  fields: (t) => ({
    partnerCityId: t.id({ required: true }),
    type: t.field({ type: AgreementTypeEnum, required: true }),
    signedYear: t.int(),
    text: t.string({ required: true }),
    cooperationAreas: t.stringList(),
    validUntil: t.field({ type: 'Date' }),
    status: t.field({ type: AgreementStatusEnum, required: true }),
    ...tagInputFields(t),
  }),
});

recordMutations<IAgreement, AgreementInput>({
  typeName: 'Agreement',
  ref: AgreementRef,
  entity: Agreement,
  input: AgreementInputType,
  schema: agreementInputSchema,
  description: 'an agreement with a partner city',
  writers: 'admin',
  fields: async (value, refs) => {
    const partnerCity = await refs.one(
      PartnerCity,
      'PartnerCity',
      value.partnerCityId,
      'partnerCityId',
    );
    const { partnerCityId: _city, ...plain } = value;
    return { data: { ...plain, partnerCity } };
  },
  key: {
    from: (value, { partnerCity }) =>
      `${(partnerCity as { key?: string } | null)?.key ?? ''} ${value.type} ${value.signedYear ?? ''}`,
    fallback: 'avtal',
  },
});
