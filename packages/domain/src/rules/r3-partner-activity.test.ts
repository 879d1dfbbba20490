import { describe, expect, it } from 'vitest';
import { testFacts } from '../obligations/test-facts';
import { partnerActivityObligations } from './r3-partner-activity';

describe('R3 partnerships stay alive to be considered', () => {
  it('R3: a partner city needs activity within 24 months of the ledger start', () => {
    const facts = testFacts({ asOf: '2008-01-02', partnerCities: [{ id: 4, activityOn: [] }] });
    expect(partnerActivityObligations(facts)).toEqual([
      {
        key: 'partner_activity:partner_city:4:2008-01-01',
        kind: 'partner_activity',
        rule: 'R3',
        subject: 'partner_city',
        subjectId: 4,
        year: 2008,
        ownerUnitId: 1,
        dueOn: '2008-01-01',
        fulfilledOn: null,
        state: 'overdue',
        waiver: null,
      },
    ]);
  });

  it('R3: activity fulfils the period and the next is due 24 months after it', () => {
    const facts = testFacts({
      asOf: '2007-06-15',
      partnerCities: [{ id: 4, activityOn: ['2006-05-10', '2007-07-01'] }],
    });
    expect(partnerActivityObligations(facts)).toMatchObject([
      { dueOn: '2008-01-01', fulfilledOn: '2006-05-10', state: 'fulfilled' },
      { key: 'partner_activity:partner_city:4:2008-05-10', fulfilledOn: null, state: 'due' },
    ]);
  });
});
