import { describe, expect, it } from 'vitest';
import type { AgreementStatus } from '../enums';
import { testFacts } from '../obligations/test-facts';
import { agreementExpiryObligations } from './r13-agreement-expiry';

const agreement = (
  id: number,
  validUntil: string | null,
  more: { status?: AgreementStatus; signedYear?: number | null; partnerCityId?: number } = {},
) => ({
  id,
  partnerCityId: more.partnerCityId ?? 13,
  status: more.status ?? 'active',
  signedYear: more.signedYear === undefined ? 2003 : more.signedYear,
  validUntil,
});

describe('R13 an expiring agreement needs a decision', () => {
  it('R13: the duty appears six months before the end and is overdue the day after it', () => {
    const agreements = [agreement(1, '2006-12-31')];
    const on = (asOf: string) => agreementExpiryObligations(testFacts({ asOf, agreements }));
    expect(on('2006-06-29')).toEqual([]);
    expect(on('2006-06-30')).toMatchObject([
      {
        key: 'agreement_expiry:agreement:1',
        kind: 'agreement_expiry',
        rule: 'R13',
        subject: 'agreement',
        ownerUnitId: 1,
        dueOn: '2006-12-31',
        year: 2006,
        state: 'due',
      },
    ]);
    expect(on('2006-12-31')[0]?.state).toBe('due');
    expect(on('2007-01-01')[0]?.state).toBe('overdue');
  });

  it('R13: six months before 31 August is 28 February (month-end clamp)', () => {
    const agreements = [agreement(1, '2007-08-31')];
    expect(agreementExpiryObligations(testFacts({ asOf: '2007-02-27', agreements }))).toEqual([]);
    expect(agreementExpiryObligations(testFacts({ asOf: '2007-02-28', agreements }))).toHaveLength(
      1,
    );
  });

  it('R13: a recorded decision fulfils it from the end date, or from asOf while still ahead', () => {
    const expired = [agreement(1, '2006-12-31', { status: 'expired_contacts_kept' })];
    expect(
      agreementExpiryObligations(testFacts({ asOf: '2007-06-15', agreements: expired })),
    ).toMatchObject([{ state: 'fulfilled', fulfilledOn: '2006-12-31' }]);
    expect(
      agreementExpiryObligations(testFacts({ asOf: '2006-10-01', agreements: expired })),
    ).toMatchObject([{ state: 'fulfilled', fulfilledOn: '2006-10-01' }]);
  });

  it('R13: a new agreement with the same city in or after the expiry year renews it', () => {
    const agreements = [
      agreement(1, '2006-12-31'),
      agreement(2, null, { signedYear: 2007 }),
      agreement(3, null, { signedYear: 2008, partnerCityId: 99 }),
    ];
    expect(agreementExpiryObligations(testFacts({ asOf: '2007-06-15', agreements }))).toMatchObject(
      [{ subjectId: 1, state: 'fulfilled', fulfilledOn: '2007-01-01' }],
    );
    // Signed in 2007 does not count while the ledger is read in 2006.
    expect(agreementExpiryObligations(testFacts({ asOf: '2006-12-01', agreements }))).toMatchObject(
      [{ subjectId: 1, state: 'due', fulfilledOn: null }],
    );
  });

  it('R13: an older agreement with the city is no renewal; no end date means no duty', () => {
    const agreements = [agreement(1, '2006-12-31'), agreement(2, null, { signedYear: 1995 })];
    expect(agreementExpiryObligations(testFacts({ asOf: '2007-06-15', agreements }))).toMatchObject(
      [{ subjectId: 1, state: 'overdue' }],
    );
  });
});
