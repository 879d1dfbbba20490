import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prefixQuery } from '../src/services/search';
import { createTestApi, type TestApi } from './support';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  // A project that only mentions CATCH in its benefit analysis, beside the annex's CATCH.
  await api.db.orm.em
    .getConnection()
    .execute(
      `insert into project (key, title, benefit, state) values ('gront-samarbete', 'Grönt samarbete', 'Bygger vidare på CATCH och dess resultat.', 'idea')`,
    );
});
afterAll(() => api.close());

const SEARCH = `query Search($text: String!, $first: Int, $kinds: [SearchKind!]) {
  search(text: $text, first: $first, kinds: $kinds) { kind recordId title context score }
}`;

interface Hit {
  kind: string;
  recordId: string;
  title: string;
  context: string | null;
  score: number;
}

async function find(text: string, variables: Record<string, unknown> = {}): Promise<Hit[]> {
  const result = await api.query<{ search: Hit[] }>(SEARCH, { text, ...variables });
  expect(result.errors).toBeUndefined();
  return result.data?.search ?? [];
}

describe('search', () => {
  it('stems Swedish: "projekten" finds the project called "…-projekt"', async () => {
    const hits = await find('projekten');
    expect(hits.map((hit) => [hit.kind, hit.title])).toContainEqual([
      'PROJECT',
      'Malmös Urbact-projekt',
    ]);
  });

  it('matches prefixes as one types, ignores accents and case, and needs every word', async () => {
    expect((await find('euroc'))[0]).toMatchObject({ kind: 'ORGANISATION', title: 'Eurocities' });
    const klammeus = await find('KLAMMEUS');
    expect(klammeus.map((hit) => hit.title)).toEqual(['Eva Klamméus']);
    expect(klammeus[0]?.context).toBe('Kulturförvaltningen');
    expect(await find('eva klam')).toHaveLength(1);
    expect(await find('eva zzzz')).toEqual([]);
  });

  it('ranks a match in the title above one in the text', async () => {
    const hits = await find('catch');
    expect(hits.map((hit) => hit.title)).toEqual(['CATCH', 'Grönt samarbete']);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? Infinity);
  });

  it('limits to the kinds asked for and to `first` hits', async () => {
    const hits = await find('e', { kinds: ['FORUM'], first: 3 });
    expect(hits).toHaveLength(3);
    expect(new Set(hits.map((hit) => hit.kind))).toEqual(new Set(['FORUM']));
    expect(hits[0]?.context).toBe('Eurocities');
  });

  it('leaves archived records out', async () => {
    const connection = api.db.orm.em.getConnection();
    await connection.execute(
      `update forum set archived_at = now() where key = 'eurocities-culture-forum'`,
    );
    try {
      expect((await find('culture forum')).map((hit) => hit.title)).not.toContain('Culture Forum');
    } finally {
      await connection.execute(
        `update forum set archived_at = null where key = 'eurocities-culture-forum'`,
      );
    }
    expect((await find('culture forum')).map((hit) => hit.title)).toContain('Culture Forum');
  });

  it('treats tsquery syntax and SQL in the text as plain words', async () => {
    for (const text of [
      "'); drop table person; --",
      'a & | ! <-> :* ( ) \\ "',
      '!!!',
      "eva' | 'x",
      '',
      '   ',
    ]) {
      const result = await api.query(SEARCH, { text });
      expect(result.errors).toBeUndefined();
    }
    expect(prefixQuery("'); drop table person; --")).toBe('drop:* & table:* & person:*');
    expect(prefixQuery('a & b:* | !c')).toBe('a:* & b:* & c:*');
    expect(prefixQuery(' !? ')).toBeNull();
    expect(await find('eva')).not.toEqual([]);
  });

  it('is one SQL statement, and open to every signed-in account only', async () => {
    const { statements } = await api.countStatements(SEARCH, { text: 'malmö' });
    // The session lookup, then the search.
    expect(statements).toHaveLength(2);
    expect(statements[1]).toMatch(/ts_rank/);
    const reader = await api.as('reader');
    expect((await reader(SEARCH, { text: 'eurocities' })).data).toBeDefined();
    const anonymous = await api.as('anonymous');
    expect((await anonymous(SEARCH, { text: 'eurocities' })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('loads the record itself when asked, as a node', async () => {
    const result = await api.query<{
      search: { record: { __typename: string; id: string; name?: string } }[];
    }>(
      `{ search(text: "eurocities", first: 1) { recordId record { __typename id ... on Organisation { name } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.search[0]?.record).toMatchObject({
      __typename: 'Organisation',
      name: 'Eurocities',
    });
  });
});
