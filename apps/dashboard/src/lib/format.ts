import type { Locale } from '@malmo/domain';

const regionNames = new Map<Locale, Intl.DisplayNames>();

/** A country's name from its ISO 3166-1 alpha-2 code, in the reader's language. */
export function countryName(code: string, locale: Locale): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region' });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "2003–2006", "2003–", "–2006" or "" for a span of years. */
export function yearSpan(from: number | null | undefined, to: number | null | undefined): string {
  if (from == null && to == null) return '';
  if (from != null && to != null && from === to) return String(from);
  return `${from ?? ''}–${to ?? ''}`;
}
