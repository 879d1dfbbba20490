import { describe, expect, it } from 'vitest';
import { testFacts } from '../obligations/test-facts';
import { secondmentReportObligations } from './r11-secondment-reports';

const secondment = (
  id: number,
  endOn: string | null,
  more: { unitId?: number | null; startOn?: string; reportSubmittedOn?: string | null } = {},
) => ({
  id,
  unitId: more.unitId === undefined ? 4 : more.unitId,
  startOn: more.startOn ?? '2006-09-01',
  endOn,
  reportSubmittedOn: more.reportSubmittedOn ?? null,
});

describe('R11 a report within one month of the return from Brussels', () => {
  it('R11: a return on 31 January is reported by 28 February, overdue from 1 March', () => {
    const secondments = [secondment(1, '2007-01-31')];
    const on = (asOf: string) => secondmentReportObligations(testFacts({ asOf, secondments }))[0];
    expect(on('2007-02-28')).toMatchObject({
      key: 'secondment_report:secondment:1',
      rule: 'R11',
      subject: 'secondment',
      ownerUnitId: 4,
      dueOn: '2007-02-28',
      year: 2007,
      state: 'due',
    });
    expect(on('2007-03-01')?.state).toBe('overdue');
  });

  it('R11: a running secondment with a planned end is due later; one without an end is not', () => {
    const facts = testFacts({
      asOf: '2007-06-15',
      secondments: [secondment(2, '2007-12-15'), secondment(3, null)],
    });
    expect(secondmentReportObligations(facts)).toMatchObject([
      { subjectId: 2, dueOn: '2008-01-15', year: 2008, state: 'due' },
    ]);
  });

  it('R11: external users report through Stadskontoret', () => {
    const facts = testFacts({ secondments: [secondment(4, '2007-03-01', { unitId: null })] });
    expect(secondmentReportObligations(facts)[0]?.ownerUnitId).toBe(1);
  });

  it('R11: secondments starting after asOf and reports dated after asOf are ignored', () => {
    const facts = testFacts({
      asOf: '2007-06-15',
      secondments: [
        secondment(5, '2007-09-30', { startOn: '2007-07-01' }),
        secondment(6, '2007-04-30', { reportSubmittedOn: '2007-06-16' }),
        secondment(7, '2007-04-30', { reportSubmittedOn: '2007-06-15' }),
      ],
    });
    expect(secondmentReportObligations(facts)).toMatchObject([
      { subjectId: 6, state: 'overdue', fulfilledOn: null },
      { subjectId: 7, state: 'fulfilled', fulfilledOn: '2007-06-15' },
    ]);
  });
});
