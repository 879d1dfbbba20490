import { describe, expect, it } from 'vitest';
import { parseInput } from './common';
import { eventEditionInputSchema, participationInputSchema } from './event';

const edition = {
  seriesId: 's1',
  year: 2006,
  startsOn: '2006-03-14',
  endsOn: '2006-03-17',
  place: 'Cannes',
};

describe('eventEditionInputSchema (R10)', () => {
  it('parses an edition', () => {
    expect(eventEditionInputSchema.parse(edition)).toEqual(edition);
  });

  it('refuses an end before the start, at endsOn', () => {
    const result = parseInput(eventEditionInputSchema, { ...edition, endsOn: '2006-03-13' });
    expect(result.ok || result.errors).toEqual([
      {
        field: 'endsOn',
        code: 'END_BEFORE_START',
        message: 'Slutdatumet får inte vara före startdatumet.',
      },
    ]);
  });

  it('wants the start in the edition’s year, at startsOn', () => {
    const result = parseInput(eventEditionInputSchema, { ...edition, year: 2007 });
    expect(result.ok || result.errors).toEqual([
      {
        field: 'startsOn',
        code: 'START_OUTSIDE_YEAR',
        message: 'Startdatumet måste ligga inom det angivna året.',
      },
    ]);
  });
});

describe('participationInputSchema (R10)', () => {
  const participation = {
    editionId: 'e1',
    unitId: 'u1',
    delegates: 4,
    purpose: 'Marknadsföra Västra hamnen',
    costSek: 250_000,
    contactsGained: 12,
  };

  it('parses a participation with tags, duplicates removed', () => {
    expect(
      participationInputSchema.parse({
        ...participation,
        orientations: ['profiling', 'profiling'],
        priorityAreas: ['growth'],
      }),
    ).toEqual({
      ...participation,
      outcome: null,
      orientations: ['profiling'],
      priorityAreas: ['growth'],
      themes: [],
    });
  });

  it('bounds delegates, cost and contacts', () => {
    const result = parseInput(participationInputSchema, {
      ...participation,
      delegates: 0,
      costSek: -5,
      contactsGained: 10_001,
      purpose: '',
    });
    expect(result.ok || result.errors.map((e) => [e.field, e.code])).toEqual([
      ['delegates', 'too_small'],
      ['purpose', 'REQUIRED'],
      ['costSek', 'too_small'],
      ['contactsGained', 'too_big'],
    ]);
  });
});
