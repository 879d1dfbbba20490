import { z } from 'zod';
import { secondmentPurposeSchema } from '../enum-schemas';
import {
  crossFieldRule,
  isBefore,
  isoDate,
  optionalDate,
  optionalId,
  optionalText,
} from './common';

/**
 * A stay at the Brussels office (R11): by a person from a city unit, or by an external
 * organisation (Malmö högskola, Lunds kommun …) on its own terms – exactly one of the two.
 */
export const secondmentInputSchema = z
  .object({
    personId: optionalId,
    unitId: optionalId,
    externalOrganisation: optionalText(200),
    externalTerms: optionalText(2000),
    startOn: isoDate,
    endOn: optionalDate,
    purpose: secondmentPurposeSchema,
    reportSubmittedOn: optionalDate,
  })
  .refine(
    (s) => (s.unitId === null) !== (s.externalOrganisation === null),
    crossFieldRule('SECONDMENT_HOST_EXACTLY_ONE', 'unitId', ['unitId', 'externalOrganisation']),
  )
  .refine(
    (s) => s.unitId === null || s.personId !== null,
    crossFieldRule('SECONDMENT_PERSON_REQUIRED', 'personId', ['personId', 'unitId']),
  )
  .refine(
    (s) => !isBefore(s.endOn, s.startOn),
    crossFieldRule('END_BEFORE_START', 'endOn', ['startOn', 'endOn']),
  )
  .refine(
    (s) => s.reportSubmittedOn === null || s.endOn !== null,
    crossFieldRule('REPORT_WITHOUT_END', 'reportSubmittedOn', ['reportSubmittedOn', 'endOn']),
  )
  .refine(
    (s) => !isBefore(s.reportSubmittedOn, s.endOn),
    crossFieldRule('REPORT_BEFORE_END', 'reportSubmittedOn', ['reportSubmittedOn', 'endOn']),
  );
