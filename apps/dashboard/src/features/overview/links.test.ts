import { describe, expect, it } from 'vitest';
import { changeLogHref, hrefWith, ledgerHref } from './links';

describe('the overview’s links to the lists behind its figures', () => {
  it('writes the obligations ledger’s own URL filters, the day only when given', () => {
    expect(ledgerHref({ unit: 'VW5pdDox', state: 'overdue' })).toBe(
      '/obligations?unit=VW5pdDox&state=overdue',
    );
    expect(
      ledgerHref({
        asOf: '2007-05-01',
        unit: 'VW5pdDox',
        state: 'due',
        kind: 'meeting_report',
        dueOn: '2007-05-14',
      }),
    ).toBe(
      '/obligations?asOf=2007-05-01&unit=VW5pdDox&kind=meeting_report&state=due&dueFrom=2007-05-14&dueTo=2007-05-14',
    );
    expect(ledgerHref({})).toBe('/obligations');
  });

  it('leaves empty filters out of a list’s address', () => {
    expect(hrefWith('/meetings', { from: '2007-01-01', to: undefined, reported: '' })).toBe(
      '/meetings?from=2007-01-01',
    );
    expect(hrefWith('/secondments', {})).toBe('/secondments');
  });

  it('opens the change log from a day, narrowed to a kind and an action', () => {
    expect(changeLogHref('2008-07-15')).toBe('/change-log?from=2008-07-15');
    expect(changeLogHref('2008-07-15', 'Project', 'UPDATE')).toBe(
      '/change-log?kind=Project&action=UPDATE&from=2008-07-15',
    );
  });
});
