import { type Locale, parseInput, waiveObligationInputSchema } from '@malmo/domain';
import { fieldMap } from '../../lib/mutation-result';

export interface WaiverDraft {
  obligationKey: string;
  reason: string;
  /** The ledger's day: the waiver is recorded as of the day the reader is looking at. */
  waivedOn: string;
}

/**
 * Checks a waiver in the browser with the domain's schema – the one the API validates with – so
 * the reader sees the same message at once, without a round trip.
 */
export function checkWaiver(
  draft: WaiverDraft,
  locale: Locale,
): { ok: true; input: WaiverDraft } | { ok: false; fields: Record<string, string> } {
  const result = parseInput(waiveObligationInputSchema, draft, locale);
  if (!result.ok) return { ok: false, fields: fieldMap(result.errors) };
  return {
    ok: true,
    input: {
      obligationKey: result.value.obligationKey,
      reason: result.value.reason,
      waivedOn: result.value.waivedOn ?? draft.waivedOn,
    },
  };
}

/** The waiver in force (not revoked) among an obligation's waivers, newest first from the API. */
export function waiverInForce<W extends { revokedOn: string | null }>(waivers: readonly W[]) {
  return waivers.find((w) => w.revokedOn === null) ?? null;
}
