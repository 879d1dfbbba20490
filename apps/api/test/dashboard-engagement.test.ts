import { decodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoActivity } from '../src/demo/generate';
import { ENGAGEMENT_KINDS } from '../src/services/dashboards/engagement';
import { annexIds, createTestApi, type TestApi } from './support';

type Row = {
  unitId: string | null;
  unitName: string | null;
  kind: string;
  projectState: string | null;
  count: number;
  budgetSek: number | null;
  euFundingSek: number | null;
  costSek: number | null;
};
type Filter = {
  yearFrom?: number;
  yearTo?: number;
  orientations?: string[];
  priorityAreas?: string[];
};

const ENGAGEMENT = `query ($filter: EngagementFilter) {
  engagementByUnit(filter: $filter) {
    unitId unitName kind projectState count budgetSek euFundingSek costSek
  }
}`;

let api: TestApi;
/** A second registry with four times the demo activity over five years. */
let big: TestApi;
let ids: Record<string, string>;
/** The membership a department owns (set in beforeAll). */
let owned: string;

beforeAll(async () => {
  [api, big] = await Promise.all([createTestApi(), createTestApi()]);
  await generateDemoActivity(api.db.orm.em.fork());
  await generateDemoActivity(big.db.orm.em.fork(), { scale: 4, toYear: 2010 });
  ids = await annexIds(api);
  // The annex names no membership's owner: let a department of Stadskontoret own one that
  // was assessed in 2007–2008.
  const assessed = await api.query<{
    membershipAssessments: { edges: { node: { membership: { id: string } } }[] };
  }>(`{ membershipAssessments(first: 1, filter: { assessedFrom: "2007-01-01", assessedTo: "2008-12-31" }) {
    edges { node { membership { id } } } } }`);
  owned = assessed.data?.membershipAssessments.edges[0]?.node.membership.id ?? '';
  await api.db.orm.em.fork().execute(
    `update membership set owner_unit_id = (select id from unit where key = 'naringslivskontoret')
      where id = ?`,
    [Number(decodeGlobalID(owned).id)],
  );
}, 240_000);
afterAll(async () => {
  await Promise.all([api?.close(), big?.close()]);
});

async function engagement(filter: Filter = {}, on: TestApi = api): Promise<Row[]> {
  const result = await on.query<{ engagementByUnit: Row[] }>(ENGAGEMENT, { filter });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data?.engagementByUnit ?? [];
}

/**
 * The statements the aggregate adds to a request that only reads the session, cold (computed,
 * not kept from an earlier request; the data version's read left out).
 */
async function aggregateStatements(on: TestApi, filter: Filter): Promise<string[]> {
  const base = await on.countStatements('{ viewer { __typename } }');
  const { statements } = await on.coldStatements(ENGAGEMENT, { filter });
  expect(statements.length).toBeGreaterThan(base.statements.length);
  return statements.slice(base.statements.length);
}

describe('engagementByUnit: one statement', () => {
  const filters: Filter[] = [
    {},
    { yearFrom: 2007, yearTo: 2008 },
    {
      yearFrom: 2006,
      yearTo: 2010,
      orientations: ['PROFILING'],
      priorityAreas: ['GROWTH', 'WORK'],
    },
  ];
  it('is one SQL statement on the demo data and on four times as much, with any filter', async () => {
    for (const filter of filters) {
      const small = await aggregateStatements(api, filter);
      const large = await aggregateStatements(big, filter);
      expect(small, small.join('\n')).toHaveLength(1);
      expect(large, large.join('\n')).toHaveLength(1);
    }
    // The larger registry has more to count, in the same one statement.
    const total = (rows: Row[]) => rows.reduce((sum, row) => sum + row.count, 0);
    expect(total(await engagement({}, big))).toBeGreaterThan(2 * total(await engagement()));
  });
});

