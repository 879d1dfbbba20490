import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  labels,
  ORGANISATION_KINDS,
  REGION_FOCUSES,
  UNIT_KINDS,
} from '@malmo/domain';
import { builder } from '../builder';

/** A GraphQL enum over a domain enum: SCREAMING_CASE names, the domain's values inside. */
function domainEnum<const V extends string>(
  name: string,
  values: readonly V[],
  english: Record<V, string>,
  description: string,
) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      values.map((value) => [value.toUpperCase(), { value, description: english[value] }]),
    ) as Record<Uppercase<V>, { value: V; description: string }>,
  });
}

export const UnitKindEnum = domainEnum(
  'UnitKind',
  UNIT_KINDS,
  labels.en.unitKind,
  'Kind of organisational unit of the city.',
);
export const OrganisationKindEnum = domainEnum(
  'OrganisationKind',
  ORGANISATION_KINDS,
  labels.en.organisationKind,
  'Kind of external organisation or network.',
);
export const RegionFocusEnum = domainEnum(
  'RegionFocus',
  REGION_FOCUSES,
  labels.en.regionFocus,
  'Geographic focus.',
);
export const AgreementTypeEnum = domainEnum(
  'AgreementType',
  AGREEMENT_TYPES,
  labels.en.agreementType,
  'Type of agreement with a partner city.',
);
export const AgreementStatusEnum = domainEnum(
  'AgreementStatus',
  AGREEMENT_STATUSES,
  labels.en.agreementStatus,
  'Status of a partner-city relationship (R13).',
);
