import { z } from 'zod';
import {
  calendarYear,
  crossFieldRule,
  engagementTagsSchema,
  id,
  isBefore,
  isoDate,
  money,
  optionalText,
  requiredText,
} from './common';

/** One edition of a recurring profiling event (R10), e.g. MIPIM Cannes 2006. */
export const eventEditionInputSchema = z
  .object({
    seriesId: id,
    year: calendarYear,
    startsOn: isoDate,
    endsOn: isoDate,
    place: requiredText(200),
  })
  .refine(
    (e) => !isBefore(e.endsOn, e.startsOn),
    crossFieldRule('END_BEFORE_START', 'endsOn', ['startsOn', 'endsOn']),
  )
  .refine(
    (e) => Number(e.startsOn.slice(0, 4)) === e.year,
    crossFieldRule('START_OUTSIDE_YEAR', 'startsOn', ['startsOn', 'year']),
  );

/** A unit's participation in an event edition (R10): purpose, cost, contacts and outcome. */
export const participationInputSchema = z.object({
  editionId: id,
  unitId: id,
  delegates: z.number().int().min(1).max(500),
  purpose: requiredText(1000),
  costSek: money,
  contactsGained: z.number().int().min(0).max(10_000),
  outcome: optionalText(5000),
  ...engagementTagsSchema.shape,
});
