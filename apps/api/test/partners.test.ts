import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAnnex } from '../src/db/annex-import';
import { generateDemoActivity } from '../src/demo/generate';
import { createTestApi, type TestApi } from './support';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

type Match = {
  rank: number;
  kind: string;
  name: string;
  overlap: { themes: string[]; total: number };
  activeTies: number;
  decidedBy: string;
  regionalActors?: number;
  reasons: string[];
};

async function matches(need: Record<string, unknown>, first = 50): Promise<Match[]> {
  const result = await api.query<{ partnerMatches: Match[] }>(
    `query ($need: PartnerNeedInput!, $first: Int) { partnerMatches(need: $need, first: $first) {
      rank kind name overlap { themes total } activeTies decidedBy reasons } }`,
    { need, first },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.partnerMatches ?? [];
}

describe('R3 partner matching through the API', () => {
  it('ranks the annex by subject first: cities whose agreements share the themes lead', async () => {
    const ranked = await matches({ themes: ['CULTURE', 'EDUCATION'], kinds: ['PARTNER_CITY'] });
    expect(ranked.map((m) => m.rank)).toEqual(ranked.map((_, i) => i + 1));
    const top = ranked.slice(0, 5).map((m) => m.name);
    // Varna, Tallinn, Port Adelaide and Newcastle name both culture and education in their areas.
    expect(top.slice(0, 4).sort()).toEqual(['Newcastle', 'Port Adelaide', 'Tallinn', 'Varna']);
    expect(ranked[0]?.overlap.total).toBe(2);
    expect(ranked[0]?.reasons[0]).toMatch(/^Delar 2 teman: /);
    // Overlap never increases down the list.
    const totals = ranked.map((m) => m.overlap.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    // Among equal overlap, a city with an agreement in force comes before Newcastle's expired one.
    const newcastle = ranked.findIndex((m) => m.name === 'Newcastle');
    const varna = ranked.findIndex((m) => m.name === 'Varna');
    expect(varna).toBeLessThan(newcastle);
  });

  it('finds forums and memberships by the themes the annex gives them', async () => {
    const ranked = await matches({ themes: ['INTEGRATION'], kinds: ['FORUM'] }, 1);
    expect(ranked[0]?.name).toBe('Migration and integration (Eurocities)');
    const organisations = await matches({ themes: ['PUBLIC_HEALTH'], kinds: ['ORGANISATION'] }, 2);
    expect(organisations.map((m) => m.name).sort()).toEqual([
      'European Cities Against Drugs',
      'Healthy Cities',
    ]);
  });

  it('keeps the city’s own tags when the annex is imported again', async () => {
    const d = await api.query<{
      memberships: { edges: { node: { id: string; version: number; themes: string[] } }[] };
    }>('{ memberships(filter: { search: "Healthy" }) { edges { node { id version themes } } } }');
    const membership = d.data?.memberships.edges[0]?.node;
    expect(membership?.themes).toEqual(['PUBLIC_HEALTH']);
    const saved = await api.query<{ setEngagementTags: { __typename: string } }>(
      `mutation ($input: EngagementTagsInput!) { setEngagementTags(input: $input) { __typename } }`,
      {
        input: {
          id: membership?.id,
          version: membership?.version,
          themes: ['PUBLIC_HEALTH', 'YOUTH'],
        },
      },
    );
    expect(saved.data?.setEngagementTags.__typename).toMatch(/Success$/);
    await importAnnex(api.db.orm.em.fork());
    const after = await api.query<{ memberships: { edges: { node: { themes: string[] } }[] } }>(
      '{ memberships(filter: { search: "Healthy" }) { edges { node { themes } } } }',
    );
    expect(after.data?.memberships.edges[0]?.node.themes).toEqual(['PUBLIC_HEALTH', 'YOUTH']);
  });
});

describe('R3 partner matching over the demo activity', () => {
  let demo: TestApi;
  beforeAll(async () => {
    demo = await createTestApi();
  });
  afterAll(() => demo.close());

  const query = `query ($first: Int = 200) { partnerMatches(first: $first, need: { themes: [EDUCATION, EMPLOYMENT] }) {
    name regionalActors reasons } }`;

  it('reads the same statements whatever the number of projects, and ranks by their ties', async () => {
    const onAnnex = (await demo.countStatements(query)).statements.length;
    await generateDemoActivity(demo.db.orm.em.fork());
    const { data, statements } = await demo.countStatements(query);
    expect(statements.length).toBe(onAnnex);
    const ranked = (data as { partnerMatches: Match[] }).partnerMatches;
    // The demo's projects tie cities to Malmö and bring regional actors along.
    expect(ranked.some((m) => m.reasons.some((r) => r.startsWith('Gemensamt projekt: ')))).toBe(
      true,
    );
    expect(ranked.some((m) => (m.regionalActors ?? 0) > 0)).toBe(true);
  });
});
