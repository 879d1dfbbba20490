import { describe, expect, it } from 'vitest';
import { testFacts } from '../obligations/test-facts';
import {
  type AssessmentScores,
  assessmentCost,
  assessmentScore,
  membershipAssessmentObligations,
  membershipValue,
  STAFF_HOUR_COST_SEK,
  valueForMoney,
} from './r8-membership-assessment';

const membership = (
  id: number,
  assessedOn: string[],
  more: { since?: number | null; endedYear?: number | null } = {},
) => ({
  id,
  unitId: 3,
  since: more.since === undefined ? 1997 : more.since,
  endedYear: more.endedYear ?? null,
  assessedOn,
});

describe('R8 every membership is assessed every twelve months', () => {
  it('R8: an old membership is first due twelve months after the ledger starts', () => {
    const facts = testFacts({ asOf: '2007-06-15', memberships: [membership(3, [])] });
    expect(membershipAssessmentObligations(facts)).toEqual([
      {
        key: 'membership_assessment:membership:3:2007-01-01',
        kind: 'membership_assessment',
        rule: 'R8',
        subject: 'membership',
        subjectId: 3,
        year: 2007,
        ownerUnitId: 1,
        dueOn: '2007-01-01',
        fulfilledOn: null,
        state: 'overdue',
        waiver: null,
      },
    ]);
  });

  it('R8: a membership joined later is first due twelve months after its join year began', () => {
    const facts = testFacts({
      asOf: '2007-06-15',
      memberships: [membership(4, [], { since: 2007 })],
    });
    expect(membershipAssessmentObligations(facts)).toMatchObject([
      { dueOn: '2008-01-01', state: 'due' },
    ]);
  });

  it('R8: each assessment fulfils one occurrence; the next is due a year after it', () => {
    const facts = testFacts({
      asOf: '2007-06-15',
      memberships: [membership(3, ['2007-05-01', '2006-04-10', '2007-08-01'])],
    });
    expect(membershipAssessmentObligations(facts).map((o) => [o.key, o.state])).toEqual([
      ['membership_assessment:membership:3:2007-01-01', 'fulfilled'],
      ['membership_assessment:membership:3:2007-04-10', 'fulfilled'],
      ['membership_assessment:membership:3:2008-05-01', 'due'],
    ]);
  });

  it('R8: ended memberships and memberships not yet begun carry no duty', () => {
    const facts = testFacts({
      asOf: '2007-06-15',
      memberships: [
        membership(5, [], { endedYear: 2006 }),
        membership(6, [], { endedYear: 2007 }),
        membership(7, [], { since: 2008 }),
      ],
    });
    expect(membershipAssessmentObligations(facts).map((o) => o.subjectId)).toEqual([6]);
  });
});

const scores = (s: number[]): AssessmentScores => ({
  exchange_quality: s[0] ?? 0,
  influence: s[1] ?? 0,
  participation: s[2] ?? 0,
  information_use: s[3] ?? 0,
});

describe('R8 membership value index', () => {
  it('R8: maps the mean of four 1–5 scores onto 0–100, to one decimal', () => {
    expect(assessmentScore(scores([1, 1, 1, 1]))).toBe(0);
    expect(assessmentScore(scores([5, 5, 5, 5]))).toBe(100);
    expect(assessmentScore(scores([3, 3, 3, 3]))).toBe(50);
    expect(assessmentScore(scores([4, 3, 2, 1]))).toBe(37.5);
    expect(assessmentScore(scores([2, 1, 1, 1]))).toBe(6.3);
  });

  it('R8: rejects scores that are not whole numbers from 1 to 5', () => {
    expect(() => assessmentScore(scores([0, 3, 3, 3]))).toThrow(RangeError);
    expect(() => assessmentScore(scores([3, 6, 3, 3]))).toThrow(RangeError);
    expect(() => assessmentScore(scores([3, 3, 2.5, 3]))).toThrow(RangeError);
    expect(() => assessmentScore(scores([3, 3, 3, Number.NaN]))).toThrow(RangeError);
  });

  it('R8: cost is the fee plus staff hours at the stated hourly cost', () => {
    expect(STAFF_HOUR_COST_SEK).toBe(400);
    expect(assessmentCost({ feeSek: 100_000, staffHours: 250 })).toBe(200_000);
    expect(() => assessmentCost({ feeSek: -1, staffHours: 0 })).toThrow(RangeError);
  });

  it('R8: value for money is points per 100 000 SEK, null for a free membership', () => {
    expect(valueForMoney(75, 200_000)).toBe(37.5);
    expect(valueForMoney(50, 300_000)).toBe(16.7);
    expect(valueForMoney(50, 0)).toBeNull();
  });

  it("R8: the trend takes each year's latest assessment; change is since the previous one", () => {
    const value = membershipValue([
      { assessedOn: '2007-09-01', scores: scores([4, 4, 4, 4]), feeSek: 60_000, staffHours: 100 },
      { assessedOn: '2006-03-01', scores: scores([2, 2, 2, 2]), feeSek: 50_000, staffHours: 0 },
      { assessedOn: '2007-02-01', scores: scores([3, 3, 3, 3]), feeSek: 60_000, staffHours: 100 },
      { assessedOn: '2006-11-01', scores: scores([3, 2, 2, 2]), feeSek: 50_000, staffHours: 0 },
    ]);
    expect(value.trend).toEqual([
      {
        year: 2006,
        assessedOn: '2006-11-01',
        score: 31.3,
        costSek: 50_000,
        valueForMoney: 62.6,
        change: null,
      },
      {
        year: 2007,
        assessedOn: '2007-09-01',
        score: 75,
        costSek: 100_000,
        valueForMoney: 75,
        change: 43.7,
      },
    ]);
    expect(value.latest).toMatchObject({ assessedOn: '2007-09-01', score: 75, change: 25 });
    expect(value.change).toBe(25);
  });

  it('R8: a membership without assessments has no value yet', () => {
    expect(membershipValue([])).toEqual({ latest: null, change: null, trend: [] });
  });
});
