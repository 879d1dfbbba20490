import { z } from 'zod';

/** Kinds of organisational unit of the city (förvaltning, kontor, SDF, nämnd/styrelse …). */
export const UNIT_KINDS = [
  'administration',
  'office',
  'district',
  'board',
  'department',
  'company',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const unitKindSchema = z.enum(UNIT_KINDS);

/** Kinds of external organisation or network Malmö takes part in. */
export const ORGANISATION_KINDS = [
  'international_organisation',
  'brussels_network',
  'regional_actor',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const organisationKindSchema = z.enum(ORGANISATION_KINDS);

/** The geographic focus of an organisation. */
export const REGION_FOCUSES = ['baltic', 'europe', 'global', 'oresund_south_sweden'] as const;
export type RegionFocus = (typeof REGION_FOCUSES)[number];
export const regionFocusSchema = z.enum(REGION_FOCUSES);

/**
 * Agreement types with partner cities: Vänortsavtal, Fadderortsavtal, Samarbetsavtal,
 * Överenskommelse; `unspecified` when the source does not state the type; `none` for no agreement.
 */
export const AGREEMENT_TYPES = [
  'twin_town',
  'sponsor_town',
  'cooperation',
  'memorandum',
  'unspecified',
  'none',
] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];
export const agreementTypeSchema = z.enum(AGREEMENT_TYPES);

/** Status of a partner-city relationship (R13). */
export const AGREEMENT_STATUSES = [
  'active',
  'expired_contacts_kept',
  'no_agreement_contacts_kept',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const agreementStatusSchema = z.enum(AGREEMENT_STATUSES);

/** The three orientations of all international work (R1). */
export const ORIENTATIONS = [
  'operational_development',
  'strategic_influence',
  'profiling',
] as const;
export type Orientation = (typeof ORIENTATIONS)[number];
export const orientationSchema = z.enum(ORIENTATIONS);

/** The five priority areas of "Välfärd för alla – det dubbla åtagandet" (R1). */
export const PRIORITY_AREAS = ['work', 'housing', 'growth', 'safety', 'education'] as const;
export type PriorityArea = (typeof PRIORITY_AREAS)[number];
export const priorityAreaSchema = z.enum(PRIORITY_AREAS);

/** Every enum, by group name; the groups are the ones `labels` covers. */
export const ENUM_VALUES = {
  unitKind: UNIT_KINDS,
  organisationKind: ORGANISATION_KINDS,
  regionFocus: REGION_FOCUSES,
  agreementType: AGREEMENT_TYPES,
  agreementStatus: AGREEMENT_STATUSES,
  orientation: ORIENTATIONS,
  priorityArea: PRIORITY_AREAS,
} as const;
export type EnumGroup = keyof typeof ENUM_VALUES;
export type EnumValue<G extends EnumGroup> = (typeof ENUM_VALUES)[G][number];
export const ENUM_GROUPS = Object.keys(ENUM_VALUES) as EnumGroup[];
