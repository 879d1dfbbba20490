import { assessmentCost, assessmentScore, valueForMoney } from '@malmo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MembershipAssessment } from '../src/db/assessment';
import { Membership } from '../src/db/organisation';
import { generateDemoActivity, removeDemoActivity } from '../src/demo/generate';
import { annexIds, createTestApi, type TestApi } from './support';

const COMPARISON = `query ($year: Int!) {
  membershipComparison(year: $year) {
    membershipId name ownerUnit since assessments
    exchangeQuality influence participation informationUse demo
    latest { year assessedOn score costSek valueForMoney change }
  }
}`;
const TRENDS = `query ($ids: [ID!], $toYear: Int!) {
  membershipValueTrends(ids: $ids, toYear: $toYear) {
    membershipId points { year assessedOn score costSek valueForMoney change }
  }
}`;

interface Point {
  year: number;
  assessedOn: string;
  score: number;
  costSek: number;
  valueForMoney: number | null;
  change: number | null;
}
interface ComparisonRow {
  membershipId: string;
  name: string;
  assessments: number;
  exchangeQuality: number | null;
  influence: number | null;
  participation: number | null;
  informationUse: number | null;
  demo: boolean;
  latest: Point | null;
}
interface TrendRow {
  membershipId: string;
  points: Point[];
}

/**
 * The SQL statements of a request, cold (computed, not kept from an earlier request), less the
 * session lookup every signed-in request makes and the data version's read.
 */
async function aggregateStatements(
  api: TestApi,
  query: string,
  variables: Record<string, unknown>,
) {
  const { statements } = await api.coldStatements(query, variables);
  return statements.filter((sql) => !/\bfrom session\b/.test(sql));
}

