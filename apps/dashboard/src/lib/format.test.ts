import { describe, expect, it } from 'vitest';
import { formatAmount, formatDecimal, formatSek, yearSpan } from './format';

// Intl separates groups with a no-break space in Swedish; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting', () => {
  it('writes kronor without decimals, in each language', () => {
    expect(plain(formatSek(1_250_000, 'sv'))).toBe('1 250 000 kr');
    expect(plain(formatSek(1_250_000, 'en'))).toBe('SEK 1,250,000');
    expect(plain(formatSek(1234.6, 'sv'))).toBe('1 235 kr');
    expect(formatSek(null, 'sv')).toBe('–');
    expect(plain(formatSek(0, 'en'))).toBe('SEK 0');
  });

  it('writes decimals with the reader’s decimal sign', () => {
    expect(formatDecimal(72.25, 'sv')).toBe('72,3');
    expect(formatDecimal(72.25, 'en')).toBe('72.3');
    expect(formatDecimal(5, 'sv')).toBe('5');
    expect(formatDecimal(undefined, 'en')).toBe('–');
  });

  it('writes a bare amount for a column whose header names the unit', () => {
    expect(plain(formatAmount(3_170_000, 'sv'))).toBe('3 170 000');
    expect(formatAmount(3_170_000.4, 'en')).toBe('3,170,000');
    expect(formatAmount(null, 'sv')).toBe('–');
  });

  it('spans years', () => {
    expect(yearSpan(2003, 2006)).toBe('2003–2006');
    expect(yearSpan(2006, 2006)).toBe('2006');
    expect(yearSpan(null, null)).toBe('');
  });
});
