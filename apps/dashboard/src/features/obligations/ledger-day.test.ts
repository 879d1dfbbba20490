import { describe, expect, it } from 'vitest';
import { ledgerDay, workingDay } from './ledger-day';

const demo = { today: '2026-11-24', demoAsOf: '2008-10-15' };
const plain = { today: '2026-11-24', demoAsOf: null };

describe('the ledger’s day', () => {
  it('is the demo day when the registry holds demo activity', () => {
    expect(ledgerDay(demo, undefined)).toEqual({ asOf: '2008-10-15', reason: 'demo' });
    expect(workingDay(demo)).toBe('2008-10-15');
  });

  it('is today without demo activity', () => {
    expect(ledgerDay(plain, undefined)).toEqual({ asOf: '2026-11-24', reason: 'today' });
    expect(workingDay(plain)).toBe('2026-11-24');
  });

  it('is the day the reader chose, whatever the registry holds', () => {
    expect(ledgerDay(demo, '2026-11-24')).toEqual({ asOf: '2026-11-24', reason: 'chosen' });
    expect(ledgerDay(plain, '2007-06-30')).toEqual({ asOf: '2007-06-30', reason: 'chosen' });
  });

  it('treats the default day, picked, as the default', () => {
    expect(ledgerDay(demo, '2008-10-15')).toEqual({ asOf: '2008-10-15', reason: 'demo' });
    expect(ledgerDay(plain, '2026-11-24')).toEqual({ asOf: '2026-11-24', reason: 'today' });
  });
});
