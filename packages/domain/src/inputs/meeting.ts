import { z } from 'zod';
import {
  crossFieldRule,
  id,
  idList,
  isoDate,
  optionalId,
  optionalText,
  requiredText,
} from './common';

/** A meeting in a forum, with an organisation or with a partner city (R7) – exactly one of them. */
export const meetingInputSchema = z
  .object({
    forumId: optionalId,
    organisationId: optionalId,
    partnerCityId: optionalId,
    unitId: id,
    date: isoDate,
    place: requiredText(200),
    attendeeIds: idList,
    attendeeNote: optionalText(500),
  })
  .refine(
    (m) => [m.forumId, m.organisationId, m.partnerCityId].filter((v) => v !== null).length === 1,
    crossFieldRule('MEETING_COUNTERPART_EXACTLY_ONE', 'forumId', [
      'forumId',
      'organisationId',
      'partnerCityId',
    ]),
  );

/** The report back to the coordinator at Stadskontoret after a meeting (R7). */
export const meetingReportInputSchema = z.object({
  meetingId: id,
  submittedOn: isoDate,
  summary: requiredText(5000),
  followUps: optionalText(5000),
});
