import { describe, expect, it } from 'vitest';
import { testFacts } from '../obligations/test-facts';
import { meetingReportObligations } from './r7-meeting-reports';

const meeting = (id: number, date: string, reportSubmittedOn: string | null = null) => ({
  id,
  unitId: 7,
  date,
  reportSubmittedOn,
});

describe('R7 every meeting is reported', () => {
  it('R7: the report is due meetingReportDays after the meeting and overdue the day after', () => {
    const meetings = [meeting(1, '2007-05-20')];
    const on = (asOf: string) => meetingReportObligations(testFacts({ asOf, meetings }))[0];
    expect(on('2007-06-03')).toMatchObject({
      key: 'meeting_report:meeting:1',
      kind: 'meeting_report',
      rule: 'R7',
      subject: 'meeting',
      subjectId: 1,
      ownerUnitId: 7,
      year: 2007,
      dueOn: '2007-06-03',
      state: 'due',
    });
    expect(on('2007-06-04')?.state).toBe('overdue');
  });

  it('R7: the number of days is configurable and crosses the year end', () => {
    const facts = testFacts({
      asOf: '2007-01-10',
      meetingReportDays: 30,
      meetings: [meeting(2, '2006-12-20')],
    });
    expect(meetingReportObligations(facts)[0]).toMatchObject({ dueOn: '2007-01-19', state: 'due' });
  });

  it('R7: a submitted report fulfils the duty, even late; one dated after asOf does not yet', () => {
    const facts = testFacts({
      asOf: '2007-06-15',
      meetings: [meeting(3, '2007-01-10', '2007-03-01'), meeting(4, '2007-05-01', '2007-06-20')],
    });
    const [late, future] = meetingReportObligations(facts);
    expect(late).toMatchObject({ state: 'fulfilled', fulfilledOn: '2007-03-01' });
    expect(future).toMatchObject({ state: 'overdue', fulfilledOn: null });
  });

  it('R7: meetings after asOf, or before the strategy took effect, carry no duty yet', () => {
    const facts = testFacts({
      asOf: '2007-06-15',
      meetings: [meeting(5, '2007-06-16'), meeting(6, '2005-11-30'), meeting(7, '2007-06-15')],
    });
    expect(meetingReportObligations(facts).map((o) => o.subjectId)).toEqual([7]);
  });
});
