import { describe, expect, it } from 'vitest';
import { reportDue } from './SecondmentsTable';

describe('R11: the report after a secondment', () => {
  it('is due one calendar month after the return', () => {
    expect(reportDue({ endOn: '2007-12-20' })).toBe('2008-01-20');
    expect(reportDue({ endOn: '2008-01-31' })).toBe('2008-02-29');
  });

  it('is not due before the end is known', () => {
    expect(reportDue({ endOn: null })).toBeNull();
  });
});
