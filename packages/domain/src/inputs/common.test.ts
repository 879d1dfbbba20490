import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isIsoDate } from '../rules/dates';
import {
  engagementTagsSchema,
  fieldErrors,
  id,
  idList,
  isoDate,
  money,
  optionalDate,
  optionalId,
  optionalMoney,
  optionalText,
  parseInput,
  parseInputEn,
  requiredText,
} from './common';

const form = z.object({
  title: requiredText(10),
  note: optionalText(20),
  on: isoDate,
  until: optionalDate,
  ownerId: id,
  helperId: optionalId,
  cost: money,
  budget: optionalMoney,
});

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2007-02-28')).toBe(true);
    expect(isIsoDate('2008-02-29')).toBe(true);
    expect(isIsoDate('2007-02-29')).toBe(false);
    expect(isIsoDate('2007-02-30')).toBe(false);
    expect(isIsoDate('2007-13-01')).toBe(false);
    expect(isIsoDate('2007-2-3')).toBe(false);
    expect(isIsoDate('2007-02-03T00:00')).toBe(false);
  });

  it('refuses 2007-02-30 with a Swedish message at the field', () => {
    expect(parseInput(z.object({ on: isoDate }), { on: '2007-02-30' })).toEqual({
      ok: false,
      errors: [
        { field: 'on', code: 'INVALID_DATE', message: 'Ange ett giltigt datum (ÅÅÅÅ-MM-DD).' },
      ],
    });
    const optional = parseInput(z.object({ until: optionalDate }), { until: '2007-02-30' });
    expect(optional.ok || optional.errors[0]?.code).toBe('INVALID_DATE');
  });

  it('trims a date, and blank, null or missing optional dates become null', () => {
    const schema = z.object({ on: isoDate, a: optionalDate, b: optionalDate, c: optionalDate });
    expect(schema.parse({ on: ' 2006-06-01 ', a: '  ', b: null })).toEqual({
      on: '2006-06-01',
      a: null,
      b: null,
      c: null,
    });
  });
});

describe('text, ids and money', () => {
  const valid = { title: ' MIPIM ', on: '2006-03-14', ownerId: 'VW5pdDox', cost: 0 };

  it('trims text, and blank optional text and ids become null', () => {
    expect(form.parse({ ...valid, note: '   ', helperId: ' ' })).toEqual({
      title: 'MIPIM',
      note: null,
      on: '2006-03-14',
      until: null,
      ownerId: 'VW5pdDox',
      helperId: null,
      cost: 0,
      budget: null,
    });
    expect(form.parse({ ...valid, note: null, helperId: null, budget: null }).note).toBeNull();
  });

  it('refuses blank required text and ids, in Swedish', () => {
    const result = parseInput(form, { ...valid, title: '   ', ownerId: ' ' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { field: 'title', code: 'REQUIRED', message: 'Fältet måste fyllas i.' },
      { field: 'ownerId', code: 'REQUIRED', message: 'Fältet måste fyllas i.' },
    ]);
  });

  it('names a missing required field in Swedish, keeping zod’s code', () => {
    const result = parseInput(form, { ...valid, title: undefined });
    expect(result.ok || result.errors).toEqual([
      { field: 'title', code: 'invalid_type', message: 'Fältet måste fyllas i.' },
    ]);
  });

  it('limits the length after trimming', () => {
    expect(form.safeParse({ ...valid, title: `  ${'x'.repeat(10)}  ` }).success).toBe(true);
    const result = parseInput(form, { ...valid, title: 'x'.repeat(11), note: 'y'.repeat(21) });
    expect(result.ok || result.errors).toEqual([
      { field: 'title', code: 'too_big', message: 'Högst 10 tecken.' },
      { field: 'note', code: 'too_big', message: 'Högst 20 tecken.' },
    ]);
  });

  it('takes money as whole SEK from 0 to 10 000 000 000', () => {
    expect(money.safeParse(10_000_000_000).success).toBe(true);
    const result = parseInput(form, { ...valid, cost: -1, budget: 10_000_000_001 });
    expect(result.ok || result.errors.map((e) => [e.field, e.code, e.message])).toEqual([
      ['cost', 'too_small', 'Värdet måste vara minst 0.'],
      ['budget', 'too_big', expect.stringMatching(/^Värdet får vara högst 10\s000\s000\s000\.$/)],
    ]);
    const fraction = parseInput(form, { ...valid, cost: 1.5 });
    expect(fraction.ok || fraction.errors).toEqual([
      { field: 'cost', code: 'invalid_type', message: 'Ange ett heltal.' },
    ]);
  });

  it('falls back to zod’s Swedish locale for other issues', () => {
    const result = parseInput(z.object({ n: z.number() }), { n: 'tio' });
    expect(result.ok || result.errors[0]?.message).toBe(
      'Ogiltig inmatning: förväntat number, fick string',
    );
  });
});

