import { describe, expect, it } from 'vitest';
import { parseListSearch } from '../list/search';
import { ledgerFilter, obligationsSpec } from './ledger-search';

const filters = (query: string) =>
  parseListSearch(new URLSearchParams(query), obligationsSpec).filters;

describe('the ledger’s filters', () => {
  it('map the URL to the API’s ObligationFilter', () => {
    const f = filters(
      'asOf=2008-10-15&unit=VW5pdDo4&kind=meeting_report,operational_plan&state=overdue&dueFrom=2008-01-01&dueTo=2008-12-31',
    );
    expect(ledgerFilter(f, true)).toEqual({
      unitIds: ['VW5pdDo4'],
      kinds: ['MEETING_REPORT', 'OPERATIONAL_PLAN'],
      states: ['OVERDUE'],
      dueFrom: '2008-01-01',
      dueTo: '2008-12-31',
    });
  });

  it('leave the states out of the headline counts, so every state keeps its count', () => {
    expect(ledgerFilter(filters('state=overdue,due'), false).states).toBeNull();
  });

  it('ask for everything when the URL says nothing (the day is a variable of its own)', () => {
    expect(ledgerFilter(filters(''), true)).toEqual({
      unitIds: null,
      kinds: null,
      states: null,
      dueFrom: null,
      dueTo: null,
    });
  });
});
