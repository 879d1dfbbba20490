import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from './support';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

type Conn<T> = {
  totalCount: number;
  edges: { node: T }[];
  pageInfo?: { hasNextPage: boolean; endCursor: string };
};

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await api.query<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

describe('the annex through the API', () => {
  it('has every list of the annex, with the annex counts', async () => {
    const d = await data<Record<string, { totalCount: number }>>(`{
      euNetworkContacts { totalCount }
      seats { totalCount }
      memberships { totalCount }
      partnerCities { totalCount }
      regional: organisations(filter: { kinds: [REGIONAL_ACTOR] }) { totalCount }
      brussels: organisations(filter: { kinds: [BRUSSELS_NETWORK] }) { totalCount }
      eventSeries { totalCount }
    }`);
    expect(Object.fromEntries(Object.entries(d).map(([k, v]) => [k, v.totalCount]))).toEqual({
      euNetworkContacts: 25,
      seats: 14,
      memberships: 8,
      partnerCities: 13,
      regional: 8,
      brussels: 4,
      eventSeries: 5,
    });
  });

  it('lists the memberships with their join years, oldest first', async () => {
    const d = await data<{
      memberships: Conn<{ since: number; organisation: { name: string } }>;
    }>(`{
      memberships(orderBy: { field: SINCE }) { edges { node { since organisation { name } } } }
    }`);
    const rows = d.memberships.edges.map((e) => `${e.node.organisation.name} (${e.node.since})`);
    expect(rows).toEqual([
      'European Cities Against Drugs (1994)',
      'Eurocities (1997)',
      'Union of Baltic Cities (1997)',
      'International Council for Local Environmental Initiatives (1998)',
      'Baltic Metropolises (2002)',
      'Energie-Cités (2002)',
      'Healthy Cities (2003)',
      'Baltic Development Forum (2004)',
    ]);
  });

  it('keeps the agreement texts and Swedish spellings exactly', async () => {
    const d = await data<{
      partnerCities: Conn<{
        name: string;
        agreements: {
          type: string;
          signedYear: number | null;
          text: string;
          validUntil: string | null;
          status: string;
          cooperationAreas: string[];
        }[];
      }>;
    }>(
      `query ($first: Int = 100) { partnerCities(first: $first) { edges { node { name agreements { type signedYear text validUntil status expired cooperationAreas } } } } }`,
    );
    const byName = new Map(d.partnerCities.edges.map((e) => [e.node.name, e.node.agreements[0]]));
    expect(byName.get('Vasa')).toMatchObject({
      type: 'SPONSOR_TOWN',
      signedYear: 1940,
      text: 'Fadderortsavtal.',
      expired: false,
    });
    expect(byName.get('Tangshan')).toMatchObject({
      type: 'TWIN_TOWN',
      signedYear: 1987,
      text: 'Vänortsavtal.',
    });
    expect(byName.get('Florens')?.text).toBe(
      'Överenskommelse om att utveckla relationerna inom kultur och näringsliv.',
    );
    expect(byName.get('Stralsund')).toMatchObject({
      status: 'EXPIRED_CONTACTS_KEPT',
      signedYear: 1991,
    });
    expect(byName.get('Lübeck')).toMatchObject({
      type: 'NONE',
      status: 'NO_AGREEMENT_CONTACTS_KEPT',
      text: 'Inget avtal, men kontinuerliga kontakter upprätthålls.',
    });
    expect(byName.get('Newcastle')).toMatchObject({
      type: 'COOPERATION',
      signedYear: 2003,
      validUntil: '2006-12-31',
      status: 'ACTIVE',
      expired: true,
      cooperationAreas: [
        'kultur, fritid och turism',
        'sysselsättning och utbildning',
        'näringsliv och innovation',
        'närdemokrati och delaktighet',
      ],
    });
    expect(byName.get('Newcastle')?.text).toContain('Tidsbegränsat till den 31 december 2006.');
  });

  it('navigates relations both ways: a unit to its seats and contacts, a seat back to its unit', async () => {
    const d = await data<{
      units: Conn<{
        id: string;
        name: string;
        euNetworkContacts: { person: { name: string } }[];
        seats: {
          forum: { name: string; parent: { name: string } | null };
          project: { title: string } | null;
          unit: { name: string };
        }[];
      }>;
    }>(`{ units(filter: { search: "kirseberg" }) { edges { node { id name
          euNetworkContacts { person { name } }
          seats { forum { name parent { name } } project { title } unit { name } } } } } }`);
    expect(d.units.edges).toHaveLength(1);
    const unit = d.units.edges[0]?.node;
    expect(unit?.name).toBe('SDF Kirseberg');
    expect(unit?.euNetworkContacts.map((c) => c.person.name)).toEqual(['Annette Larsson']);
    expect(unit?.seats).toEqual([
      {
        forum: { name: 'Homelessness', parent: { name: 'Social Affairs Forum' } },
        project: { title: 'CATCH' },
        unit: { name: 'SDF Kirseberg' },
      },
    ]);

    const node = await data<{
      node: { __typename: string; name: string; projects: { title: string }[] };
    }>('query($id: ID!) { node(id: $id) { __typename ... on Unit { name projects { title } } } }', {
      id: unit?.id,
    });
    expect(node.node).toEqual({
      __typename: 'Unit',
      name: 'SDF Kirseberg',
      projects: [{ title: 'CATCH' }],
    });
  });

  it('keeps both EU-network contacts of Kommunikation & Utveckling, listed as the annex lists them', async () => {
    const d = await data<{
      euNetworkContacts: Conn<{ listedAs: string; year: number; person: { name: string } }>;
    }>(`{
      euNetworkContacts(filter: { search: "Kommunikation" }, orderBy: { field: PERSON }) {
        edges { node { listedAs year person { name } } } } }`);
    expect(d.euNetworkContacts.edges.map((e) => e.node)).toEqual([
      {
        listedAs: 'Stadskontoret, Kommunikation & Utveckling',
        year: 2006,
        person: { name: 'Kristina Ohlsson' },
      },
      {
        listedAs: 'Stadskontoret, Kommunikation & Utveckling',
        year: 2006,
        person: { name: 'Ola Nord' },
      },
    ]);
  });

  it('shows an organisation with Malmö’s membership and the seats in its forums', async () => {
    const d = await data<{
      organisations: Conn<{
        membership: { since: number } | null;
        forums: { name: string; seats: { person: { name: string } | null }[] }[];
      }>;
    }>(`{ organisations(filter: { search: "Eurocities" }) { edges { node {
          membership { since } forums { name seats { person { name } } } } } } }`);
    const eurocities = d.organisations.edges[0]?.node;
    expect(eurocities?.membership?.since).toBe(1997);
    expect(
      eurocities?.forums.find((f) => f.name === 'Environment Forum')?.seats[0]?.person?.name,
    ).toBe('Trevor Graham');
    expect(eurocities?.forums.flatMap((f) => f.seats)).toHaveLength(14);
  });

  it('filters, orders and pages with cursors', async () => {
    const first = await data<{ memberships: Conn<{ since: number }> }>(
      '{ memberships(first: 3, orderBy: { field: SINCE, direction: DESC }, filter: { sinceFrom: 1997, sinceTo: 2003 }) { totalCount pageInfo { hasNextPage endCursor } edges { node { since } } } }',
    );
    expect(first.memberships.totalCount).toBe(6);
    expect(first.memberships.edges.map((e) => e.node.since)).toEqual([2003, 2002, 2002]);
    expect(first.memberships.pageInfo?.hasNextPage).toBe(true);
    const next = await data<{ memberships: Conn<{ since: number }> }>(
      'query($after: String) { memberships(first: 3, after: $after, orderBy: { field: SINCE, direction: DESC }, filter: { sinceFrom: 1997, sinceTo: 2003 }) { pageInfo { hasNextPage } edges { node { since } } } }',
      { after: first.memberships.pageInfo?.endCursor },
    );
    expect(next.memberships.edges.map((e) => e.node.since)).toEqual([1998, 1997, 1997]);
    expect(next.memberships.pageInfo?.hasNextPage).toBe(false);

    const districts = await data<{ units: Conn<{ name: string }> }>(
      'query ($first: Int = 100) { units(filter: { kinds: [DISTRICT] }, first: $first) { totalCount edges { node { name } } } }',
    );
    expect(districts.units.totalCount).toBe(10);
    expect(districts.units.edges.every((e) => e.node.name.startsWith('SDF '))).toBe(true);

    const expired = await data<{ partnerCities: Conn<{ name: string }> }>(
      '{ partnerCities(filter: { agreementStatuses: [EXPIRED_CONTACTS_KEPT] }) { edges { node { name } } } }',
    );
    expect(expired.partnerCities.edges.map((e) => e.node.name)).toEqual(['Stralsund', 'Szczecin']);
  });

  it('R13: an agreement past its end date is not ACTIVE in filters, and sorts with dates first', async () => {
    const names = async (filter: string) =>
      (
        await data<{ agreements: Conn<{ partnerCity: { name: string } }> }>(
          `query ($first: Int = 100) { agreements(filter: ${filter}, first: $first) { edges { node { partnerCity { name } } } } }`,
        )
      ).agreements.edges.map((e) => e.node.partnerCity.name);
    const active = await names('{ statuses: [ACTIVE] }');
    expect(active).not.toContain('Newcastle');
    expect(active).toContain('Vasa');
    expect(active).toHaveLength(8);
    expect(await names('{ expired: true }')).toEqual(['Newcastle']);
    expect(await names('{ statuses: [ACTIVE, EXPIRED_CONTACTS_KEPT] }')).toHaveLength(10);

    const byEnd = await data<{ agreements: Conn<{ validUntil: string | null }> }>(
      '{ agreements(first: 2, orderBy: { field: VALID_UNTIL, direction: DESC }) { edges { node { validUntil } } } }',
    );
    expect(byEnd.agreements.edges.map((e) => e.node.validUntil)).toEqual(['2006-12-31', null]);
  });

  it('answers a malformed or foreign id with a clear client error, never a server error', async () => {
    const encode = (raw: string) => Buffer.from(raw).toString('base64');
    for (const raw of ['Unit:abc', 'Unit:1e400', 'Unit:-1', 'Unit:99999999999']) {
      const result = await api.query('query($id: ID!) { node(id: $id) { id } }', {
        id: encode(raw),
      });
      expect(result.errors?.[0]?.message, raw).toMatch(/is not a valid id/);
    }
    const missing = await api.query<{ node: null }>('query($id: ID!) { node(id: $id) { id } }', {
      id: encode('Unit:999999'),
    });
    expect(missing).toEqual({ data: { node: null } });

    const forum = await data<{ forums: Conn<{ id: string }> }>(
      '{ forums(first: 1) { edges { node { id } } } }',
    );
    const wrongType = await api.query(
      'query($id: ID!) { units(filter: { parentId: $id }) { totalCount } }',
      {
        id: forum.forums.edges[0]?.node.id,
      },
    );
    expect(wrongType.errors?.[0]?.message).toBeTruthy();
    expect(JSON.stringify(wrongType.errors)).not.toContain('Unexpected error');
  });

  it('sorts names as Swedish readers expect (Å, Ä, Ö last; case ignored)', async () => {
    const d = await data<{ organisations: Conn<{ name: string }> }>(
      '{ organisations(filter: { kinds: [REGIONAL_ACTOR] }, orderBy: { field: NAME }) { edges { node { name } } } }',
    );
    expect(d.organisations.edges.map((e) => e.node.name)).toEqual([
      'Kommunförbundet Skåne',
      'Köpenhamns kommun',
      'Lunds kommun',
      'Malmö Högskola',
      'Region Skåne',
      'SSSV',
      'Sydsvenska Forskningsgruppen',
      'Öresundskomiteen',
    ]);
  });

  it('treats search text literally (no LIKE wildcards)', async () => {
    const d = await data<{ units: Conn<{ name: string }> }>(
      '{ units(filter: { search: "%" }) { totalCount } }',
    );
    expect(d.units.totalCount).toBe(0);
    const amp = await data<{ units: Conn<{ name: string }> }>(
      '{ units(filter: { search: "& Utv" }) { edges { node { name } } } }',
    );
    expect(amp.units.edges.map((e) => e.node.name)).toEqual(['Kommunikation & Utveckling']);
  });
});
