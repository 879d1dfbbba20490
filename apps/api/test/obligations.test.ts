import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { touchDataVersion } from '../src/db/data-version';
import { generateDemoActivity } from '../src/demo/generate';
import { createTestApi, type TestApi } from './support';

let api: TestApi;
const ids: Record<string, string> = {};

type Row = {
  key: string;
  kind: string;
  rule: string;
  state: string;
  dueOn: string | null;
  fulfilledOn: string | null;
  year: number | null;
  ownerUnit: { key: string } | null;
  waiver: { reason: string } | null;
  meeting: { place: string } | null;
  unit: { key: string } | null;
  agreement: { key: string } | null;
  membership: { organisation: { key: string } } | null;
  seat: { person: { key: string } | null } | null;
  partnerCity: { key: string } | null;
  project: { title: string } | null;
  secondment: { endOn: string } | null;
};

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await api.query<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

const LEDGER = `query ($asOf: Date, $filter: ObligationFilter, $first: Int) {
  obligations(asOf: $asOf, filter: $filter, first: $first) {
    totalCount
    edges { node {
      key kind rule state dueOn fulfilledOn year
      ownerUnit { key } waiver { reason }
      meeting { place } unit { key } agreement { key } project { title } secondment { endOn }
      membership { organisation { key } } seat { person { key } } partnerCity { key }
    } }
  }
}`;

async function ledger(asOf: string, filter: Record<string, unknown> = {}) {
  const d = await data<{ obligations: { totalCount: number; edges: { node: Row }[] } }>(LEDGER, {
    asOf,
    filter,
    first: 500,
  });
  return d.obligations.edges.map((e) => e.node);
}

async function mutate(mutation: string, inputType: string, input: Record<string, unknown>) {
  const d = await data<{ result: { __typename: string; data?: { id: string } } }>(
    `mutation ($input: ${inputType}!) { result: ${mutation}(input: $input) {
      __typename ... on Error { message } ... on InputError { fields { field code message } }
      ... on ${`Mutation${mutation[0]?.toUpperCase()}${mutation.slice(1)}Success`} { data { id } }
    } }`,
    { input },
  );
  return d.result;
}

async function created(mutation: string, inputType: string, input: Record<string, unknown>) {
  const result = await mutate(mutation, inputType, input);
  expect(result.__typename, JSON.stringify(result)).toMatch(/Success$/);
  return result.data?.id as string;
}

async function sql(statement: string, params: unknown[] = []) {
  await api.db.orm.em.fork().getConnection().execute(statement, params);
}

beforeAll(async () => {
  api = await createTestApi();
  const d = await data<{
    units: { edges: { node: { id: string; key: string } }[] };
    partnerCities: { edges: { node: { id: string; key: string } }[] };
    memberships: { edges: { node: { id: string; organisation: { key: string } } }[] };
    forums: { edges: { node: { id: string; key: string } }[] };
  }>(`query ($first: Int = 500) {
    units(first: $first) { edges { node { id key } } }
    partnerCities(first: $first) { edges { node { id key } } }
    memberships(first: $first) { edges { node { id organisation { key } } } }
    forums(first: $first) { edges { node { id key } } }
  }`);
  for (const e of d.units.edges) ids[e.node.key] = e.node.id;
  for (const e of d.partnerCities.edges) ids[e.node.key] = e.node.id;
  for (const e of d.memberships.edges) ids[`membership:${e.node.organisation.key}`] = e.node.id;
  for (const e of d.forums.edges) ids[e.node.key] = e.node.id;
});
afterAll(() => api.close());

