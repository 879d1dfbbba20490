import { describe, expect, it } from 'vitest';
import { assessmentInputSchema } from './assessment';
import { parseInput } from './common';

const assessment = {
  membershipId: 'm1',
  assessedOn: '2007-06-30',
  scores: { exchangeQuality: 4, influence: 3, participation: 5, informationUse: 1 },
  feeSek: 120_000,
  staffHours: 400,
};

describe('assessmentInputSchema (R8)', () => {
  it('parses an assessment; no assessor and a blank comment become null', () => {
    expect(assessmentInputSchema.parse({ ...assessment, comment: ' ' })).toEqual({
      ...assessment,
      assessorId: null,
      comment: null,
    });
  });

  it('scores 1–5 as whole numbers, reported at the criterion', () => {
    const result = parseInput(assessmentInputSchema, {
      ...assessment,
      scores: { exchangeQuality: 0, influence: 6, participation: 2.5 },
      staffHours: 100_001,
    });
    expect(result.ok || result.errors).toEqual([
      { field: 'scores.exchangeQuality', code: 'too_small', message: 'Värdet måste vara minst 1.' },
      { field: 'scores.influence', code: 'too_big', message: 'Värdet får vara högst 5.' },
      { field: 'scores.participation', code: 'invalid_type', message: 'Ange ett heltal.' },
      { field: 'scores.informationUse', code: 'invalid_type', message: 'Fältet måste fyllas i.' },
      {
        field: 'staffHours',
        code: 'too_big',
        message: expect.stringMatching(/^Värdet får vara högst 100\s000\.$/),
      },
    ]);
  });
});