describe('engagementByUnit: who may read it', () => {
  it('is for those who read follow-up work: a reader and anyone signed out are refused', async () => {
    for (const role of ['reader', 'anonymous'] as const) {
      const result = await (await api.as(role))(ENGAGEMENT, {});
      expect(result.data?.engagementByUnit ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
    for (const role of ['analyst', 'steering'] as const) {
      const result = await (await api.as(role))<{ engagementByUnit: Row[] }>(ENGAGEMENT, {});
      expect(result.errors).toBeUndefined();
      expect(result.data?.engagementByUnit.length).toBeGreaterThan(10);
    }
  });

  it('refuses a year out of range or a reversed range as bad input', async () => {
    for (const filter of [{ yearFrom: 1800 }, { yearTo: 3000 }, { yearFrom: 2008, yearTo: 2006 }]) {
      const result = await api.query(ENGAGEMENT, { filter });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(filter)).toBe('BAD_USER_INPUT');
    }
  });
});

type Total = { totalCount: number; edges: { node: Record<string, number | null> }[] };

/** The records behind one row, through the list the dashboard's drill-down opens. */
async function listed(row: Row, filter: Filter): Promise<Total> {
  const tags =
    filter.orientations || filter.priorityAreas
      ? { orientations: filter.orientations, priorityAreas: filter.priorityAreas }
      : undefined;
  // The row of records no unit holds opens the list of those.
  const within = row.unitId ?? undefined;
  const unitless = row.unitId === null ? true : undefined;
  const dates = {
    dateFrom: filter.yearFrom ? `${filter.yearFrom}-01-01` : undefined,
    dateTo: filter.yearTo ? `${filter.yearTo}-12-31` : undefined,
  };
  const active = { activeFrom: filter.yearFrom, activeTo: filter.yearTo };
  const [list, type, listFilter, fields] = {
    EU_CONTACT: [
      'euNetworkContacts',
      'EuNetworkContactFilter',
      { withinUnitId: within, yearFrom: filter.yearFrom, yearTo: filter.yearTo },
      '',
    ],
    SEAT: ['seats', 'SeatFilter', { withinUnitId: within, unitless, ...active, tags }, ''],
    MEMBERSHIP: [
      'memberships',
      'MembershipFilter',
      { withinUnitId: within, unitless, ...active, tags },
      '',
    ],
    PROJECT: [
      'projects',
      'ProjectFilter',
      { withinUnitId: within, unitless, ...active, tags, states: [row.projectState] },
      'budgetSek euFundingGrantedSek',
    ],
    PARTICIPATION: [
      'participations',
      'ParticipationFilter',
      { withinUnitId: within, yearFrom: filter.yearFrom, yearTo: filter.yearTo, tags },
      'costSek',
    ],
    MEETING: ['meetings', 'MeetingFilter', { withinUnitId: within, ...dates }, ''],
    MEETING_REPORT: [
      'meetings',
      'MeetingFilter',
      { withinUnitId: within, ...dates, reported: true },
      '',
    ],
  }[row.kind] as [string, string, object, string];
  const result = await api.query<Record<string, Total>>(
    `query ($filter: ${type}, $first: Int = 500) {
      list: ${list}(filter: $filter, first: $first) { totalCount edges { node { id ${fields} } } }
    }`,
    { filter: listFilter },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data?.list as Total;
}

const sum = (list: Total, field: string) =>
  list.edges.reduce((total, edge) => total + (edge.node[field] ?? 0), 0);

describe('engagementByUnit: figures', () => {
  const cases: Filter[] = [
    {},
    { yearFrom: 2007, yearTo: 2007 },
    { yearFrom: 2008, yearTo: 2010, orientations: ['OPERATIONAL_DEVELOPMENT'] },
    { priorityAreas: ['EDUCATION', 'SAFETY'] },
  ];
  for (const filter of cases) {
    it(`each figure is the number of records its list shows with the same filters: ${JSON.stringify(filter)}`, async () => {
      const rows = await engagement(filter);
      expect(rows.length).toBeGreaterThan(5);
      for (const row of rows) {
        const list = await listed(row, filter);
        const what = `${row.unitName} ${row.kind} ${row.projectState ?? ''}`;
        expect(row.count, what).toBe(list.totalCount);
        expect(row.count, what).toBeGreaterThan(0);
        if (row.kind === 'PROJECT') {
          expect(row.budgetSek ?? 0, what).toBe(sum(list, 'budgetSek'));
          expect(row.euFundingSek ?? 0, what).toBe(sum(list, 'euFundingGrantedSek'));
        }
        if (row.kind === 'PARTICIPATION') expect(row.costSek, what).toBe(sum(list, 'costSek'));
      }
    });
  }

  it('a tag filter keeps only the tagged kinds: EU contacts and meetings carry no tags', async () => {
    const all = new Set((await engagement()).map((row) => row.kind));
    expect(all).toEqual(new Set(ENGAGEMENT_KINDS));
    const tagged = new Set((await engagement({ orientations: ['PROFILING'] })).map((r) => r.kind));
    expect(tagged.has('PROJECT')).toBe(true);
    for (const kind of ['EU_CONTACT', 'MEETING', 'MEETING_REPORT'])
      expect(tagged.has(kind)).toBe(false);
  });

  it("rolls a department up into its förvaltning: Stadskontoret counts its departments' EU contacts", async () => {
    const rows = await engagement({ yearFrom: 2006, yearTo: 2006 });
    const contacts = rows.filter((row) => row.kind === 'EU_CONTACT');
    // The annex lists 25 EU-network contacts for 2006; each is counted once.
    expect(contacts.reduce((total, row) => total + row.count, 0)).toBe(25);
    const departments = [
      'arbetsgivarpolitiska-avdelningen',
      'kommunikation-utveckling',
      'naringslivskontoret',
    ];
    for (const key of departments) {
      expect(rows.some((row) => row.unitId === ids[`unit:${key}`])).toBe(false);
    }
    let own = 0;
    for (const key of ['stadskontoret', ...departments]) {
      const result = await api.query<{ euNetworkContacts: { totalCount: number } }>(
        `query ($unit: ID!) { euNetworkContacts(filter: { unitId: $unit, year: 2006 }) { totalCount } }`,
        { unit: ids[`unit:${key}`] },
      );
      own += result.data?.euNetworkContacts.totalCount ?? 0;
    }
    const stadskontoret = contacts.find((row) => row.unitId === ids['unit:stadskontoret']);
    expect(own).toBeGreaterThan(1);
    expect(stadskontoret?.count).toBe(own);
    // The list's own filter for a unit with the units under it gives the same records.
    const within = await api.query<{ euNetworkContacts: { totalCount: number } }>(
      `query ($unit: ID!) { euNetworkContacts(filter: { withinUnitId: $unit, yearFrom: 2006, yearTo: 2006 }) { totalCount } }`,
      { unit: ids['unit:stadskontoret'] },
    );
    expect(within.data?.euNetworkContacts.totalCount).toBe(own);
  });

  it("a membership's cost is what its assessments in the range record (fee and staff time), in its owner's förvaltning", async () => {
    const rows = (await engagement({ yearFrom: 2007, yearTo: 2008 })).filter(
      (row) => row.kind === 'MEMBERSHIP',
    );
    const cost = async (membershipId?: string) => {
      const result = await api.query<{
        membershipAssessments: { edges: { node: { costSek: number } }[] };
      }>(
        `query ($id: ID, $first: Int = 500) { membershipAssessments(first: $first, filter: {
          membershipId: $id, assessedFrom: "2007-01-01", assessedTo: "2008-12-31" }) { edges { node { costSek } } } }`,
        { id: membershipId },
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return (result.data?.membershipAssessments.edges ?? []).reduce(
        (t, e) => t + e.node.costSek,
        0,
      );
    };
    const ownedCost = await cost(owned);
    const all = await cost();
    expect(ownedCost).toBeGreaterThan(0);
    // Näringslivskontoret owns it (see beforeAll): it counts in Stadskontoret.
    const stadskontoret = rows.find((row) => row.unitId === ids['unit:stadskontoret']);
    expect(stadskontoret).toMatchObject({ count: 1, costSek: ownedCost });
    const unowned = rows.find((row) => row.unitId === null);
    expect(unowned?.costSek).toBe(all - ownedCost);
    expect(unowned?.unitName).toBeNull();
  });

  it('leaves archived records out, as the lists do', async () => {
    const before = await engagement();
    const meeting = await api.query<{
      meetings: { edges: { node: { id: string; version: number; unit: { id: string } } }[] };
    }>('{ meetings(first: 1) { edges { node { id version unit { id } } } } }');
    const node = meeting.data?.meetings.edges[0]?.node;
    expect(node).toBeDefined();
    const archived = await api.query<{ archiveRecord: { __typename: string } }>(
      'mutation ($id: ID!, $version: Int!) { archiveRecord(id: $id, version: $version) { __typename } }',
      { id: node?.id, version: node?.version },
    );
    expect(archived.data?.archiveRecord.__typename).toBe('MutationArchiveRecordSuccess');
    const after = await engagement();
    const meetings = (rows: Row[]) =>
      rows.filter((row) => row.kind === 'MEETING').reduce((total, row) => total + row.count, 0);
    expect(meetings(after)).toBe(meetings(before) - 1);
  });
});

describe('the lists the figures open: their new filters', () => {
  type Project = {
    id: string;
    startOn: string | null;
    endOn: string | null;
    applicationDeadline: string | null;
    ownerUnit: { id: string } | null;
  };
  async function projects(filter: Record<string, unknown>): Promise<Project[]> {
    const result = await api.query<{ projects: { edges: { node: Project }[] } }>(
      `query ($filter: ProjectFilter, $first: Int = 500) { projects(filter: $filter, first: $first) {
        edges { node { id startOn endOn applicationDeadline ownerUnit { id } } } } }`,
      { filter },
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data?.projects.edges.map((edge) => edge.node) ?? [];
  }

  it('a project runs from its start (or application deadline) to its end; an undated idea in any year', async () => {
    const all = await projects({});
    const runsIn = (p: Project, from: number, to: number) => {
      const start = p.startOn ?? p.applicationDeadline;
      const end = p.endOn ?? p.startOn ?? p.applicationDeadline;
      return (start == null || start <= `${to}-12-31`) && (end == null || end >= `${from}-01-01`);
    };
    for (const [from, to] of [
      [2007, 2007],
      [2006, 2008],
      [2009, 2012],
    ] as const) {
      const expected = all.filter((p) => runsIn(p, from, to)).map((p) => p.id);
      const listed = (await projects({ activeFrom: from, activeTo: to })).map((p) => p.id);
      expect(listed.sort(), `${from}–${to}`).toEqual(expected.sort());
    }
    // Both kinds are there: dated projects outside a range, and undated ideas inside every one.
    expect(all.some((p) => p.startOn == null && p.applicationDeadline == null)).toBe(true);
    expect((await projects({ activeFrom: 2007, activeTo: 2007 })).length).toBeLessThan(all.length);
  });

  it('"no unit" lists what no unit owns; "within" a unit what it or a unit under it owns', async () => {
    const all = await projects({});
    const unowned = await projects({ unitless: true });
    expect(unowned.map((p) => p.id).sort()).toEqual(
      all
        .filter((p) => p.ownerUnit == null)
        .map((p) => p.id)
        .sort(),
    );
    const fosie = ids['unit:sdf-fosie'];
    const within = await projects({ withinUnitId: fosie });
    expect(within.length).toBeGreaterThan(0);
    expect(within.map((p) => p.id).sort()).toEqual(
      all
        .filter((p) => p.ownerUnit?.id === fosie)
        .map((p) => p.id)
        .sort(),
    );
    const bad = await api.query('{ projects(filter: { activeFrom: 20000 }) { totalCount } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a membership is in force from the year it joined to the year it left, either open', async () => {
    type Membership = { id: string; since: number | null; endedYear: number | null };
    const result = await api.query<{ memberships: { edges: { node: Membership }[] } }>(
      'query ($first: Int = 100) { memberships(first: $first) { edges { node { id since endedYear } } } }',
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    const all = result.data?.memberships.edges.map((e) => e.node) ?? [];
    expect(all.length).toBe(8);
    for (const [from, to] of [
      [1990, 1996],
      [2003, 2003],
    ] as const) {
      const listed = await api.query<{ memberships: { edges: { node: Membership }[] } }>(
        `query ($f: Int, $t: Int, $first: Int = 100) {
          memberships(first: $first, filter: { activeFrom: $f, activeTo: $t }) { edges { node { id } } } }`,
        { f: from, t: to },
      );
      const expected = all.filter(
        (m) => (m.since == null || m.since <= to) && (m.endedYear == null || m.endedYear >= from),
      );
      expect(listed.data?.memberships.edges.map((e) => e.node.id).sort()).toEqual(
        expected.map((m) => m.id).sort(),
      );
      expect(expected.length).toBeLessThan(all.length);
    }
  });
});