describe('the obligations ledger through the API', () => {
  it('R7: a meeting report is due for 14 days, then overdue, then fulfilled once filed', async () => {
    const meeting = await created('createMeeting', 'MeetingInput', {
      forumId: ids['eurocities-culture-forum'],
      unitId: ids.kulturforvaltningen,
      date: '2008-03-01',
      place: 'Lille',
    });
    const state = async (asOf: string) =>
      (await ledger(asOf, { kinds: ['MEETING_REPORT'] })).find((o) => o.meeting?.place === 'Lille');
    expect(await state('2008-02-28')).toBeUndefined();
    expect(await state('2008-03-15')).toMatchObject({
      state: 'DUE',
      rule: 'R7',
      dueOn: '2008-03-15',
      ownerUnit: { key: 'kulturforvaltningen' },
    });
    expect((await state('2008-03-16'))?.state).toBe('OVERDUE');
    await created('submitMeetingReport', 'MeetingReportInput', {
      meetingId: meeting,
      submittedOn: '2008-03-20',
      summary: 'Europeisk kulturhuvudstad diskuterades.',
    });
    expect(await state('2008-03-25')).toMatchObject({
      state: 'FULFILLED',
      fulfilledOn: '2008-03-20',
    });
    // Read on a day before the report was filed, the duty was still overdue.
    expect((await state('2008-03-19'))?.state).toBe('OVERDUE');
  });

  it('tells which day to read the ledger on: today, or the demo activity’s day', async () => {
    const plain = await data<{ ledgerSettings: Record<string, unknown> }>(
      '{ ledgerSettings { today demoAsOf meetingReportDays } }',
    );
    expect(plain.ledgerSettings).toMatchObject({ demoAsOf: null, meetingReportDays: 14 });
    expect(plain.ledgerSettings.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const withDemo = await createTestApi();
    try {
      await generateDemoActivity(withDemo.db.orm.em.fork());
      const result = await withDemo.query<{ ledgerSettings: { demoAsOf: string } }>(
        '{ ledgerSettings { demoAsOf } }',
      );
      expect(result.data?.ledgerSettings.demoAsOf).toBe('2008-10-15');
    } finally {
      await withDemo.close();
    }
  });

  it('R7: the report window is configurable', async () => {
    const strict = await createTestApi({ settings: { meetingReportDays: 7 } });
    try {
      const units = await strict.query<{ units: { edges: { node: { id: string } }[] } }>(
        `{ units(filter: { search: "Kulturförvaltningen" }) { edges { node { id } } } }`,
      );
      const forums = await strict.query<{ forums: { edges: { node: { id: string } }[] } }>(
        `{ forums(filter: { search: "Culture Forum" }) { edges { node { id } } } }`,
      );
      await strict.query(
        `mutation ($input: MeetingInput!) { createMeeting(input: $input) { __typename } }`,
        {
          input: {
            forumId: forums.data?.forums.edges[0]?.node.id,
            unitId: units.data?.units.edges[0]?.node.id,
            date: '2008-03-01',
            place: 'Wien',
          },
        },
      );
      const result = await strict.query<{ obligations: { edges: { node: Row }[] } }>(LEDGER, {
        asOf: '2008-03-05',
        filter: { kinds: ['MEETING_REPORT'] },
      });
      expect(result.data?.obligations.edges.map((e) => e.node.dueOn)).toEqual(['2008-03-08']);
    } finally {
      await strict.close();
    }
  });

  it('R5: units without a plan for the year are overdue; departments and the board owe none', async () => {
    await created('createOperationalPlan', 'OperationalPlanInput', {
      unitId: ids['sdf-fosie'],
      year: 2007,
      adoptedOn: '2006-12-14',
      priorities: [],
    });
    const plans = (await ledger('2007-03-01', { kinds: ['OPERATIONAL_PLAN'] })).filter(
      (o) => o.year === 2007,
    );
    const byUnit = new Map(plans.map((o) => [o.unit?.key, o]));
    expect(byUnit.get('sdf-fosie')).toMatchObject({ state: 'FULFILLED', dueOn: '2007-01-31' });
    expect(byUnit.get('sdf-oxie')).toMatchObject({ state: 'OVERDUE', dueOn: '2007-01-31' });
    expect(byUnit.has('kommunikation-utveckling')).toBe(false);
    expect(byUnit.has('kommunstyrelsen')).toBe(false);
    // 26 units in the annex, less the three departments of Stadskontoret and Kommunstyrelsen.
    expect(plans).toHaveLength(22);
    // From October, next year's plan is due.
    const autumn = await ledger('2007-10-15', { kinds: ['OPERATIONAL_PLAN'], states: ['DUE'] });
    expect(new Set(autumn.map((o) => o.year))).toEqual(new Set([2008]));
  });

  it('R13: Newcastle’s agreement is due within six months of its end and overdue after it', async () => {
    const newcastle = async (asOf: string) =>
      (await ledger(asOf, { kinds: ['AGREEMENT_EXPIRY'] })).filter((o) =>
        o.agreement?.key.startsWith('newcastle'),
      );
    expect(await newcastle('2006-06-29')).toEqual([]);
    expect((await newcastle('2006-08-01'))[0]).toMatchObject({
      state: 'DUE',
      dueOn: '2006-12-31',
      ownerUnit: { key: 'stadskontoret' },
    });
    expect((await newcastle('2007-01-01'))[0]?.state).toBe('OVERDUE');
    // Agreements without an end date owe nothing.
    const all = await ledger('2007-01-01', { kinds: ['AGREEMENT_EXPIRY'] });
    expect(all.every((o) => o.agreement?.key.startsWith('newcastle'))).toBe(true);
  });

  it('R8: each membership is assessed every 12 months', async () => {
    await created('createMembershipAssessment', 'MembershipAssessmentInput', {
      membershipId: ids['membership:eurocities'],
      assessedOn: '2007-06-01',
      scores: { exchangeQuality: 4, influence: 3, participation: 4, informationUse: 3 },
      feeSek: 150000,
      staffHours: 200,
    });
    const rows = await ledger('2008-03-01', { kinds: ['MEMBERSHIP_ASSESSMENT'] });
    const eurocities = rows.filter((o) => o.membership?.organisation.key === 'eurocities');
    expect(eurocities.map((o) => [o.state, o.dueOn, o.fulfilledOn])).toEqual([
      ['DUE', '2008-06-01', null],
      ['FULFILLED', '2007-01-01', '2007-06-01'],
    ]);
    const ubc = rows.filter((o) => o.membership?.organisation.key === 'union-of-baltic-cities');
    expect(ubc.map((o) => [o.state, o.dueOn])).toEqual([['OVERDUE', '2007-01-01']]);
    expect(rows.every((o) => o.ownerUnit?.key === 'stadskontoret')).toBe(true);
  });

  it('R7: a seat held by someone who has left is overdue, by someone leaving soon due', async () => {
    await sql(`update person set left_on = '2008-02-01' where key = 'eva-klammeus'`);
    const seat = async (asOf: string) =>
      (await ledger(asOf, { kinds: ['FORUM_SEAT'] })).find(
        (o) => o.seat?.person?.key === 'eva-klammeus',
      );
    expect(await seat('2007-06-01')).toMatchObject({ state: 'FULFILLED' });
    expect(await seat('2008-01-15')).toMatchObject({ state: 'DUE', dueOn: '2008-02-01' });
    expect(await seat('2008-03-01')).toMatchObject({ state: 'OVERDUE' });
    await sql(`update person set left_on = null where key = 'eva-klammeus'`);
  });

  it('R11: a secondment report is due one calendar month after the return', async () => {
    await created('createSecondment', 'SecondmentInput', {
      externalOrganisation: 'Lunds kommun',
      startOn: '2007-11-01',
      endOn: '2008-01-31',
      purpose: 'SPECIAL_ASSIGNMENT',
    });
    const rows = await ledger('2008-02-15', { kinds: ['SECONDMENT_REPORT'] });
    expect(rows.map((o) => [o.state, o.dueOn, o.ownerUnit?.key])).toEqual([
      ['DUE', '2008-02-29', 'stadskontoret'],
    ]);
  });

  it('R4: a project owes its benefit analysis by the application deadline', async () => {
    await created('createProject', 'ProjectInput', {
      title: 'Unga i arbete',
      ownerUnitId: ids['sdf-rosengard'],
      applicationDeadline: '2008-04-30',
    });
    const state = async (asOf: string) =>
      (await ledger(asOf, { kinds: ['PROJECT_ANALYSIS'] })).find(
        (o) => o.project?.title === 'Unga i arbete',
      )?.state;
    expect(await state('2008-04-30')).toBe('DUE');
    expect(await state('2008-05-01')).toBe('OVERDUE');
    // The annex's running projects never had an analysis recorded.
    const annex = (await ledger('2008-05-01', { kinds: ['PROJECT_ANALYSIS'] })).find(
      (o) => o.project?.title === 'CATCH',
    );
    expect(annex?.state).toBe('OVERDUE');
  });

  it('R3: a partner city needs recorded activity every 24 months', async () => {
    await created('createMeeting', 'MeetingInput', {
      partnerCityId: ids.vasa,
      unitId: ids.stadskontoret,
      date: '2007-05-01',
      place: 'Vasa',
    });
    const rows = await ledger('2008-03-01', { kinds: ['PARTNER_ACTIVITY'] });
    const vasa = rows.filter((o) => o.partnerCity?.key === 'vasa');
    expect(vasa.map((o) => [o.state, o.dueOn, o.fulfilledOn])).toEqual([
      ['DUE', '2009-05-01', null],
      ['FULFILLED', '2008-01-01', '2007-05-01'],
    ]);
    const tangshan = rows.filter((o) => o.partnerCity?.key === 'tangshan');
    expect(tangshan.map((o) => o.state)).toEqual(['OVERDUE']);
  });

  it('waives a duty with a reason, keeps the waiver on record, and can revoke it', async () => {
    const [target] = await ledger('2007-03-01', {
      kinds: ['OPERATIONAL_PLAN'],
      unitIds: [ids['sdf-husie']],
      dueFrom: '2007-01-31',
      dueTo: '2007-01-31',
    });
    expect(target?.state).toBe('OVERDUE');
    const key = target?.key as string;
    const short = await mutate('waiveObligation', 'WaiveObligationInput', {
      obligationKey: key,
      reason: 'Nej',
      waivedOn: '2007-03-01',
    });
    expect(short.__typename).toBe('InputError');
    await created('waiveObligation', 'WaiveObligationInput', {
      obligationKey: key,
      reason: 'Förvaltningen slogs ihop med SDF Fosie under året.',
      waivedOn: '2007-03-01',
    });
    const waived = await ledger('2007-03-02', { kinds: ['OPERATIONAL_PLAN'], states: ['WAIVED'] });
    expect(waived.map((o) => [o.key, o.waiver?.reason])).toEqual([
      [key, 'Förvaltningen slogs ihop med SDF Fosie under året.'],
    ]);
    const twice = await mutate('waiveObligation', 'WaiveObligationInput', {
      obligationKey: key,
      reason: 'Ett andra undantag för samma sak.',
      waivedOn: '2007-03-02',
    });
    expect(twice.__typename).toBe('InputError');
    const fulfilled = (await ledger('2007-03-01', { kinds: ['OPERATIONAL_PLAN'] })).find(
      (o) => o.unit?.key === 'sdf-fosie' && o.year === 2007,
    );
    expect(
      (
        await mutate('waiveObligation', 'WaiveObligationInput', {
          obligationKey: fulfilled?.key,
          reason: 'Behövs inte, planen finns redan.',
          waivedOn: '2007-03-01',
        })
      ).__typename,
    ).toBe('InputError');

    const history = await data<{ obligationWaivers: { id: string; revokedOn: string | null }[] }>(
      `query ($key: String) { obligationWaivers(obligationKey: $key) { id revokedOn } }`,
      { key },
    );
    expect(history.obligationWaivers).toHaveLength(1);
    const early = await data<{ result: { __typename: string } }>(
      `mutation ($id: ID!) { result: revokeObligationWaiver(id: $id, revokedOn: "2007-02-01") { __typename } }`,
      { id: history.obligationWaivers[0]?.id },
    );
    expect(early.result.__typename).toBe('InputError');
    const revoke = await data<{ result: { __typename: string } }>(
      `mutation ($id: ID!) { result: revokeObligationWaiver(id: $id, revokedOn: "2007-03-05") { __typename } }`,
      { id: history.obligationWaivers[0]?.id },
    );
    expect(revoke.result.__typename).toMatch(/Success$/);
    const twiceRevoked = await data<{ result: { __typename: string } }>(
      `mutation ($id: ID!) { result: revokeObligationWaiver(id: $id) { __typename } }`,
      { id: history.obligationWaivers[0]?.id },
    );
    expect(twiceRevoked.result.__typename).toBe('InputError');
    const again = (await ledger('2007-03-06', { kinds: ['OPERATIONAL_PLAN'] })).find(
      (o) => o.key === key,
    );
    expect(again?.state).toBe('OVERDUE');
    // The revocation is dated: read on a day before it, the duty was still waived.
    const before = (await ledger('2007-03-02', { kinds: ['OPERATIONAL_PLAN'] })).find(
      (o) => o.key === key,
    );
    expect(before?.state).toBe('WAIVED');
  });

  it('filters by unit, kind, state and due date, and sums up per unit', async () => {
    const asOf = '2008-03-01';
    const all = await ledger(asOf);
    const order = ['OVERDUE', 'DUE', 'FULFILLED', 'WAIVED'];
    const ranks = all.map((o) => order.indexOf(o.state));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const overdueStadskontoret = await ledger(asOf, {
      unitIds: [ids.stadskontoret],
      states: ['OVERDUE'],
    });
    expect(overdueStadskontoret.length).toBeGreaterThan(0);
    expect(
      overdueStadskontoret.every(
        (o) => o.ownerUnit?.key === 'stadskontoret' && o.state === 'OVERDUE',
      ),
    ).toBe(true);
    const window = await ledger(asOf, { dueFrom: '2008-01-01', dueTo: '2008-01-31' });
    expect(window.every((o) => o.dueOn && o.dueOn >= '2008-01-01' && o.dueOn <= '2008-01-31')).toBe(
      true,
    );
    const summary = await data<{
      obligationSummary: {
        total: number;
        byState: Record<string, number>;
        byUnit: {
          ownerUnit: { key: string } | null;
          total: number;
          byState: { overdue: number };
        }[];
      };
    }>(
      `query ($asOf: Date) { obligationSummary(asOf: $asOf) {
      total byState { overdue due fulfilled waived }
      byUnit { ownerUnit { key } total byState { overdue } }
    } }`,
      { asOf },
    );
    const s = summary.obligationSummary;
    expect(s.total).toBe(all.length);
    expect(s.byState.overdue).toBe(all.filter((o) => o.state === 'OVERDUE').length);
    expect(s.byUnit.reduce((sum, u) => sum + u.total, 0)).toBe(all.length);
    const overdue = s.byUnit.map((u) => u.byState.overdue);
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
  });

  it('refuses an impossible date in a filter as the client’s mistake, not an internal error', async () => {
    const refused = async (query: string) => {
      const result = (await api.query(query)) as {
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe(
        'BAD_USER_INPUT',
      );
      expect(result.errors?.[0]?.message).toContain('2007-02-30');
    };
    await refused('{ obligations(asOf: "2007-02-30") { totalCount } }');
    await refused('{ obligations(filter: { dueTo: "2007-02-30" }) { totalCount } }');
    await refused('{ meetings(filter: { dateFrom: "2007-02-30" }) { totalCount } }');
    await refused('{ projects(filter: { startTo: "2007-02-30" }) { totalCount } }');
  });

  it('reads the ledger in a fixed number of statements, whatever the page size', async () => {
    const cold = [];
    const warm = [];
    for (const first of [1, 10, 200, 1000]) {
      // Cold: the first read after a change of the data computes the ledger.
      await touchDataVersion(api.db.orm.em.fork());
      cold.push((await api.countStatements(LEDGER, { asOf: '2008-03-01', first })).statements);
      // Warm: the next read finds it kept for that data version.
      warm.push((await api.countStatements(LEDGER, { asOf: '2008-03-01', first })).statements);
    }
    // Both: the session lookup, the data version, then one statement per type the selection
    // reaches: units, the eight kinds of subject less Unit, the memberships' organisations and
    // the seats' people. Cold also reads the 11 kinds of fact, each in one statement.
    const selection = 1 + 7 + 2;
    expect(Math.max(...cold.map((s) => s.length))).toBeLessThanOrEqual(1 + 1 + 11 + selection);
    expect(Math.max(...warm.map((s) => s.length))).toBeLessThanOrEqual(1 + 1 + selection);
    expect(cold[3]?.length).toBe(cold[2]?.length);
    expect(warm[3]?.length).toBe(warm[2]?.length);
    // Each cold read computed the ledger; no warm read did.
    const computed = (statements: string[]) =>
      statements.filter((sql) => /from meeting m left join meeting_report r/.test(sql)).length;
    expect(cold.map(computed)).toEqual([1, 1, 1, 1]);
    expect(warm.map(computed)).toEqual([0, 0, 0, 0]);
  });
});
