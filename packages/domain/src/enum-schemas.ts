import { z } from 'zod';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  LEGISLATION_STATUSES,
  OBLIGATION_KINDS,
  OBLIGATION_STATES,
  ORGANISATION_KINDS,
  ORIENTATIONS,
  PRIORITY_AREAS,
  PRIORITY_TARGET_KINDS,
  PROJECT_STATES,
  REGION_FOCUSES,
  ROLES,
  SECONDMENT_PURPOSES,
  SUPPORT_KINDS,
  SUPPORT_STATES,
  THEMES,
  TRAINING_TOPICS,
  UNIT_KINDS,
} from './enums';

// The enums as zod schemas, for the input schemas; apart from the values, which need no zod.
export const unitKindSchema = z.enum(UNIT_KINDS);
export const organisationKindSchema = z.enum(ORGANISATION_KINDS);
export const regionFocusSchema = z.enum(REGION_FOCUSES);
export const agreementTypeSchema = z.enum(AGREEMENT_TYPES);
export const agreementStatusSchema = z.enum(AGREEMENT_STATUSES);
export const orientationSchema = z.enum(ORIENTATIONS);
export const priorityAreaSchema = z.enum(PRIORITY_AREAS);
export const projectStateSchema = z.enum(PROJECT_STATES);
export const supportKindSchema = z.enum(SUPPORT_KINDS);
export const supportStateSchema = z.enum(SUPPORT_STATES);
export const secondmentPurposeSchema = z.enum(SECONDMENT_PURPOSES);
export const legislationStatusSchema = z.enum(LEGISLATION_STATUSES);
export const trainingTopicSchema = z.enum(TRAINING_TOPICS);
export const priorityTargetKindSchema = z.enum(PRIORITY_TARGET_KINDS);
export const obligationKindSchema = z.enum(OBLIGATION_KINDS);
export const obligationStateSchema = z.enum(OBLIGATION_STATES);
export const themeSchema = z.enum(THEMES);
export const roleSchema = z.enum(ROLES);
