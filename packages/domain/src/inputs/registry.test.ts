import { describe, expect, it } from 'vitest';
import { parseInput, parseInputEn } from './common';
import {
  agreementInputSchema,
  euNetworkContactInputSchema,
  eventSeriesInputSchema,
  forumInputSchema,
  membershipInputSchema,
  organisationInputSchema,
  partnerCityInputSchema,
  personInputSchema,
  seatInputSchema,
  unitInputSchema,
} from './registry';

const codes = (result: { ok: boolean; errors?: { field: string; code: string }[] }) =>
  result.ok ? [] : (result.errors ?? []).map((e) => [e.field, e.code]);

describe('unitInputSchema', () => {
  it('parses a unit, active unless told', () => {
    expect(unitInputSchema.parse({ name: ' SDF Husie ', kind: 'district' })).toEqual({
      name: 'SDF Husie',
      kind: 'district',
      parentId: null,
      active: true,
    });
  });

  it('wants a name and a known kind', () => {
    const result = parseInput(unitInputSchema, { name: ' ', kind: 'ministry' });
    expect(codes(result)).toEqual([
      ['name', 'REQUIRED'],
      ['kind', 'invalid_value'],
    ]);
  });
});

describe('personInputSchema', () => {
  it('lower-cases the e-mail and turns blanks into null', () => {
    expect(
      personInputSchema.parse({ name: 'Anna Berg', email: ' Anna.Berg@Malmo.se ', leftOn: '' }),
    ).toEqual({
      name: 'Anna Berg',
      email: 'anna.berg@malmo.se',
      unitId: null,
      active: true,
      leftOn: null,
    });
  });

  it('refuses a malformed e-mail and date, in Swedish and in English', () => {
    const input = { name: 'Anna Berg', email: 'anna.berg', leftOn: '2007-02-30' };
    const sv = parseInput(personInputSchema, input);
    expect(sv.ok || sv.errors).toEqual([
      { field: 'email', code: 'INVALID_EMAIL', message: 'Ange en giltig e-postadress.' },
      { field: 'leftOn', code: 'INVALID_DATE', message: 'Ange ett giltigt datum (ÅÅÅÅ-MM-DD).' },
    ]);
    const en = parseInputEn(personInputSchema, input);
    expect(en.ok || en.errors.map((e) => e.message)).toEqual([
      'Enter a valid e-mail address.',
      'Enter a valid date (YYYY-MM-DD).',
    ]);
  });
});

describe('euNetworkContactInputSchema', () => {
  it('needs the unit, the person, a year and the line as listed', () => {
    const result = parseInput(euNetworkContactInputSchema, { unitId: '', year: 1800 });
    expect(codes(result)).toEqual([
      ['unitId', 'REQUIRED'],
      ['personId', 'invalid_type'],
      ['year', 'too_small'],
      ['listedAs', 'invalid_type'],
    ]);
  });
});

describe('organisationInputSchema', () => {
  it('parses a Brussels network and a regional partner by their kind', () => {
    for (const kind of ['brussels_network', 'regional_actor'] as const) {
      expect(
        organisationInputSchema.parse({ name: 'Nätverk', kind, regionFocus: 'europe' }).kind,
      ).toBe(kind);
    }
  });

  it('bounds the abbreviation', () => {
    const result = parseInput(organisationInputSchema, {
      name: 'Eurocities',
      abbreviation: 'E'.repeat(41),
      kind: 'international_organisation',
      regionFocus: 'europe',
    });
    expect(result.ok || result.errors).toEqual([
      { field: 'abbreviation', code: 'too_big', message: 'Högst 40 tecken.' },
    ]);
  });
});

