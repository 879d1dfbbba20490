import { z } from 'zod';
import { engagementTagsSchema, id, optionalDate, ownIssue } from './common';

/** The shape of an obligation key: `kind:subject:number`, optionally `:date`. */
export const OBLIGATION_KEY_PATTERN = /^[a-z_]+:[a-z_]+:\d+(:[0-9-]+)*$/;

/** Waives one duty of the obligations ledger, with a stated reason. */
export const waiveObligationInputSchema = z.object({
  obligationKey: z.string().trim().min(1).max(200).regex(OBLIGATION_KEY_PATTERN),
  reason: z
    .string()
    .trim()
    .refine((reason) => reason.length >= 10, ownIssue('WAIVER_REASON_TOO_SHORT'))
    .max(1000),
  waivedOn: optionalDate,
});

/** Sets the tags (R1, R3) of a membership, forum seat, agreement or forum. */
export const engagementTagsInputSchema = z.object({
  id,
  ...engagementTagsSchema.shape,
});
