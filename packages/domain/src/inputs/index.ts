import type { z } from 'zod';
import type { assessmentInputSchema } from './assessment';
import type { engagementTagsSchema } from './common';
import type { eventEditionInputSchema, participationInputSchema } from './event';
import type { meetingInputSchema, meetingReportInputSchema } from './meeting';
import type { engagementTagsInputSchema, waiveObligationInputSchema } from './obligation';
import type { operationalPlanInputSchema, planPrioritySchema } from './plan';
import type {
  projectInputSchema,
  projectPartnerInputSchema,
  projectTransitionInputSchema,
  supportRequestInputSchema,
  supportRequestTransitionInputSchema,
} from './project';
import type {
  agreementInputSchema,
  euNetworkContactInputSchema,
  eventSeriesInputSchema,
  forumInputSchema,
  membershipInputSchema,
  organisationInputSchema,
  partnerCityInputSchema,
  personInputSchema,
  seatInputSchema,
  unitInputSchema,
} from './registry';
import type { secondmentInputSchema } from './secondment';
import type { legislationWatchInputSchema, trainingSessionInputSchema } from './watch';

export * from './assessment';
export * from './common';
export * from './event';
export * from './meeting';
export * from './obligation';
export * from './plan';
export * from './project';
export * from './registry';
export * from './secondment';
export * from './watch';

export type EngagementTags = z.infer<typeof engagementTagsSchema>;
export type OperationalPlanInput = z.infer<typeof operationalPlanInputSchema>;
export type PlanPriorityInput = z.infer<typeof planPrioritySchema>;
export type ProjectInput = z.infer<typeof projectInputSchema>;
export type ProjectPartnerInput = z.infer<typeof projectPartnerInputSchema>;
export type ProjectTransitionInput = z.infer<typeof projectTransitionInputSchema>;
export type SupportRequestInput = z.infer<typeof supportRequestInputSchema>;
export type SupportRequestTransitionInput = z.infer<typeof supportRequestTransitionInputSchema>;
export type MeetingInput = z.infer<typeof meetingInputSchema>;
export type MeetingReportInput = z.infer<typeof meetingReportInputSchema>;
export type SecondmentInput = z.infer<typeof secondmentInputSchema>;
export type AssessmentInput = z.infer<typeof assessmentInputSchema>;
export type EventEditionInput = z.infer<typeof eventEditionInputSchema>;
export type ParticipationInput = z.infer<typeof participationInputSchema>;
export type LegislationWatchInput = z.infer<typeof legislationWatchInputSchema>;
export type TrainingSessionInput = z.infer<typeof trainingSessionInputSchema>;
export type WaiveObligationInput = z.infer<typeof waiveObligationInputSchema>;
export type EngagementTagsInput = z.infer<typeof engagementTagsInputSchema>;
export type UnitInput = z.infer<typeof unitInputSchema>;
export type PersonInput = z.infer<typeof personInputSchema>;
export type EuNetworkContactInput = z.infer<typeof euNetworkContactInputSchema>;
export type OrganisationInput = z.infer<typeof organisationInputSchema>;
export type MembershipInput = z.infer<typeof membershipInputSchema>;
export type ForumInput = z.infer<typeof forumInputSchema>;
export type SeatInput = z.infer<typeof seatInputSchema>;
export type PartnerCityInput = z.infer<typeof partnerCityInputSchema>;
export type AgreementInput = z.infer<typeof agreementInputSchema>;
export type EventSeriesInput = z.infer<typeof eventSeriesInputSchema>;
