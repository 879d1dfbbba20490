import { describe, expect, it } from 'vitest';
import { parseInput } from './common';
import { meetingInputSchema, meetingReportInputSchema } from './meeting';

const meeting = { unitId: 'u1', date: '2006-10-12', place: 'Bryssel' };

describe('meetingInputSchema (R7)', () => {
  it('parses a forum meeting; attendees default to none, duplicates removed', () => {
    expect(meetingInputSchema.parse({ ...meeting, forumId: 'f1' })).toEqual({
      ...meeting,
      forumId: 'f1',
      organisationId: null,
      partnerCityId: null,
      attendeeIds: [],
      attendeeNote: null,
    });
    expect(
      meetingInputSchema.parse({ ...meeting, partnerCityId: 'p1', attendeeIds: ['a', 'b', 'a'] })
        .attendeeIds,
    ).toEqual(['a', 'b']);
  });

  it('wants exactly one of forum, organisation and partner city, reported at forumId', () => {
    const expected = {
      ok: false,
      errors: [
        {
          field: 'forumId',
          code: 'MEETING_COUNTERPART_EXACTLY_ONE',
          message: 'Välj ett forum, en organisation eller en partnerstad – exakt ett av dem.',
        },
      ],
    };
    expect(parseInput(meetingInputSchema, meeting)).toEqual(expected);
    expect(
      parseInput(meetingInputSchema, { ...meeting, forumId: 'f1', organisationId: 'o1' }),
    ).toEqual(expected);
  });

  it('refuses a blank place and a false date', () => {
    const result = parseInput(meetingInputSchema, {
      ...meeting,
      organisationId: 'o1',
      place: ' ',
      date: '2006-02-29',
    });
    expect(result.ok || result.errors.map((e) => [e.field, e.code])).toEqual([
      ['date', 'INVALID_DATE'],
      ['place', 'REQUIRED'],
    ]);
  });
});

describe('meetingReportInputSchema (R7)', () => {
  it('requires a summary; blank follow-ups become null', () => {
    const report = { meetingId: 'm1', submittedOn: '2006-10-20', summary: ' Bra möte ' };
    expect(meetingReportInputSchema.parse({ ...report, followUps: '' })).toEqual({
      ...report,
      summary: 'Bra möte',
      followUps: null,
    });
    const result = parseInput(meetingReportInputSchema, { ...report, summary: '' });
    expect(result.ok || result.errors).toEqual([
      { field: 'summary', code: 'REQUIRED', message: 'Fältet måste fyllas i.' },
    ]);
  });
});
