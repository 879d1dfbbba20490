import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  isIsoDate,
  maxDate,
  minDate,
  yearOf,
} from './dates';

describe('R11 calendar arithmetic: one month after the return', () => {
  it('R11: one month after 31 January is the last day of February, leap years included', () => {
    expect(addMonths('2007-01-31', 1)).toBe('2007-02-28');
    expect(addMonths('2008-01-31', 1)).toBe('2008-02-29');
    expect(addMonths('2007-03-31', 1)).toBe('2007-04-30');
    expect(addMonths('2007-01-15', 1)).toBe('2007-02-15');
  });

  it('R11: months cross year ends both ways and clamp when going back', () => {
    expect(addMonths('2006-12-31', 1)).toBe('2007-01-31');
    expect(addMonths('2007-08-31', -6)).toBe('2007-02-28');
    expect(addMonths('2007-01-15', -1)).toBe('2006-12-15');
    expect(addMonths('2006-01-01', 24)).toBe('2008-01-01');
  });

  it('R11: days roll over month and year ends, also across daylight saving', () => {
    expect(addDays('2006-12-25', 14)).toBe('2007-01-08');
    expect(addDays('2008-02-28', 1)).toBe('2008-02-29');
    expect(addDays('2007-03-24', 2)).toBe('2007-03-26');
    expect(addDays('2007-03-01', -1)).toBe('2007-02-28');
    expect(daysBetween('2007-03-24', '2007-03-26')).toBe(2);
    expect(daysBetween('2007-01-01', '2006-12-31')).toBe(-1);
  });

  it('R11: compares, picks and validates ISO dates', () => {
    expect(compareDates('2007-01-31', '2007-02-01')).toBeLessThan(0);
    expect(compareDates('2007-02-01', '2007-02-01')).toBe(0);
    expect(minDate('2007-05-01', '2006-05-01')).toBe('2006-05-01');
    expect(maxDate('2007-05-01', '2006-05-01')).toBe('2007-05-01');
    expect(yearOf('2006-12-31')).toBe(2006);
    expect(isIsoDate('2008-02-29')).toBe(true);
    expect(isIsoDate('2007-02-29')).toBe(false);
    expect(isIsoDate('2007-1-5')).toBe(false);
    // Gregorian leap years: by 4, not by 100 unless by 400.
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2007-04-31')).toBe(false);
    expect(isIsoDate('2007-13-01')).toBe(false);
    expect(isIsoDate('2007-00-10')).toBe(false);
    expect(isIsoDate('2007-12-00')).toBe(false);
    expect(isIsoDate('2007-12-31')).toBe(true);
    expect(() => addDays('2007-02-30', 1)).toThrow(RangeError);
  });
});

describe('day arithmetic agrees with the calendar of `Date` (UTC)', () => {
  it('day by day from 1899-12-25 to 2101-01-05: addDays, daysBetween and isIsoDate', () => {
    const start = Date.UTC(1899, 11, 25);
    let previous = '1899-12-24';
    for (let n = 0; n < 73_300; n += 1) {
      const expected = new Date(start + n * 86_400_000).toISOString().slice(0, 10);
      expect(addDays(previous, 1)).toBe(expected);
      expect(isIsoDate(expected)).toBe(true);
      expect(daysBetween('1899-12-25', expected)).toBe(n);
      previous = expected;
    }
  });
});
