import { describe, expect, it } from 'vitest';
import { parseInput } from './common';
import { secondmentInputSchema } from './secondment';

const internal = {
  personId: 'p1',
  unitId: 'u1',
  startOn: '2007-01-08',
  endOn: '2007-03-30',
  purpose: 'eu_institutions',
};
const external = {
  externalOrganisation: 'Malmö högskola',
  externalTerms: 'Egen kostnad för skrivplatsen',
  startOn: '2007-04-02',
  purpose: 'study',
};

function errorsOf(data: object): [string, string][] {
  const result = parseInput(secondmentInputSchema, data);
  return result.ok ? [] : result.errors.map((e) => [e.field, e.code]);
}

describe('secondmentInputSchema (R11)', () => {
  it('accepts a city unit with a person, or an external organisation on its own terms', () => {
    expect(errorsOf(internal)).toEqual([]);
    expect(secondmentInputSchema.parse(external)).toEqual({
      ...external,
      personId: null,
      unitId: null,
      endOn: null,
      reportSubmittedOn: null,
    });
  });

  it('wants exactly one of unit and external organisation, reported at unitId', () => {
    const message = 'Ange antingen en enhet inom staden eller en extern organisation, inte båda.';
    const result = parseInput(secondmentInputSchema, {
      ...internal,
      externalOrganisation: external.externalOrganisation,
    });
    expect(result.ok || result.errors).toEqual([
      { field: 'unitId', code: 'SECONDMENT_HOST_EXACTLY_ONE', message },
    ]);
    expect(errorsOf({ startOn: '2007-01-01', purpose: 'study' })).toEqual([
      ['unitId', 'SECONDMENT_HOST_EXACTLY_ONE'],
    ]);
  });

  it('requires the person when a city unit is chosen', () => {
    const result = parseInput(secondmentInputSchema, { ...internal, personId: ' ' });
    expect(result.ok || result.errors).toEqual([
      {
        field: 'personId',
        code: 'SECONDMENT_PERSON_REQUIRED',
        message: 'Ange vem som utstationeras när en enhet inom staden är vald.',
      },
    ]);
  });

  it('refuses an end before the start', () => {
    expect(errorsOf({ ...internal, endOn: '2007-01-07' })).toEqual([['endOn', 'END_BEFORE_START']]);
  });

  it('wants the report on or after the end, and an end date before a report', () => {
    expect(errorsOf({ ...internal, reportSubmittedOn: '2007-03-30' })).toEqual([]);
    const early = parseInput(secondmentInputSchema, {
      ...internal,
      reportSubmittedOn: '2007-03-29',
    });
    expect(early.ok || early.errors).toEqual([
      {
        field: 'reportSubmittedOn',
        code: 'REPORT_BEFORE_END',
        message: 'Rapporten kan inte vara inlämnad före utstationeringens slut.',
      },
    ]);
    const noEnd = parseInput(secondmentInputSchema, {
      ...internal,
      endOn: null,
      reportSubmittedOn: '2007-03-29',
    });
    expect(noEnd.ok || noEnd.errors).toEqual([
      {
        field: 'reportSubmittedOn',
        code: 'REPORT_WITHOUT_END',
        message: 'Ange utstationeringens slutdatum innan rapporten registreras.',
      },
    ]);
  });

  it('refuses an unknown purpose in Swedish', () => {
    const result = parseInput(secondmentInputSchema, { ...internal, purpose: 'holiday' });
    expect(result.ok || result.errors.map((e) => [e.field, e.code])).toEqual([
      ['purpose', 'invalid_value'],
    ]);
    expect(result.ok || result.errors[0]?.message).toMatch(/^Ogiltigt val: förväntade en av/);
  });
});
