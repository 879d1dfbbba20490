import { describe, expect, it } from 'vitest';
import { testFacts } from '../obligations/test-facts';
import { operationalPlanObligations, planYears } from './r5-operational-plans';

const unit = (
  id: number,
  more: Partial<{ active: boolean; hasParent: boolean; kind: string }>,
) => ({
  id,
  active: true,
  hasParent: false,
  kind: 'district',
  ...more,
});

describe('R5 every unit has an operational plan for the year', () => {
  it('R5: only active top-level units plan; departments and boards do not', () => {
    const facts = testFacts({
      asOf: '2006-06-01',
      units: [
        unit(10, {}),
        unit(11, { active: false }),
        unit(12, { hasParent: true, kind: 'department' }),
        unit(13, { kind: 'board' }),
      ],
    });
    expect(operationalPlanObligations(facts).map((o) => o.key)).toEqual([
      'operational_plan:unit:10:2006',
    ]);
  });

  it('R5: next year is asked for from 1 October, not on 30 September', () => {
    expect(planYears('2006-01-01', '2007-09-30')).toEqual([2006, 2007]);
    expect(planYears('2006-01-01', '2007-10-01')).toEqual([2006, 2007, 2008]);
  });

  it('R5: a plan is due by 31 January of its year and overdue from 1 February', () => {
    const on = (asOf: string) =>
      operationalPlanObligations(testFacts({ asOf, units: [unit(10, {})] })).at(-1);
    expect(on('2007-01-31')).toMatchObject({
      dueOn: '2007-01-31',
      year: 2007,
      ownerUnitId: 10,
      state: 'due',
    });
    expect(on('2007-02-01')?.state).toBe('overdue');
  });

  it('R5: a plan fulfils on its adoption date, or 1 January when undated, never after asOf', () => {
    const facts = testFacts({
      asOf: '2007-10-15',
      units: [unit(10, {})],
      plans: [
        { unitId: 10, year: 2006, adoptedOn: null },
        { unitId: 10, year: 2007, adoptedOn: '2007-03-01' },
        { unitId: 10, year: 2008, adoptedOn: '2007-11-20' },
      ],
    });
    expect(operationalPlanObligations(facts)).toMatchObject([
      { year: 2006, state: 'fulfilled', fulfilledOn: '2006-01-01' },
      { year: 2007, state: 'fulfilled', fulfilledOn: '2007-03-01' },
      { year: 2008, state: 'due', fulfilledOn: null, dueOn: '2008-01-31' },
    ]);
  });

  it("R5: another unit's plan does not count", () => {
    const facts = testFacts({
      asOf: '2006-03-01',
      units: [unit(10, {}), unit(20, {})],
      plans: [{ unitId: 20, year: 2006, adoptedOn: '2006-01-10' }],
    });
    expect(operationalPlanObligations(facts).map((o) => [o.subjectId, o.state])).toEqual([
      [10, 'overdue'],
      [20, 'fulfilled'],
    ]);
  });
});
