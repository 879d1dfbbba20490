import { describe, expect, it } from 'vitest';
import { parseInput } from './common';
import { legislationWatchInputSchema, trainingSessionInputSchema } from './watch';

describe('legislationWatchInputSchema (R9)', () => {
  const watch = { title: 'Tjänstedirektivet', status: 'adopted', ownerUnitId: 'u1' };

  it('parses a watch; lists default to empty and lose duplicates, blanks become null', () => {
    expect(
      legislationWatchInputSchema.parse({
        ...watch,
        reference: ' 2006/123/EG ',
        affectedUnitIds: ['u2', 'u3', 'u2'],
        themes: ['employment', 'employment'],
        analysis: '',
      }),
    ).toEqual({
      ...watch,
      reference: '2006/123/EG',
      affectedUnitIds: ['u2', 'u3'],
      priorityAreas: [],
      themes: ['employment'],
      analysis: null,
      nextReviewOn: null,
    });
  });

  it('refuses an unknown status and a false review date', () => {
    const result = parseInput(legislationWatchInputSchema, {
      ...watch,
      status: 'draft',
      nextReviewOn: '2007-04-31',
    });
    expect(result.ok || result.errors.map((e) => [e.field, e.code])).toEqual([
      ['status', 'invalid_value'],
      ['nextReviewOn', 'INVALID_DATE'],
    ]);
  });
});

describe('trainingSessionInputSchema (R6)', () => {
  it('parses a session and refuses a blank title', () => {
    const session = {
      topic: 'project_finance',
      title: 'EU-projektekonomi',
      heldOn: '2007-02-14',
      participantIds: ['a', 'a'],
    };
    expect(trainingSessionInputSchema.parse(session)).toEqual({
      ...session,
      place: null,
      participantIds: ['a'],
    });
    const result = parseInput(trainingSessionInputSchema, { ...session, title: '\t' });
    expect(result.ok || result.errors).toEqual([
      { field: 'title', code: 'REQUIRED', message: 'Fältet måste fyllas i.' },
    ]);
  });
});
