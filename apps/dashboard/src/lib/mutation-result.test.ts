import { describe, expect, it } from 'vitest';
import { fieldMap, outcomeOf } from './mutation-result';

describe('reading a mutation’s result union', () => {
  it('gives the data of a success', () => {
    expect(
      outcomeOf({ __typename: 'MutationWaiveObligationSuccess', data: { id: '7' } }, 'sv'),
    ).toEqual({ ok: true, data: { id: '7' } });
  });

  it('gives an input error’s messages by field, in the reader’s language when the code is known', () => {
    const result = outcomeOf(
      {
        __typename: 'InputError',
        message: 'Uppgifterna är ogiltiga.',
        fields: [
          {
            field: 'reason',
            code: 'WAIVER_REASON_TOO_SHORT',
            message: 'Skriv skälet till undantaget (minst 10 tecken).',
          },
          { field: 'obligationKey', code: 'NOT_OPEN', message: 'Skyldigheten är redan uppfylld.' },
        ],
      },
      'en',
    );
    expect(result).toEqual({
      ok: false,
      kind: 'input',
      message: 'Uppgifterna är ogiltiga.',
      rule: null,
      fields: {
        reason: 'Give the reason for the waiver (at least 10 characters).',
        obligationKey: 'Skyldigheten är redan uppfylld.',
      },
      messages: [
        'Give the reason for the waiver (at least 10 characters).',
        'Skyldigheten är redan uppfylld.',
      ],
    });
  });

  it('names the rule of a rule violation and keeps every message in order', () => {
    const result = outcomeOf(
      {
        __typename: 'RuleViolation',
        rule: 'R4',
        message: 'Ansökan kan inte lämnas in …',
        fields: [
          {
            field: 'ownerUnitId',
            code: 'NOT_IN_PLAN',
            message: 'Projektet finns inte i SDF Fosies verksamhetsplan för 2007.',
          },
          {
            field: 'benefit',
            code: 'ANALYSIS_INCOMPLETE',
            message: 'Beskriv projektets nytta innan ansökan lämnas in.',
          },
        ],
      },
      'sv',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe('rule');
    expect(result.rule).toBe('R4');
    expect(result.messages).toEqual([
      'Projektet finns inte i SDF Fosies verksamhetsplan för 2007.',
      'Beskriv projektets nytta innan ansökan lämnas in.',
    ]);
  });

  it('tells a stale version apart', () => {
    const result = outcomeOf({ __typename: 'StaleVersion', message: 'Posten har ändrats.' }, 'sv');
    expect(result).toMatchObject({ ok: false, kind: 'stale', fields: {}, messages: [] });
  });

  it('keeps the first message per field', () => {
    expect(
      fieldMap([
        { field: 'a', code: 'x', message: 'first' },
        { field: 'a', code: 'y', message: 'second' },
        { field: '', code: 'z', message: 'whole' },
      ]),
    ).toEqual({ a: 'first', '': 'whole' });
  });
});
