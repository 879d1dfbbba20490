import { describe, expect, it } from 'vitest';
import { parseInput, parseInputEn } from './common';
import { engagementTagsInputSchema, waiveObligationInputSchema } from './obligation';

describe('waiveObligationInputSchema', () => {
  const waiver = {
    obligationKey: 'meeting_report:meeting:12',
    reason: 'Mötet ställdes in med kort varsel.',
  };

  it('parses a waiver; keys may carry a date', () => {
    expect(waiveObligationInputSchema.parse(waiver)).toEqual({ ...waiver, waivedOn: null });
    expect(
      waiveObligationInputSchema.safeParse({
        ...waiver,
        obligationKey: 'operational_plan:unit:3:2007',
      }).success,
    ).toBe(true);
  });

  it('wants a reason of at least 10 characters after trimming', () => {
    const message = 'Skriv skälet till undantaget (minst 10 tecken).';
    for (const reason of ['', '   kort    ']) {
      expect(parseInput(waiveObligationInputSchema, { ...waiver, reason })).toEqual({
        ok: false,
        errors: [{ field: 'reason', code: 'WAIVER_REASON_TOO_SHORT', message }],
      });
    }
    const en = parseInputEn(waiveObligationInputSchema, { ...waiver, reason: 'kort' });
    expect(en.ok || en.errors[0]?.message).toBe(
      'Give the reason for the waiver (at least 10 characters).',
    );
  });

  it('refuses a malformed key', () => {
    const result = parseInput(waiveObligationInputSchema, {
      ...waiver,
      obligationKey: 'Meeting:1',
    });
    expect(result.ok || result.errors.map((e) => [e.field, e.code])).toEqual([
      ['obligationKey', 'invalid_format'],
    ]);
    expect(result.ok || result.errors[0]?.message).toMatch(/^Ogiltig sträng/);
  });
});

describe('engagementTagsInputSchema (R1, R3)', () => {
  it('takes an id and tags, duplicates removed', () => {
    expect(
      engagementTagsInputSchema.parse({ id: 'bTox', priorityAreas: ['safety', 'safety'] }),
    ).toEqual({ id: 'bTox', orientations: [], priorityAreas: ['safety'], themes: [] });
  });
});