describe('tags and id lists', () => {
  it('default to empty lists', () => {
    expect(engagementTagsSchema.parse({})).toEqual({
      orientations: [],
      priorityAreas: [],
      themes: [],
    });
    expect(idList.parse(undefined)).toEqual([]);
  });

  it('remove duplicates, keeping the first order', () => {
    expect(
      engagementTagsSchema.parse({
        orientations: ['profiling', 'strategic_influence', 'profiling'],
        priorityAreas: ['work', 'work'],
        themes: ['integration', 'youth', 'integration'],
      }),
    ).toEqual({
      orientations: ['profiling', 'strategic_influence'],
      priorityAreas: ['work'],
      themes: ['integration', 'youth'],
    });
    expect(idList.parse(['a', ' a ', 'b'])).toEqual(['a', 'b']);
  });

  it('refuses an unknown value, at its index', () => {
    const result = parseInput(engagementTagsSchema, { themes: ['integration', 'golf'] });
    expect(result.ok || result.errors.map((e) => [e.field, e.code])).toEqual([
      ['themes.1', 'invalid_value'],
    ]);
  });
});

describe('locales', () => {
  it('gives English messages for the English UI, with the same fields and codes', () => {
    const data = { title: ' ', on: '2007-02-30', ownerId: 'x', cost: 1.5, note: 'n'.repeat(21) };
    const sv = parseInput(form, data);
    const en = parseInputEn(form, data);
    expect(en).toEqual({
      ok: false,
      errors: [
        { field: 'title', code: 'REQUIRED', message: 'This field is required.' },
        { field: 'note', code: 'too_big', message: 'At most 20 characters.' },
        { field: 'on', code: 'INVALID_DATE', message: 'Enter a valid date (YYYY-MM-DD).' },
        { field: 'cost', code: 'invalid_type', message: 'Enter a whole number.' },
      ],
    });
    expect(sv.ok || sv.errors.map((e) => [e.field, e.code])).toEqual(
      en.ok || en.errors.map((e) => [e.field, e.code]),
    );
    expect(parseInput(form, data, 'en')).toEqual(en);
  });

  it('does not change zod’s global locale', () => {
    parseInput(form, {});
    const plain = z.number().safeParse('x');
    expect(plain.success || plain.error.issues[0]?.message).toBe(
      'Invalid input: expected number, received string',
    );
  });

  it('fieldErrors reads our own codes from any parse', () => {
    const plain = form.safeParse({ title: ' ', on: '2006-01-01', ownerId: 'x', cost: 1 });
    expect(plain.success || fieldErrors(plain.error)).toEqual([
      { field: 'title', code: 'REQUIRED', message: 'Fältet måste fyllas i.' },
    ]);
    expect(plain.success || fieldErrors(plain.error, 'en')[0]?.message).toBe(
      'This field is required.',
    );
  });

  it('returns the parsed value on success', () => {
    expect(parseInput(z.object({ on: isoDate }), { on: '2006-01-01' })).toEqual({
      ok: true,
      value: { on: '2006-01-01' },
    });
  });
});
