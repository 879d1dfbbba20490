import { z } from 'zod';
import { id, isoDate, money, optionalId, optionalText } from './common';

/** A score on one of the four criteria of R8, 1 (poor) – 5 (excellent). */
export const criterionScoreSchema = z.number().int().min(1).max(5);

/** A dated assessment of one membership on the four criteria of R8, with its cost. */
export const assessmentInputSchema = z.object({
  membershipId: id,
  assessedOn: isoDate,
  assessorId: optionalId,
  scores: z.object({
    exchangeQuality: criterionScoreSchema,
    influence: criterionScoreSchema,
    participation: criterionScoreSchema,
    informationUse: criterionScoreSchema,
  }),
  feeSek: money,
  staffHours: z.number().int().min(0).max(100_000),
  comment: optionalText(5000),
});
