import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoActivity } from '../src/demo/generate';
import { createTestApi, type TestApi } from './support';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  // The workflow lists need rows: the demo activity gives every one of them a few dozen.
  await generateDemoActivity(api.db.orm.em.fork());
});
afterAll(() => api.close());

// Each list with relations several levels deep; a per-row query would grow with the page.
const lists: Record<string, string> = {
  units: `query($first: Int) { units(first: $first) { totalCount edges { node { name parent { name }
    children { name } people { name seats { forum { name } } } euNetworkContacts { person { name } }
    seats { forum { name organisation { name } } person { name } project { title } }
    memberships { since } projects { title } } } } }`,
  memberships: `query($first: Int) { memberships(first: $first) { edges { node { since ownerUnit { name }
    organisation { name forums { name seats { unit { name } } } } } } } }`,
  seats: `query($first: Int) { seats(first: $first) { edges { node { forum { name parent { name } organisation { name } }
    unit { name } person { name unit { name } } project { title ownerUnit { name } } } } } }`,
  partnerCities: `query($first: Int) { partnerCities(first: $first) { edges { node { name agreements { text partnerCity { name } } } } } }`,
  euNetworkContacts: `query($first: Int) { euNetworkContacts(first: $first) { edges { node { listedAs unit { name parent { name } } person { name seats { forum { name } } } } } } }`,
  people: `query($first: Int) { people(first: $first) { edges { node { name unit { name } seats { forum { name } } euNetworkContacts { year } } } } }`,
  forums: `query($first: Int) { forums(first: $first) { edges { node { name parent { name } children { name } organisation { membership { since } } seats { person { name } } } } } }`,
  organisations: `query($first: Int) { organisations(first: $first) { edges { node { name membership { since } forums { name } } } } }`,
  projects: `query($first: Int) { projects(first: $first) { edges { node { title ownerUnit { name }
    partners { partnerCity { name } organisation { name } } supportRequests { kind project { title } } seats { forum { name } } } } } }`,
  operationalPlans: `query($first: Int) { operationalPlans(first: $first) { edges { node { year unit { name }
    priorities { reason membership { organisation { name } } project { title } eventSeries { name } forum { name } } } } } }`,
  meetings: `query($first: Int) { meetings(first: $first) { edges { node { date unit { name } forum { name }
    organisation { name } partnerCity { name } attendees { name unit { name } } report { summary } } } } }`,
  secondments: `query($first: Int) { secondments(first: $first) { edges { node { startOn person { name } unit { name } } } } }`,
  membershipAssessments: `query($first: Int) { membershipAssessments(first: $first) { edges { node { score costSek
    assessor { name } membership { organisation { name } value { latest { score } trend { year } } } } } } }`,
  participations: `query($first: Int) { participations(first: $first) { edges { node { costSek unit { name }
    edition { year series { name } } } } } }`,
  eventEditions: `query($first: Int) { eventEditions(first: $first) { edges { node { year series { name }
    participations { unit { name } } } } } }`,
  trainingSessions: `query($first: Int) { trainingSessions(first: $first) { edges { node { title participants { name } } } } }`,
};

/**
 * The most statements a query may take without N+1: the session lookup, the list and its count,
 * plus one batched statement per object selection (every `{` after the operation's own).
 */
function bound(query: string): number {
  return (query.match(/\{/g)?.length ?? 0) + 2;
}

describe('list queries issue a fixed number of SQL statements', () => {
  for (const [name, query] of Object.entries(lists)) {
    it(`${name}: at most one statement per relation, whatever the page size`, async () => {
      const limit = bound(query);
      const rows = (d: unknown) =>
        Object.values(d as Record<string, { edges: unknown[] }>)[0]?.edges.length ?? 0;
      let fullPage = 0;
      for (const first of [1, 2, 5, 500]) {
        const { data, statements } = await api.countStatements(query, { first });
        if (first < 500) expect(rows(data)).toBe(first);
        else fullPage = rows(data);
        expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(limit);
      }
      // The full page has more rows than half the bound, so per-row statements could not fit.
      expect(fullPage * 2).toBeGreaterThan(limit);
    });
  }

  it('node lookups of many ids are batched into one statement per type', async () => {
    const ids = (
      await api.query<{ units: { edges: { node: { id: string } }[] } }>(
        'query ($first: Int = 500) { units(first: $first) { edges { node { id } } } }',
      )
    ).data?.units.edges.map((e) => e.node.id);
    const { statements } = await api.countStatements(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids },
    );
    expect(ids?.length).toBeGreaterThan(20);
    // The session lookup, then one statement for all the units.
    expect(statements).toHaveLength(2);
  });
});