describe('membership value dashboard on hand-made assessments', () => {
  let api: TestApi;
  let ids: Record<string, string>;
  beforeAll(async () => {
    api = await createTestApi();
    ids = await annexIds(api);
    const em = api.db.orm.em.fork();
    const membership = (key: string) =>
      em.findOneOrFail(Membership, { organisation: { key } }, { populate: ['organisation'] });
    const eurocities = await membership('eurocities');
    const ubc = await membership('union-of-baltic-cities');
    const assess = (
      m: typeof eurocities,
      assessedOn: string,
      scores: [number, number, number, number],
      feeSek: number,
      staffHours: number,
      archived = false,
    ) =>
      em.create(MembershipAssessment, {
        membership: m,
        assessedOn,
        exchangeQuality: scores[0],
        influence: scores[1],
        participation: scores[2],
        informationUse: scores[3],
        feeSek,
        staffHours,
        demo: false,
        archivedAt: archived ? new Date() : null,
      } as never);
    assess(eurocities, '2006-03-01', [2, 2, 2, 2], 50_000, 0);
    assess(eurocities, '2006-11-01', [3, 2, 2, 2], 50_000, 0);
    assess(eurocities, '2007-02-01', [3, 3, 3, 3], 60_000, 100);
    assess(eurocities, '2007-09-01', [4, 4, 4, 4], 60_000, 100);
    // Archived: out of every figure, as it is out of the lists.
    assess(eurocities, '2007-12-01', [1, 1, 1, 1], 90_000, 0, true);
    assess(ubc, '2007-05-05', [5, 4, 3, 2], 0, 0);
    await em.flush();
  });
  afterAll(() => api.close());

  const comparison = async (year: number) => {
    const result = await api.query<{ membershipComparison: ComparisonRow[] }>(COMPARISON, { year });
    expect(result.errors).toBeUndefined();
    return result.data?.membershipComparison ?? [];
  };

  it('lists every current membership; one without assessments has no value, not 0', async () => {
    const rows = await comparison(2007);
    // The annex's eight memberships, all joined by 2004.
    expect(rows).toHaveLength(8);
    const ecad = rows.find(
      (r) => r.membershipId === ids['membership:european-cities-against-drugs'],
    );
    expect(ecad).toMatchObject({ assessments: 0, latest: null, exchangeQuality: null });
    // Swedish order of the organisations' names.
    const names = rows.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')));
  });

  it('takes the latest assessment up to the year’s end, with the domain’s index, cost and change', async () => {
    const rows = await comparison(2007);
    const eurocities = rows.find((r) => r.membershipId === ids['membership:eurocities']);
    expect(eurocities).toMatchObject({
      assessments: 4,
      exchangeQuality: 4,
      influence: 4,
      participation: 4,
      informationUse: 4,
      demo: false,
      latest: {
        year: 2007,
        assessedOn: '2007-09-01',
        score: 75,
        costSek: 100_000,
        valueForMoney: 75,
        // Since the assessment before it (2007-02-01, index 50).
        change: 25,
      },
    });
    const ubc = rows.find((r) => r.membershipId === ids['membership:union-of-baltic-cities']);
    const scores = { exchange_quality: 5, influence: 4, participation: 3, information_use: 2 };
    expect(ubc?.latest).toEqual({
      year: 2007,
      assessedOn: '2007-05-05',
      score: assessmentScore(scores),
      costSek: assessmentCost({ feeSek: 0, staffHours: 0 }),
      // A free membership has no value for money.
      valueForMoney: valueForMoney(assessmentScore(scores), 0),
      change: null,
    });

    // As of 2006 the 2007 assessments do not exist yet.
    const earlier = (await comparison(2006)).find(
      (r) => r.membershipId === ids['membership:eurocities'],
    );
    expect(earlier).toMatchObject({
      assessments: 2,
      latest: { assessedOn: '2006-11-01', score: 31.3, change: 6.3 },
    });
  });

  it('trend: each year’s latest assessment, the same as the membership’s own value.trend', async () => {
    const id = ids['membership:eurocities'];
    const result = await api.query<{ membershipValueTrends: TrendRow[] }>(TRENDS, {
      ids: [id],
      toYear: 2008,
    });
    expect(result.errors).toBeUndefined();
    const trend = result.data?.membershipValueTrends;
    expect(trend).toHaveLength(1);
    expect(trend?.[0]?.points.map((p) => [p.year, p.assessedOn, p.score, p.change])).toEqual([
      [2006, '2006-11-01', 31.3, null],
      [2007, '2007-09-01', 75, 43.7],
    ]);
    const own = await api.query<{ node: { value: { trend: Point[] } } }>(
      `query ($id: ID!) { node(id: $id) { ... on Membership {
        value { trend { year assessedOn score costSek valueForMoney change } } } } }`,
      { id },
    );
    expect(own.data?.node.value.trend).toEqual(trend?.[0]?.points);

    // Up to 2006 only; and no ids at all is every assessed membership.
    const upTo2006 = await api.query<{ membershipValueTrends: TrendRow[] }>(TRENDS, {
      ids: [id],
      toYear: 2006,
    });
    expect(upTo2006.data?.membershipValueTrends[0]?.points.map((p) => p.year)).toEqual([2006]);
    const all = await api.query<{ membershipValueTrends: TrendRow[] }>(TRENDS, { toYear: 2008 });
    expect(all.data?.membershipValueTrends.map((t) => t.membershipId).sort()).toEqual(
      [id, ids['membership:union-of-baltic-cities']].sort(),
    );
    const none = await api.query<{ membershipValueTrends: TrendRow[] }>(TRENDS, {
      ids: [],
      toYear: 2008,
    });
    expect(none.data?.membershipValueTrends).toEqual([]);
  });

  it('refuses readers and anonymous callers, and bad arguments with a clear error', async () => {
    for (const role of ['reader', 'anonymous'] as const) {
      const as = await api.as(role);
      const result = await as(COMPARISON, { year: 2007 });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe(
        role === 'reader' ? 'FORBIDDEN' : 'UNAUTHENTICATED',
      );
      const trend = await as(TRENDS, { toYear: 2007 });
      expect(trend.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
    for (const role of ['analyst', 'steering', 'unit_editor'] as const) {
      const result = await (await api.as(role))(COMPARISON, { year: 2007 });
      expect(result.errors).toBeUndefined();
    }
    const badYear = await api.query(COMPARISON, { year: 20070 });
    expect(badYear.errors?.[0]).toMatchObject({
      message: expect.stringContaining('year'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const badId = await api.query(TRENDS, { ids: [ids['unit:sdf-fosie']], toYear: 2007 });
    expect(badId.errors?.length).toBeGreaterThan(0);
    expect(badId.data).toBeNull();
    const tooMany = await api.query(TRENDS, {
      ids: Array.from({ length: 51 }, () => ids['membership:eurocities']),
      toYear: 2007,
    });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('membership value dashboard: one statement per chart on demo data', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('comparison and trend are one statement each, at scale 1 and scale 4', async () => {
    const assessmentCounts: number[] = [];
    for (const scale of [1, 4]) {
      await removeDemoActivity(api.db.orm.em.fork());
      const { counts } = await generateDemoActivity(api.db.orm.em.fork(), { scale });
      assessmentCounts.push(counts.membershipAssessments ?? 0);
      for (const [query, variables] of [
        [COMPARISON, { year: 2008 }],
        [TRENDS, { toYear: 2008 }],
      ] as const) {
        const statements = await aggregateStatements(api, query, variables);
        expect(statements, statements.join('\n')).toHaveLength(1);
      }
    }
    expect(assessmentCounts[1]).toBeGreaterThan((assessmentCounts[0] ?? 0) * 2);
  });

  it('on the demo data, agrees with every membership’s own value (latest and trend)', async () => {
    const rows =
      (await api.query<{ membershipComparison: ComparisonRow[] }>(COMPARISON, { year: 2008 })).data
        ?.membershipComparison ?? [];
    const trends =
      (await api.query<{ membershipValueTrends: TrendRow[] }>(TRENDS, { toYear: 2008 })).data
        ?.membershipValueTrends ?? [];
    const own = await api.query<{
      memberships: {
        edges: {
          node: {
            id: string;
            assessments: unknown[];
            value: { latest: Point | null; trend: Point[] };
          };
        }[];
      };
    }>(`query ($first: Int = 50) { memberships(first: $first) { edges { node { id assessments { id }
      value { latest { year assessedOn score costSek valueForMoney change }
        trend { year assessedOn score costSek valueForMoney change } } } } } }`);
    expect(own.errors).toBeUndefined();
    const memberships = own.data?.memberships.edges.map((e) => e.node) ?? [];
    expect(memberships.length).toBe(rows.length);
    // The demo's assessments all lie before the end of 2008.
    for (const m of memberships) {
      const row = rows.find((r) => r.membershipId === m.id);
      expect(row?.latest).toEqual(m.value.latest);
      expect(row?.assessments).toBe(m.assessments.length);
      expect(row?.demo).toBe(m.assessments.length > 0);
      expect(trends.find((t) => t.membershipId === m.id)?.points ?? []).toEqual(m.value.trend);
    }
    expect(rows.filter((r) => r.latest).length).toBeGreaterThan(4);
  });
});
