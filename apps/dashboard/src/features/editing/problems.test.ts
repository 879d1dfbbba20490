import { describe, expect, it } from 'vitest';
import { placeProblems, saveOutcome } from './problems';

const shown = [
  'title',
  'ownerUnitId',
  'partners',
  'partners.0.partnerCityId',
  'partners.0.name',
  'attendeeIds',
];

describe('placing a refused save’s problems on the form', () => {
  it('puts each error at its field, the first message per field', () => {
    const placed = placeProblems(
      [
        { field: 'title', code: 'REQUIRED', message: 'Fältet måste fyllas i.' },
        { field: 'title', code: 'too_big', message: 'Högst 300 tecken.' },
        { field: 'ownerUnitId', code: 'OWNER_LOCKED', message: 'Ägaren är låst.' },
      ],
      shown,
    );
    expect(placed).toEqual({
      fields: { title: 'Fältet måste fyllas i.', ownerUnitId: 'Ägaren är låst.' },
      form: [],
    });
  });

  it('places a list item’s error on its first field, and an id in a list on the list', () => {
    const placed = placeProblems(
      [
        { field: 'partners.0', code: 'PARTNER_EXACTLY_ONE', message: 'Exakt en.' },
        { field: 'attendeeIds.2', code: 'NOT_FOUND', message: 'Posten finns inte.' },
      ],
      shown,
    );
    expect(placed.fields).toEqual({
      'partners.0.partnerCityId': 'Exakt en.',
      attendeeIds: 'Posten finns inte.',
    });
  });

  it('keeps what belongs to no shown field for the form as a whole, once', () => {
    const placed = placeProblems(
      [
        { field: '', code: 'custom', message: 'Hela posten.' },
        { field: 'id', code: 'NOT_FOUND', message: 'Posten finns inte.' },
        { field: '', code: 'custom', message: 'Hela posten.' },
      ],
      shown,
    );
    expect(placed).toEqual({ fields: {}, form: ['Hela posten.', 'Posten finns inte.'] });
  });
});

describe('reading a save’s result', () => {
  it('returns the saved id and version', () => {
    expect(
      saveOutcome(
        { __typename: 'MutationUpdateProjectSuccess', data: { id: 'P1', version: 3 } },
        'sv',
        shown,
      ),
    ).toEqual({ ok: true, id: 'P1', version: 3 });
  });

  it('places a rule violation at its field, in English when the code is the domain’s', () => {
    const outcome = saveOutcome(
      {
        __typename: 'InputError',
        message: 'Ogiltig inmatning.',
        fields: [{ field: 'title', code: 'REQUIRED', message: 'Fältet måste fyllas i.' }],
      },
      'en',
      shown,
    );
    expect(outcome).toMatchObject({
      ok: false,
      problem: { kind: 'input', placed: { fields: { title: 'This field is required.' } } },
    });
    const rule = saveOutcome(
      {
        __typename: 'RuleViolation',
        message: 'Projektets ägare kan inte bytas.',
        rule: 'R4',
        fields: [{ field: 'ownerUnitId', code: 'OWNER_LOCKED', message: 'Ägaren är låst.' }],
      },
      'en',
      shown,
    );
    // A code only the API knows keeps the API's (Swedish) words.
    expect(rule).toMatchObject({
      ok: false,
      problem: { kind: 'rule', rule: 'R4', placed: { fields: { ownerUnitId: 'Ägaren är låst.' } } },
    });
  });

  it('tells a stale save apart', () => {
    expect(
      saveOutcome({ __typename: 'StaleVersion', message: 'Posten har ändrats.' }, 'sv', shown),
    ).toEqual({ ok: false, problem: { kind: 'stale', message: 'Posten har ändrats.' } });
  });
});
