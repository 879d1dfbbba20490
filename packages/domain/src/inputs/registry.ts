import { z } from 'zod';
import {
  agreementStatusSchema,
  agreementTypeSchema,
  organisationKindSchema,
  regionFocusSchema,
  unitKindSchema,
} from '../enum-schemas';
import {
  crossFieldRule,
  engagementTagsSchema,
  id,
  optionalDate,
  optionalId,
  optionalMoney,
  optionalText,
  ownIssue,
  requiredText,
} from './common';

/**
 * The registry's own records, kept by administrators: units, people, the EU network, organisations
 * (including regional partners and Brussels networks), memberships, forums and seats, partner
 * cities and their agreements, and the event series. Keys are not part of the input: the API
 * makes a stable one from the name on create and never changes it.
 */

/** A year in the registry's history (memberships go back before the strategy). */
const registryYear = z.number().int().min(1900).max(2100);
const optionalYear = registryYear.nullish().transform((value) => value ?? null);

/** True when both years are set and `later` is before `earlier`. */
const yearBefore = (later: number | null, earlier: number | null) =>
  later !== null && earlier !== null && later < earlier;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An optional e-mail address, lower-cased; blank becomes null. */
const optionalEmail = z
  .string()
  .trim()
  .max(320)
  .refine((value) => value === '' || EMAIL.test(value), ownIssue('INVALID_EMAIL'))
  .nullish()
  .transform((value) => (value ? value.toLowerCase() : null));

export const unitInputSchema = z.object({
  name: requiredText(200),
  kind: unitKindSchema,
  parentId: optionalId,
  active: z.boolean().default(true),
});

export const personInputSchema = z.object({
  name: requiredText(200),
  email: optionalEmail,
  unitId: optionalId,
  active: z.boolean().default(true),
  leftOn: optionalDate,
});

/** A unit's contact person in Malmö stads EU-nätverk for one year. */
export const euNetworkContactInputSchema = z.object({
  unitId: id,
  personId: id,
  year: registryYear,
  listedAs: requiredText(200),
});

/** An organisation, a Brussels network or a regional partner (by its kind). */
export const organisationInputSchema = z.object({
  name: requiredText(200),
  abbreviation: optionalText(40),
  kind: organisationKindSchema,
  regionFocus: regionFocusSchema,
});

export const membershipInputSchema = z
  .object({
    organisationId: id,
    since: optionalYear,
    ownerUnitId: optionalId,
    endedYear: optionalYear,
    annualFee: optionalMoney,
    staffHoursPerYear: z
      .number()
      .int()
      .min(0)
      .max(100_000)
      .nullish()
      .transform((value) => value ?? null),
    ...engagementTagsSchema.shape,
  })
  .refine(
    (m) => !yearBefore(m.endedYear, m.since),
    crossFieldRule('ENDED_BEFORE_SINCE', 'endedYear', ['since', 'endedYear']),
  );

export const forumInputSchema = z.object({
  name: requiredText(200),
  organisationId: id,
  parentId: optionalId,
  ...engagementTagsSchema.shape,
});

/**
 * Malmö's seat in a forum: held by a unit, a person and/or a project, or by nobody. A vacant seat
 * (its holder gone) is a record the registry keeps: R7 makes filling it a duty.
 */
export const seatInputSchema = z
  .object({
    forumId: id,
    unitId: optionalId,
    personId: optionalId,
    projectId: optionalId,
    fromYear: optionalYear,
    toYear: optionalYear,
    listedAs: optionalText(300),
    ...engagementTagsSchema.shape,
  })
  .refine(
    (s) => !yearBefore(s.toYear, s.fromYear),
    crossFieldRule('TO_YEAR_BEFORE_FROM_YEAR', 'toYear', ['fromYear', 'toYear']),
  );

export const partnerCityInputSchema = z.object({
  name: requiredText(200),
  /** ISO 3166-1 alpha-2, stored upper-case. */
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((value) => /^[A-Z]{2}$/.test(value), ownIssue('INVALID_COUNTRY')),
});

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** An agreement with a partner city, or the record that there is none (R13). */
export const agreementInputSchema = z
  .object({
    partnerCityId: id,
    type: agreementTypeSchema,
    signedYear: optionalYear,
    text: requiredText(5000),
    cooperationAreas: z.array(requiredText(200)).overwrite(unique).default([]),
    validUntil: optionalDate,
    status: agreementStatusSchema,
    ...engagementTagsSchema.shape,
  })
  .refine(
    (a) =>
      a.validUntil === null ||
      a.signedYear === null ||
      Number(a.validUntil.slice(0, 4)) >= a.signedYear,
    crossFieldRule('VALID_UNTIL_BEFORE_SIGNED', 'validUntil', ['validUntil', 'signedYear']),
  );

/** A recurring profiling arena (R10); its editions are recorded one by one. */
export const eventSeriesInputSchema = z.object({
  name: requiredText(300),
  shortName: requiredText(100),
  place: optionalText(100),
  listedAs: optionalText(300),
});
