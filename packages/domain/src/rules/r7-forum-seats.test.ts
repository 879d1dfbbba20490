import { describe, expect, it } from 'vitest';
import { testFacts } from '../obligations/test-facts';
import type { LedgerFacts } from '../obligations/types';
import { forumSeatObligations } from './r7-forum-seats';

type Seat = LedgerFacts['seats'][number];

const seat = (id: number, holder: Seat['holder'], more: Partial<Seat> = {}): Seat => ({
  id,
  unitId: null,
  fromYear: 2006,
  toYear: null,
  holder,
  ...more,
});

const person = (leftOn: string | null, active = true, personUnitId: number | null = 8) =>
  ({ kind: 'person', personUnitId, active, leftOn }) as const;

const stateOn = (asOf: string, s: Seat) => forumSeatObligations(testFacts({ asOf, seats: [s] }))[0];

describe('R7 every forum seat is held, so its meetings can be reported', () => {
  it('R7: an empty seat is overdue from the start of its first year', () => {
    expect(stateOn('2007-06-15', seat(1, { kind: 'empty' }, { unitId: 5 }))).toMatchObject({
      key: 'forum_seat:seat:1',
      kind: 'forum_seat',
      rule: 'R7',
      subject: 'seat',
      ownerUnitId: 5,
      dueOn: '2006-01-01',
      state: 'overdue',
    });
  });

  it('R7: a holder who has left makes the seat overdue; owner falls back to their unit', () => {
    expect(stateOn('2007-06-15', seat(2, person('2007-06-15')))).toMatchObject({
      dueOn: '2007-06-15',
      ownerUnitId: 8,
      state: 'overdue',
    });
    expect(stateOn('2007-06-15', seat(3, person(null, false, null)))).toMatchObject({
      dueOn: null,
      year: null,
      ownerUnitId: 1,
      state: 'overdue',
    });
  });

  it('R7: a holder leaving within 90 days makes it due on the leaving date; day 91 is fine', () => {
    expect(stateOn('2007-06-15', seat(4, person('2007-09-13')))).toMatchObject({
      dueOn: '2007-09-13',
      state: 'due',
    });
    expect(stateOn('2007-06-15', seat(4, person('2007-09-14')))).toMatchObject({
      state: 'fulfilled',
      fulfilledOn: '2006-01-01',
    });
  });

  it('R7: seats held by a unit or a project are fulfilled', () => {
    expect(stateOn('2007-06-15', seat(5, { kind: 'project' }))?.state).toBe('fulfilled');
    expect(stateOn('2007-06-15', seat(6, { kind: 'unit' }, { fromYear: null }))).toMatchObject({
      state: 'fulfilled',
      dueOn: '2006-01-01',
    });
  });

  it('R7: seats not current on asOf carry no duty', () => {
    const seats = [
      seat(7, { kind: 'empty' }, { toYear: 2006 }),
      seat(8, { kind: 'empty' }, { fromYear: 2008 }),
      seat(9, { kind: 'empty' }, { toYear: 2007 }),
    ];
    expect(
      forumSeatObligations(testFacts({ asOf: '2007-06-15', seats })).map((o) => o.subjectId),
    ).toEqual([9]);
  });
});
