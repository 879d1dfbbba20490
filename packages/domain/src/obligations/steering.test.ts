import { describe, expect, it } from 'vitest';
import { steeringDefaults } from '../steering';
import { computeLedger, nextDeadlines, summariseLedger, worstFirst } from './ledger';
import { testFacts } from './test-facts';

// Meetings of three units on the ledger's day 2007-06-15, reports due 14 days after each.
const ledger = computeLedger(
  testFacts({
    meetings: [
      { id: 1, unitId: 2, date: '2007-05-01', reportSubmittedOn: null }, // overdue
      { id: 2, unitId: 3, date: '2007-05-02', reportSubmittedOn: null }, // overdue
      { id: 3, unitId: 3, date: '2007-06-10', reportSubmittedOn: null }, // due 06-24
      { id: 4, unitId: 4, date: '2007-06-05', reportSubmittedOn: null }, // due 06-19
      { id: 5, unitId: 4, date: '2007-06-14', reportSubmittedOn: null }, // due 06-28
      { id: 6, unitId: 4, date: '2007-06-01', reportSubmittedOn: '2007-06-02' }, // fulfilled
    ],
  }),
);

describe('the steering group’s view of the ledger', () => {
  it('puts the unit with most overdue first, then most due; ties keep their order', () => {
    const order = worstFirst(summariseLedger(ledger).byUnit).map((u) => u.ownerUnitId);
    expect(order).toEqual([3, 2, 4]);
  });

  it('lists the next open deadlines, the soonest first, as many as asked', () => {
    expect(nextDeadlines(ledger, 10).map((o) => o.dueOn)).toEqual([
      '2007-06-19',
      '2007-06-24',
      '2007-06-28',
    ]);
    expect(nextDeadlines(ledger, 1).map((o) => o.subjectId)).toEqual([4]);
  });

  it('looks back three months and ahead twelve from the day, unless chosen', () => {
    expect(steeringDefaults('2008-05-31')).toEqual({
      year: 2008,
      since: '2008-02-29',
      expiresBy: '2009-05-31',
    });
    expect(steeringDefaults('2008-05-31', { year: 2006, since: '2008-01-01' })).toMatchObject({
      year: 2006,
      since: '2008-01-01',
    });
  });
});
