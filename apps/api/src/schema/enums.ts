import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  LEGISLATION_STATUSES,
  labels,
  OBLIGATION_KINDS,
  OBLIGATION_STATES,
  ORGANISATION_KINDS,
  ORIENTATIONS,
  PRIORITY_AREAS,
  PRIORITY_TARGET_KINDS,
  PROJECT_STATES,
  REGION_FOCUSES,
  SECONDMENT_PURPOSES,
  SUPPORT_KINDS,
  SUPPORT_STATES,
  THEMES,
  TRAINING_TOPICS,
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
export const OrientationEnum = domainEnum(
  'Orientation',
  ORIENTATIONS,
  labels.en.orientation,
  'The three orientations of all international work (R1).',
);
export const PriorityAreaEnum = domainEnum(
  'PriorityArea',
  PRIORITY_AREAS,
  labels.en.priorityArea,
  'Priority areas of "Välfärd för alla" (R1).',
);
export const ThemeEnum = domainEnum(
  'Theme',
  THEMES,
  labels.en.theme,
  'The shared theme taxonomy (R3) for agreements, forums, memberships and projects.',
);
export const ProjectStateEnum = domainEnum(
  'ProjectState',
  PROJECT_STATES,
  labels.en.projectState,
  "A project's lifecycle.",
);
export const SupportKindEnum = domainEnum(
  'SupportKind',
  SUPPORT_KINDS,
  labels.en.supportKind,
  'What a unit asks Stadskontoret for (R6).',
);
export const SupportStateEnum = domainEnum(
  'SupportState',
  SUPPORT_STATES,
  labels.en.supportState,
  'State of a support request.',
);
export const SecondmentPurposeEnum = domainEnum(
  'SecondmentPurpose',
  SECONDMENT_PURPOSES,
  labels.en.secondmentPurpose,
  'Why someone stays at the Brussels office (R11).',
);
export const LegislationStatusEnum = domainEnum(
  'LegislationStatus',
  LEGISLATION_STATUSES,
  labels.en.legislationStatus,
  'Where an EU act or proposal stands (R9).',
);
export const TrainingTopicEnum = domainEnum(
  'TrainingTopic',
  TRAINING_TOPICS,
  labels.en.trainingTopic,
  "Stadskontoret's recurring training (R6).",
);
export const PriorityTargetKindEnum = domainEnum(
  'PriorityTargetKind',
  PRIORITY_TARGET_KINDS,
  labels.en.priorityTargetKind,
  "What an operational plan's priority points to (R5).",
);
export const ObligationKindEnum = domainEnum(
  'ObligationKind',
  OBLIGATION_KINDS,
  labels.en.obligationKind,
  'A duty the strategy imposes.',
);
export const ObligationStateEnum = domainEnum(
  'ObligationState',
  OBLIGATION_STATES,
  labels.en.obligationState,
  'The state of a duty on a given day.',
);
