import { describe, expect, it } from 'vitest';
import { parseInput, parseInputEn } from './common';
import {
  projectInputSchema,
  projectTransitionInputSchema,
  supportRequestInputSchema,
  supportRequestTransitionInputSchema,
} from './project';

const base = { title: 'Integration i Öresund', ownerUnitId: 'u1' };

function errorsOf(data: object): [string, string, string][] {
  const result = parseInput(projectInputSchema, { ...base, ...data });
  return result.ok ? [] : result.errors.map((e) => [e.field, e.code, e.message]);
}

describe('projectInputSchema (R4)', () => {
  it('normalises a minimal project', () => {
    expect(projectInputSchema.parse({ ...base, programme: ' ', benefit: '' })).toEqual({
      ...base,
      programme: null,
      partners: [],
      orientations: [],
      priorityAreas: [],
      themes: [],
      budgetSek: null,
      ownContributionSek: null,
      euFundingSoughtSek: null,
      euFundingGrantedSek: null,
      benefit: null,
      resources: null,
      longTermEffects: null,
      applicationDeadline: null,
      startOn: null,
      endOn: null,
    });
  });

  it('removes duplicate tags', () => {
    const parsed = projectInputSchema.parse({
      ...base,
      orientations: ['operational_development', 'operational_development'],
      themes: ['integration', 'employment', 'integration'],
    });
    expect(parsed.orientations).toEqual(['operational_development']);
    expect(parsed.themes).toEqual(['integration', 'employment']);
  });

  it('refuses an end before the start, at endOn; the same day is fine', () => {
    expect(errorsOf({ startOn: '2007-01-01', endOn: '2007-01-01' })).toEqual([]);
    expect(errorsOf({ startOn: '2007-01-02', endOn: '2007-01-01' })).toEqual([
      ['endOn', 'END_BEFORE_START', 'Slutdatumet får inte vara före startdatumet.'],
    ]);
    expect(errorsOf({ endOn: '2007-01-01' })).toEqual([]);
  });

  it('keeps own contribution and EU funding sought within the budget, at the smaller field', () => {
    expect(errorsOf({ budgetSek: 100, ownContributionSek: 100, euFundingSoughtSek: 100 })).toEqual(
      [],
    );
    expect(errorsOf({ budgetSek: 100, ownContributionSek: 101, euFundingSoughtSek: 150 })).toEqual([
      [
        'ownContributionSek',
        'OWN_CONTRIBUTION_OVER_BUDGET',
        'Den egna insatsen får inte vara större än budgeten.',
      ],
      [
        'euFundingSoughtSek',
        'EU_FUNDING_SOUGHT_OVER_BUDGET',
        'Sökt EU-finansiering får inte vara större än budgeten.',
      ],
    ]);
    expect(errorsOf({ ownContributionSek: 101, euFundingSoughtSek: 150 })).toEqual([]);
  });

  it('keeps EU funding granted within the funding sought', () => {
    expect(errorsOf({ euFundingGrantedSek: 10 })).toEqual([]);
    expect(errorsOf({ euFundingSoughtSek: 10, euFundingGrantedSek: 11 })).toEqual([
      [
        'euFundingGrantedSek',
        'EU_FUNDING_GRANTED_OVER_SOUGHT',
        'Beviljad EU-finansiering får inte vara större än den sökta.',
      ],
    ]);
  });

  it('reports cross-field errors together with errors in other fields', () => {
    expect(errorsOf({ title: ' ', startOn: '2007-05-01', endOn: '2007-04-01' })).toEqual([
      ['title', 'REQUIRED', 'Fältet måste fyllas i.'],
      ['endOn', 'END_BEFORE_START', 'Slutdatumet får inte vara före startdatumet.'],
    ]);
  });

  it('skips a cross-field rule while one of its fields is itself invalid', () => {
    expect(errorsOf({ startOn: '2007-05-01', endOn: '2007-02-30' })).toEqual([
      ['endOn', 'INVALID_DATE', 'Ange ett giltigt datum (ÅÅÅÅ-MM-DD).'],
    ]);
  });

  it('wants exactly one of partner city, organisation and name per partner', () => {
    expect(
      errorsOf({
        partners: [{ partnerCityId: 'p1' }, { organisationId: 'o1' }, { name: 'Lunds kommun' }],
      }),
    ).toEqual([]);
    const message = 'Ange exakt en av partnerstad, organisation eller namn för partnern.';
    expect(errorsOf({ partners: [{ name: ' ' }, { partnerCityId: 'p1', name: 'Vasa' }] })).toEqual([
      ['partners.0', 'PARTNER_EXACTLY_ONE', message],
      ['partners.1', 'PARTNER_EXACTLY_ONE', message],
    ]);
  });

  it('speaks English on request', () => {
    const result = parseInputEn(projectInputSchema, {
      ...base,
      budgetSek: 1,
      ownContributionSek: 2,
    });
    expect(result.ok || result.errors).toEqual([
      {
        field: 'ownContributionSek',
        code: 'OWN_CONTRIBUTION_OVER_BUDGET',
        message: 'The own contribution cannot exceed the budget.',
      },
    ]);
  });
});

describe('project and support transitions', () => {
  it('parse a valid transition and refuse an unknown state or a false date', () => {
    expect(
      projectTransitionInputSchema.parse({ projectId: 'p', to: 'submitted', on: '2007-03-01' }),
    ).toEqual({ projectId: 'p', to: 'submitted', on: '2007-03-01' });
    const result = parseInput(supportRequestTransitionInputSchema, {
      supportRequestId: 's',
      to: 'finished',
      on: '2007-02-30',
    });
    expect(result.ok || result.errors.map((e) => [e.field, e.code])).toEqual([
      ['to', 'invalid_value'],
      ['on', 'INVALID_DATE'],
    ]);
    expect(result.ok || result.errors[0]?.message).toMatch(/^Ogiltigt val/);
  });

  it('parses a support request with a blank note as null', () => {
    expect(
      supportRequestInputSchema.parse({
        projectId: 'p',
        kind: 'application_review',
        requestedOn: '2007-01-15',
        note: '  ',
      }),
    ).toEqual({
      projectId: 'p',
      kind: 'application_review',
      requestedOn: '2007-01-15',
      note: null,
    });
  });
});