describe('membershipInputSchema', () => {
  const membership = { organisationId: 'o1', since: 1995 };

  it('parses a membership with tags, missing values as null', () => {
    expect(membershipInputSchema.parse({ ...membership, themes: ['culture', 'culture'] })).toEqual({
      ...membership,
      ownerUnitId: null,
      endedYear: null,
      annualFee: null,
      staffHoursPerYear: null,
      orientations: [],
      priorityAreas: [],
      themes: ['culture'],
    });
  });

  it('refuses an end before the start, at endedYear', () => {
    const result = parseInput(membershipInputSchema, { ...membership, endedYear: 1994 });
    expect(result.ok || result.errors).toEqual([
      {
        field: 'endedYear',
        code: 'ENDED_BEFORE_SINCE',
        message: 'Medlemskapet kan inte ha upphört före det år det började.',
      },
    ]);
  });

  it('bounds the fee and the staff time', () => {
    const result = parseInput(membershipInputSchema, {
      ...membership,
      annualFee: -1,
      staffHoursPerYear: 1.5,
    });
    expect(codes(result)).toEqual([
      ['annualFee', 'too_small'],
      ['staffHoursPerYear', 'invalid_type'],
    ]);
  });
});

describe('forumInputSchema', () => {
  it('needs a name and the organisation', () => {
    expect(codes(parseInput(forumInputSchema, { name: '' }))).toEqual([
      ['name', 'REQUIRED'],
      ['organisationId', 'invalid_type'],
    ]);
  });
});

describe('seatInputSchema', () => {
  it('keeps a vacant seat (R7 makes filling it a duty), and a seat held by a project', () => {
    const vacant = parseInput(seatInputSchema, { forumId: 'f1', fromYear: 2006 });
    expect(vacant.ok && [vacant.value.unitId, vacant.value.personId]).toEqual([null, null]);
    expect(seatInputSchema.parse({ forumId: 'f1', projectId: 'p1' }).projectId).toBe('p1');
  });

  it('refuses a last year before the first, at toYear', () => {
    const result = parseInput(seatInputSchema, {
      forumId: 'f1',
      personId: 'p1',
      fromYear: 2006,
      toYear: 2005,
    });
    expect(codes(result)).toEqual([['toYear', 'TO_YEAR_BEFORE_FROM_YEAR']]);
  });
});

describe('partnerCityInputSchema', () => {
  it('stores the country code upper-case', () => {
    expect(partnerCityInputSchema.parse({ name: 'Vejle', country: ' dk ' })).toEqual({
      name: 'Vejle',
      country: 'DK',
    });
  });

  it('refuses anything but two letters', () => {
    for (const country of ['DNK', 'D1', '']) {
      expect(codes(parseInput(partnerCityInputSchema, { name: 'Vejle', country }))).toEqual([
        ['country', 'INVALID_COUNTRY'],
      ]);
    }
  });
});

describe('agreementInputSchema (R13)', () => {
  const agreement = {
    partnerCityId: 'c1',
    type: 'twin_town',
    signedYear: 1999,
    text: 'Vänortsavtal',
    status: 'active',
  };

  it('parses an agreement, cooperation areas deduplicated', () => {
    expect(
      agreementInputSchema.parse({ ...agreement, cooperationAreas: ['kultur', 'kultur', 'skola'] }),
    ).toMatchObject({ cooperationAreas: ['kultur', 'skola'], validUntil: null });
  });

  it('refuses an end date before the year of signing, at validUntil', () => {
    const result = parseInput(agreementInputSchema, { ...agreement, validUntil: '1998-12-31' });
    expect(codes(result)).toEqual([['validUntil', 'VALID_UNTIL_BEFORE_SIGNED']]);
    expect(parseInput(agreementInputSchema, { ...agreement, validUntil: '1999-12-31' }).ok).toBe(
      true,
    );
  });
});

describe('eventSeriesInputSchema (R10)', () => {
  it('needs a name and a short name', () => {
    expect(codes(parseInput(eventSeriesInputSchema, { name: 'MIPIM', shortName: ' ' }))).toEqual([
      ['shortName', 'REQUIRED'],
    ]);
  });
});
