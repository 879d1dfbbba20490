import { describe, expect, it } from 'vitest';
import { isAgreementExpired, todayInMalmo } from './r13-agreement-expiry';

describe('R13 agreements expire', () => {
  it('R13: an agreement is in force up to and including its valid-until date', () => {
    const newcastle = { validUntil: '2006-12-31' };
    expect(isAgreementExpired(newcastle, '2006-06-01')).toBe(false);
    expect(isAgreementExpired(newcastle, '2006-12-31')).toBe(false);
    expect(isAgreementExpired(newcastle, '2007-01-01')).toBe(true);
  });

  it('R13: an agreement without an end date does not expire by itself', () => {
    expect(isAgreementExpired({ validUntil: null }, '2099-01-01')).toBe(false);
  });

  it("R13: 'today' is the date in Malmö, not in UTC", () => {
    // 23:30 UTC on New Year's Eve is already New Year's Day in Malmö.
    expect(todayInMalmo(new Date('2006-12-31T23:30:00Z'))).toBe('2007-01-01');
    expect(todayInMalmo(new Date('2006-12-31T12:00:00Z'))).toBe('2006-12-31');
  });
});
