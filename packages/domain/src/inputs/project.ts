import { z } from 'zod';
import { projectStateSchema, supportKindSchema, supportStateSchema } from '../enum-schemas';
import {
  crossFieldRule,
  engagementTagsSchema,
  id,
  isBefore,
  isoDate,
  optionalDate,
  optionalId,
  optionalMoney,
  optionalText,
  requiredText,
} from './common';

/** A project partner: a known partner city, a known organisation, or just a name – exactly one. */
export const projectPartnerInputSchema = z
  .object({
    partnerCityId: optionalId,
    organisationId: optionalId,
    name: optionalText(300),
  })
  .refine(
    (partner) =>
      [partner.partnerCityId, partner.organisationId, partner.name].filter((v) => v !== null)
        .length === 1,
    crossFieldRule('PARTNER_EXACTLY_ONE', null, ['partnerCityId', 'organisationId', 'name']),
  );

/** Is `amount` more than `limit`, both set? */
function exceeds(amount: number | null, limit: number | null): boolean {
  return amount !== null && limit !== null && amount > limit;
}

/** A transnational project (R4): owner unit, partners, tags, money, the benefit analysis, dates. */
export const projectInputSchema = z
  .object({
    title: requiredText(300),
    ownerUnitId: id,
    programme: optionalText(200),
    partners: z.array(projectPartnerInputSchema).default([]),
    ...engagementTagsSchema.shape,
    budgetSek: optionalMoney,
    ownContributionSek: optionalMoney,
    euFundingSoughtSek: optionalMoney,
    euFundingGrantedSek: optionalMoney,
    benefit: optionalText(5000),
    resources: optionalText(5000),
    longTermEffects: optionalText(5000),
    applicationDeadline: optionalDate,
    startOn: optionalDate,
    endOn: optionalDate,
  })
  .refine(
    (p) => !isBefore(p.endOn, p.startOn),
    crossFieldRule('END_BEFORE_START', 'endOn', ['startOn', 'endOn']),
  )
  .refine(
    (p) => !exceeds(p.ownContributionSek, p.budgetSek),
    crossFieldRule('OWN_CONTRIBUTION_OVER_BUDGET', 'ownContributionSek', [
      'ownContributionSek',
      'budgetSek',
    ]),
  )
  .refine(
    (p) => !exceeds(p.euFundingSoughtSek, p.budgetSek),
    crossFieldRule('EU_FUNDING_SOUGHT_OVER_BUDGET', 'euFundingSoughtSek', [
      'euFundingSoughtSek',
      'budgetSek',
    ]),
  )
  .refine(
    (p) => !exceeds(p.euFundingGrantedSek, p.euFundingSoughtSek),
    crossFieldRule('EU_FUNDING_GRANTED_OVER_SOUGHT', 'euFundingGrantedSek', [
      'euFundingGrantedSek',
      'euFundingSoughtSek',
    ]),
  );

/** Moves a project along its lifecycle; the API checks that the step is allowed. */
export const projectTransitionInputSchema = z.object({
  projectId: id,
  to: projectStateSchema,
  on: isoDate,
});

/** A unit asks Stadskontoret for support with a project (R6). */
export const supportRequestInputSchema = z.object({
  projectId: id,
  kind: supportKindSchema,
  requestedOn: isoDate,
  note: optionalText(2000),
});

/** Moves a support request along (requested → in progress → done | declined). */
export const supportRequestTransitionInputSchema = z.object({
  supportRequestId: id,
  to: supportStateSchema,
  on: isoDate,
});
