import { z } from 'zod';
import { priorityTargetKindSchema } from '../enum-schemas';
import { calendarYear, id, optionalDate, ownIssue, requiredText } from './common';

/** One international priority of an operational plan (R5): what, why, and whether EU funding is sought. */
export const planPrioritySchema = z.object({
  targetKind: priorityTargetKindSchema,
  targetId: id,
  reason: requiredText(2000),
  euFundingSought: z.boolean().default(false),
});

/** A unit's operational plan for a year (R5); the same target may not be prioritised twice. */
export const operationalPlanInputSchema = z.object({
  unitId: id,
  year: calendarYear,
  adoptedOn: optionalDate,
  priorities: z.array(planPrioritySchema).superRefine((priorities, ctx) => {
    const seen = new Set<string>();
    priorities.forEach((priority, index) => {
      const key = `${priority.targetKind}\u0000${priority.targetId}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'targetId'],
          ...ownIssue('DUPLICATE_PRIORITY'),
        });
      }
      seen.add(key);
    });
  }),
});
