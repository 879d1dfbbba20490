import { describe, expect, it } from 'vitest';
import { parseInput } from './common';
import { operationalPlanInputSchema } from './plan';

const priority = { targetKind: 'membership', targetId: 'TWVtYmVyc2hpcDox', reason: 'Eurocities' };

describe('operationalPlanInputSchema (R5)', () => {
  it('parses a plan; EU funding sought defaults to false', () => {
    expect(
      operationalPlanInputSchema.parse({ unitId: 'u1', year: 2007, priorities: [priority] }),
    ).toEqual({
      unitId: 'u1',
      year: 2007,
      adoptedOn: null,
      priorities: [{ ...priority, euFundingSought: false }],
    });
  });

  it('refuses the same target twice, at the second one’s targetId', () => {
    const other = { ...priority, targetKind: 'project' };
    const result = parseInput(operationalPlanInputSchema, {
      unitId: 'u1',
      year: 2007,
      priorities: [priority, other, { ...priority, targetId: ' TWVtYmVyc2hpcDox ' }],
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'priorities.2.targetId',
          code: 'DUPLICATE_PRIORITY',
          message: 'Den här prioriteringen finns redan i planen.',
        },
      ],
    });
  });

  it('reports a blank reason and a year out of range at their paths', () => {
    const result = parseInput(operationalPlanInputSchema, {
      unitId: 'u1',
      year: 1999,
      adoptedOn: '2007-02-30',
      priorities: [priority, { ...priority, targetId: 'x', reason: '  ' }],
    });
    expect(result.ok || result.errors).toEqual([
      { field: 'year', code: 'too_small', message: 'Värdet måste vara minst 2000.' },
      { field: 'adoptedOn', code: 'INVALID_DATE', message: 'Ange ett giltigt datum (ÅÅÅÅ-MM-DD).' },
      { field: 'priorities.1.reason', code: 'REQUIRED', message: 'Fältet måste fyllas i.' },
    ]);
  });
});
