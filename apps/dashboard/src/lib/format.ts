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

const sekFormats = new Map<Locale, Intl.NumberFormat>();
const decimalFormats = new Map<string, Intl.NumberFormat>();

/** An amount in whole kronor, "1 250 000 kr" (sv) or "SEK 1,250,000" (en); '–' when unknown. */
export function formatSek(value: number | null | undefined, locale: Locale): string {
  if (value == null) return '–';
  let format = sekFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
      style: 'currency',
      currency: 'SEK',
      maximumFractionDigits: 0,
    });
    sekFormats.set(locale, format);
  }
  return format.format(value);
}

/** A number with at most `digits` decimals in the reader's convention; '–' when unknown. */
export function formatDecimal(
  value: number | null | undefined,
  locale: Locale,
  digits = 1,
): string {
  if (value == null) return '–';
  const key = `${locale}:${digits}`;
  let format = decimalFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
      maximumFractionDigits: digits,
    });
    decimalFormats.set(key, format);
  }
  return format.format(value);
}

/** A whole amount without its unit, for table cells whose header names it ("Budget (kr)"). */
export function formatAmount(value: number | null | undefined, locale: Locale): string {
  return formatDecimal(value == null ? value : Math.round(value), locale, 0);
}
