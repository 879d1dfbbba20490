import { describe, expect, it } from 'vitest';
import { rollingOccurrences, withOccurrenceKeys } from './rolling';

describe('R8 and R3 rolling duties', () => {
  it('R8: without records there is one open occurrence, due a period after the baseline', () => {
    expect(rollingOccurrences([], 12, '2006-01-01', '2007-06-15')).toEqual([
      { dueOn: '2007-01-01', fulfilledOn: null },
    ]);
  });

  it('R8: each record fulfils one occurrence and starts the next period from itself', () => {
    const dates = ['2007-03-10', '2006-05-01', '2006-05-01'];
    expect(rollingOccurrences(dates, 12, '2006-01-01', '2007-06-15')).toEqual([
      { dueOn: '2007-01-01', fulfilledOn: '2006-05-01' },
      { dueOn: '2007-05-01', fulfilledOn: '2007-03-10' },
      { dueOn: '2008-03-10', fulfilledOn: null },
    ]);
  });

  it('R8: a late record still fulfils its occurrence, and the next period runs from it', () => {
    expect(rollingOccurrences(['2007-04-20'], 12, '2006-01-01', '2007-06-15')).toEqual([
      { dueOn: '2007-01-01', fulfilledOn: '2007-04-20' },
      { dueOn: '2008-04-20', fulfilledOn: null },
    ]);
  });

  it('R3: records on or before the baseline, or after asOf, do not count', () => {
    const dates = ['2005-12-31', '2006-01-01', '2007-06-16'];
    expect(rollingOccurrences(dates, 24, '2006-01-01', '2007-06-15')).toEqual([
      { dueOn: '2008-01-01', fulfilledOn: null },
    ]);
    expect(rollingOccurrences(['2007-06-15'], 24, '2006-01-01', '2007-06-15')).toEqual([
      { dueOn: '2008-01-01', fulfilledOn: '2007-06-15' },
      { dueOn: '2009-06-15', fulfilledOn: null },
    ]);
  });

  it('R8: a period from a month end clamps (2007-01-31 + 1 month)', () => {
    expect(rollingOccurrences(['2007-01-31'], 1, '2007-01-01', '2007-02-01')).toEqual([
      { dueOn: '2007-02-01', fulfilledOn: '2007-01-31' },
      { dueOn: '2007-02-28', fulfilledOn: null },
    ]);
  });

  it('R8: keys stay unique when 28 and 29 February clamp to the same due date', () => {
    const occurrences = rollingOccurrences(
      ['2008-02-28', '2008-02-29'],
      12,
      '2008-01-01',
      '2008-03-01',
    );
    expect(withOccurrenceKeys('m:1', occurrences).map((o) => o.key)).toEqual([
      'm:1:2009-01-01',
      'm:1:2009-02-28',
      'm:1:2009-02-28:2',
    ]);
  });
});
