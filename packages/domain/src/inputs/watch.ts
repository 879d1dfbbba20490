import { z } from 'zod';
import { legislationStatusSchema, trainingTopicSchema } from '../enum-schemas';
import {
  engagementTagsSchema,
  id,
  idList,
  isoDate,
  optionalDate,
  optionalText,
  requiredText,
} from './common';

/** An EU act or proposal that affects, or will affect, the city (R9). */
export const legislationWatchInputSchema = z.object({
  title: requiredText(300),
  reference: optionalText(100),
  status: legislationStatusSchema,
  ownerUnitId: id,
  affectedUnitIds: idList,
  priorityAreas: engagementTagsSchema.shape.priorityAreas,
  themes: engagementTagsSchema.shape.themes,
  analysis: optionalText(5000),
  nextReviewOn: optionalDate,
});

/** A session of Stadskontoret's training in EU project management or finance (R6). */
export const trainingSessionInputSchema = z.object({
  topic: trainingTopicSchema,
  title: requiredText(300),
  heldOn: isoDate,
  place: optionalText(200),
  participantIds: idList,
});
