import { describe, expect, it } from 'vitest';
import { checkWaiver, waiverInForce } from './waiver';

const key = 'meeting_report:meeting:12';

describe('a waiver checked in the browser', () => {
  it('refuses a short reason with the API’s own message, at the reason', () => {
    expect(
      checkWaiver({ obligationKey: key, reason: ' För kort ', waivedOn: '2008-10-15' }, 'sv'),
    ).toEqual({
      ok: false,
      fields: { reason: 'Skriv skälet till undantaget (minst 10 tecken).' },
    });
    expect(checkWaiver({ obligationKey: key, reason: '', waivedOn: '2008-10-15' }, 'en')).toEqual({
      ok: false,
      fields: { reason: 'Give the reason for the waiver (at least 10 characters).' },
    });
  });

  it('passes a proper reason, trimmed, dated by the ledger’s day', () => {
    expect(
      checkWaiver(
        { obligationKey: key, reason: '  Forumet lades ned 2008.  ', waivedOn: '2008-10-15' },
        'sv',
      ),
    ).toEqual({
      ok: true,
      input: { obligationKey: key, reason: 'Forumet lades ned 2008.', waivedOn: '2008-10-15' },
    });
  });

  it('refuses a key that is not a ledger key', () => {
    const result = checkWaiver(
      { obligationKey: 'DROP TABLE', reason: 'Ett fullgott skäl.', waivedOn: '2008-10-15' },
      'sv',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fields)).toEqual(['obligationKey']);
  });

  it('finds the waiver in force among an obligation’s waivers', () => {
    const older = { id: '1', revokedOn: '2008-03-01' };
    const current = { id: '2', revokedOn: null };
    expect(waiverInForce([current, older])).toBe(current);
    expect(waiverInForce([older])).toBeNull();
    expect(waiverInForce([])).toBeNull();
  });
});
