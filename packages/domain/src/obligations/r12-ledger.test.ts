import { describe, expect, it } from 'vitest';
import { computeLedger, filterLedger, summariseLedger } from './ledger';
import { stateOf } from './state';
import { testFacts } from './test-facts';
import type { LedgerFacts } from './types';

const facts = (over: Partial<LedgerFacts> = {}) =>
  testFacts({
    asOf: '2007-06-15',
    units: [{ id: 7, active: true, hasParent: false, kind: 'district' }],
    plans: [
      { unitId: 7, year: 2006, adoptedOn: '2006-01-20' },
      { unitId: 7, year: 2007, adoptedOn: null },
    ],
    meetings: [
      { id: 1, unitId: 7, date: '2007-06-10', reportSubmittedOn: null },
      { id: 2, unitId: 7, date: '2007-05-01', reportSubmittedOn: null },
      { id: 12, unitId: 9, date: '2007-05-01', reportSubmittedOn: null },
      { id: 3, unitId: 9, date: '2007-04-01', reportSubmittedOn: '2007-04-05' },
    ],
    ...over,
  });

describe('R12 the obligations ledger documents every duty', () => {
  it('R12: states: fulfilled on or before asOf, overdue after the due date or when forced', () => {
    const asOf = '2007-06-15';
    expect(stateOf({ dueOn: '2007-06-01', fulfilledOn: '2007-06-15', asOf })).toBe('fulfilled');
    expect(stateOf({ dueOn: '2007-06-01', fulfilledOn: '2007-06-16', asOf })).toBe('overdue');
    expect(stateOf({ dueOn: '2007-06-15', fulfilledOn: null, asOf })).toBe('due');
    expect(stateOf({ dueOn: null, fulfilledOn: null, asOf })).toBe('due');
    expect(stateOf({ dueOn: null, fulfilledOn: null, asOf, overdueAnyway: true })).toBe('overdue');
  });

  it('R12: sorts overdue, due, fulfilled, waived; then by due date; then key, numerically', () => {
    const ledger = computeLedger(facts());
    expect(ledger.map((o) => [o.key, o.state, o.dueOn])).toEqual([
      ['meeting_report:meeting:2', 'overdue', '2007-05-15'],
      ['meeting_report:meeting:12', 'overdue', '2007-05-15'],
      ['meeting_report:meeting:1', 'due', '2007-06-24'],
      ['operational_plan:unit:7:2006', 'fulfilled', '2006-01-31'],
      ['operational_plan:unit:7:2007', 'fulfilled', '2007-01-31'],
      ['meeting_report:meeting:3', 'fulfilled', '2007-04-15'],
    ]);
  });

  it('R12: a waiver exempts an unfulfilled duty, never a fulfilled one, never from the future', () => {
    const waivers = [
      {
        obligationKey: 'meeting_report:meeting:2',
        reason: 'Inställt möte',
        waivedOn: '2007-05-20',
        waivedBy: 'Anna',
      },
      {
        obligationKey: 'meeting_report:meeting:2',
        reason: 'Äldre',
        waivedOn: '2007-05-02',
        waivedBy: null,
      },
      {
        obligationKey: 'meeting_report:meeting:3',
        reason: 'Onödig',
        waivedOn: '2007-05-01',
        waivedBy: null,
      },
      {
        obligationKey: 'meeting_report:meeting:1',
        reason: 'Senare',
        waivedOn: '2007-06-16',
        waivedBy: null,
      },
    ];
    const ledger = computeLedger(facts({ waivers }));
    const byKey = (key: string) => ledger.find((o) => o.key === key);
    expect(byKey('meeting_report:meeting:2')).toMatchObject({
      state: 'waived',
      waiver: { reason: 'Inställt möte', waivedOn: '2007-05-20', waivedBy: 'Anna' },
    });
    expect(byKey('meeting_report:meeting:3')).toMatchObject({ state: 'fulfilled', waiver: null });
    expect(byKey('meeting_report:meeting:1')).toMatchObject({ state: 'due', waiver: null });
    expect(ledger.at(-1)?.key).toBe('meeting_report:meeting:2');
  });

  it('R12: collects every rule of the strategy', () => {
    const ledger = computeLedger(
      facts({
        secondments: [
          { id: 1, unitId: 7, startOn: '2007-01-01', endOn: '2007-03-31', reportSubmittedOn: null },
        ],
        projects: [
          {
            id: 1,
            unitId: 7,
            state: 'idea',
            submittedOn: null,
            analysisCompletedOn: null,
            applicationDeadline: null,
            startOn: null,
          },
        ],
        agreements: [
          { id: 1, partnerCityId: 1, status: 'active', signedYear: 2003, validUntil: '2007-11-30' },
        ],
        memberships: [{ id: 1, unitId: 7, since: 1997, endedYear: null, assessedOn: [] }],
        seats: [{ id: 1, unitId: 7, fromYear: 2006, toYear: null, holder: { kind: 'empty' } }],
        partnerCities: [{ id: 1, activityOn: [] }],
      }),
    );
    expect(new Set(ledger.map((o) => o.rule))).toEqual(
      new Set(['R3', 'R4', 'R5', 'R7', 'R8', 'R11', 'R13']),
    );
    expect(new Set(ledger.map((o) => o.kind)).size).toBe(8);
    expect(new Set(ledger.map((o) => o.key)).size).toBe(ledger.length);
  });

  it('R12: filters by unit, kind, state and inclusive due dates; empty lists do not filter', () => {
    const ledger = computeLedger(facts());
    const keys = (f: Parameters<typeof filterLedger>[1]) =>
      filterLedger(ledger, f).map((o) => o.key);
    expect(keys({ unitIds: [9] })).toEqual([
      'meeting_report:meeting:12',
      'meeting_report:meeting:3',
    ]);
    expect(keys({ kinds: ['operational_plan'], states: ['fulfilled'] })).toHaveLength(2);
    expect(keys({ dueFrom: '2007-05-15', dueTo: '2007-06-24', states: [] })).toEqual([
      'meeting_report:meeting:2',
      'meeting_report:meeting:12',
      'meeting_report:meeting:1',
    ]);
    expect(keys({})).toHaveLength(ledger.length);
  });

  it('R12: summarises counts per state and per owner unit', () => {
    const summary = summariseLedger(computeLedger(facts()));
    expect(summary).toEqual({
      total: 6,
      byState: { overdue: 2, due: 1, fulfilled: 3, waived: 0 },
      byUnit: [
        { ownerUnitId: 7, total: 4, byState: { overdue: 1, due: 1, fulfilled: 2, waived: 0 } },
        { ownerUnitId: 9, total: 2, byState: { overdue: 1, due: 0, fulfilled: 1, waived: 0 } },
      ],
    });
  });
});
