/** What the API says about the ledger's day (`ledgerSettings`). */
export interface LedgerSettings {
  today: string;
  demoAsOf: string | null;
}

/**
 * The day the obligations are read on, and why. Demo activity (2006–2008) is only meaningful on
 * the day it was generated for, so that day is the default whenever the registry holds it;
 * otherwise today. A day the reader picked (in the URL) wins; picking the default day is the
 * default.
 */
export function ledgerDay(
  settings: LedgerSettings,
  chosen: string | undefined,
): { asOf: string; reason: 'demo' | 'today' | 'chosen' } {
  const byDefault = workingDay(settings);
  if (chosen && chosen !== byDefault) return { asOf: chosen, reason: 'chosen' };
  return { asOf: byDefault, reason: settings.demoAsOf ? 'demo' : 'today' };
}

/** The day a new record is dated by default: the ledger's default day (see `ledgerDay`). */
export function workingDay(settings: LedgerSettings): string {
  return settings.demoAsOf ?? settings.today;
}
