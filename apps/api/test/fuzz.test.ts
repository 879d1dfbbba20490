import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/auth/sessions';
import { MAX_BODY_BYTES } from '../src/http/limits';
import { CSRF_HEADER } from '../src/http/security';
import type { RunningServer } from '../src/server';
import { signedInToken, startTestServer } from './support';

/**
 * Hostile and malformed requests, generated, over real HTTP to the production-mode server, as
 * nobody, as a reader and as an administrator. Whatever arrives: no 5xx, nothing in a response
 * that shows the server's insides (a stack, a file path, SQL or a database error), and no record
 * changed.
 */

// FUZZ_SEED / FUZZ_RUNS explore further (e.g. FUZZ_RUNS=5000) without changing the test.
const SEED = Number(process.env.FUZZ_SEED ?? 20_061_124);
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

let server: RunningServer;
const cookies: Record<string, string | null> = { anonymous: null };

beforeAll(async () => {
  server = await startTestServer({ demoData: true });
  cookies.reader = await signedInToken(server.db, 'reader');
  cookies.admin = await signedInToken(server.db, 'admin');
});
afterAll(() => server?.close());

/** Tables whose rows a request may change without changing the registry: who is signed in. */
const NOT_DATA = ['session', 'sign_in_attempt', 'mikro_orm_migrations'];

/** A digest of every row of every application table, by table. */
async function digest(): Promise<Record<string, string>> {
  const connection = server.db.orm.em.getConnection();
  const tables = (await connection.execute(
    `select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
  )) as { name: string }[];
  const digests: Record<string, string> = {};
  for (const { name } of tables) {
    if (NOT_DATA.includes(name)) continue;
    const [row] = (await connection.execute(
      `select count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as d
         from "${name}" t`,
    )) as { d: string }[];
    digests[name] = row?.d ?? '';
  }
  return digests;
}

// ---- the pieces operations are made of -------------------------------------------------------

const INJECTIONS = [
  "'; drop table unit; --",
  "' or '1'='1",
  '" or ""="',
  '%',
  '%%_%',
  '_',
  '\\',
  "\\'",
  '\u0000',
  'Malmö\u0000',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '\u0024{7*7} {{7*7}} <%= 7*7 %>',
  'ÅÄÖ åäö 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🇸🇪 \u202e',
  '\ud800',
  '../../etc/passwd',
  '$where',
  '1e309',
  '-0',
];

const hostileString = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  // Huge, but under the body limit (over it: `oversized` below).
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 90_000 }).map((n) => 'å'.repeat(n / 2)) },
);

const b64 = (text: string) => Buffer.from(text).toString('base64');
const TYPES = ['Unit', 'Person', 'Forum', 'Project', 'Meeting', 'Organisation', 'Nope'];

/** An id that names no record: garbage, an unknown type, or a number far past any row. */
const invalidId = fc.oneof(
  hostileString,
  fc.constantFrom('', 'Unit:1', b64('Unit:'), b64('Unit:-1'), b64('Unit:1.5'), b64(':')),
  fc
    .tuple(fc.constantFrom(...TYPES), fc.integer({ min: 10_000_000, max: 2 ** 31 - 1 }))
    .map(([type, n]) => b64(`${type}:${n}`)),
  fc.tuple(fc.constantFrom(...TYPES), hostileString).map(([type, s]) => b64(`${type}:${s}`)),
);

/** Any id, to read with: also valid ids of the wrong type. */
const anyId = fc.oneof(
  invalidId,
  fc
    .tuple(fc.constantFrom(...TYPES), fc.integer({ min: -2, max: 40 }))
    .map(([type, n]) => b64(`${type}:${n}`)),
);

const date = fc.oneof(
  fc.constantFrom('2008-01-01', '2008-02-30', '0000-00-00', '9999-12-31'),
  hostileString,
);

/** Any JSON value, for a variable of the wrong type. */
const json = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  hostileString,
  fc
    .integer({ min: 50, max: 3_000 })
    .map((n) => JSON.parse('['.repeat(n) + ']'.repeat(n)) as unknown),
);

const SEARCHABLE = [
  'agreements',
  'euNetworkContacts',
  'eventSeries',
  'forums',
  'legislationWatches',
  'memberships',
  'organisations',
  'partnerCities',
  'people',
  'projects',
  'seats',
  'units',
];
const LISTS = [
  ...SEARCHABLE,
  'eventEditions',
  'meetings',
  'membershipAssessments',
  'operationalPlans',
  'participations',
  'secondments',
  'trainingSessions',
];
const upper = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const filterType = (list: string) =>
  `${list === 'people' ? 'Person' : list === 'partnerCities' ? 'PartnerCity' : upper(list).replace(/s$/, '')}Filter`;

// ---- requests -------------------------------------------------------------------------------

interface Sent {
  kind: string;
  method: string;
  contentType?: string;
  csrf?: boolean;
  /** Query string for a GET. */
  search?: string;
  body?: string;
  /** GraphQL operations in the request. */
  operations: number;
}

const post = (kind: string, query: string, variables?: unknown): Sent => ({
  kind,
  method: 'POST',
  contentType: 'application/json',
  body: JSON.stringify({ query, variables }),
  operations: 1,
});

const searches = fc
  .tuple(fc.constantFrom(...SEARCHABLE), hostileString, fc.boolean())
  .map(([list, s, inline]) =>
    inline
      ? post(
          'search (literal)',
          `{ ${list}(filter: { search: ${JSON.stringify(s)} }) { totalCount } }`,
        )
      : post(
          'search (variable)',
          `query ($s: String) { ${list}(first: 5, filter: { search: $s }) { totalCount edges { node { id } } } }`,
          { s },
        ),
  );

const oversized = fc
  .tuple(fc.constantFrom(...SEARCHABLE), fc.integer({ min: 1, max: 50_000 }))
  .map(([list, extra]) =>
    post(
      'over the body limit',
      `query ($s: String) { ${list}(filter: { search: $s }) { totalCount } }`,
      {
        s: 'x'.repeat(MAX_BODY_BYTES + extra),
      },
    ),
  );

const paging = fc
  .tuple(
    fc.constantFrom(...LISTS),
    fc.oneof(fc.integer(), fc.constantFrom(0, -1, 501, 2 ** 31 - 1)),
    hostileString,
  )
  .map(([list, first, after]) =>
    post(
      'paging',
      `query ($first: Int, $after: String) { ${list}(first: $first, after: $after) { totalCount } }`,
      {
        first,
        after,
      },
    ),
  );

const wrongTypes = fc
  .tuple(fc.constantFrom(...SEARCHABLE), json, json, json)
  .map(([list, filter, first, orderBy]) =>
    post(
      'wrong variable types',
      `query ($f: ${filterType(list)}, $n: Int, $o: [${upper(list).replace(/s$/, '')}Order!]) { ${list}(filter: $f, first: $n) { totalCount } }`,
      { f: filter, n: first, o: orderBy },
    ),
  );

const nodes = fc
  .tuple(anyId, fc.array(anyId, { maxLength: 30 }))
  .map(([id, ids]) =>
    post(
      'global ids',
      'query ($id: ID!, $ids: [ID!]!) { node(id: $id) { id __typename } nodes(ids: $ids) { id } }',
      { id, ids },
    ),
  );

const nested = (levels: number) =>
  `{ units(first: 1) { edges { node { ${'parent { '.repeat(levels)}name${' }'.repeat(levels)} } } } }`;
const deep = fc.integer({ min: 5, max: 2_000 }).map((n) => post('deep nesting', nested(n)));

const aliases = fc
  .tuple(
    fc.integer({ min: 6, max: 400 }),
    fc.constantFrom('viewer { name }', 'units { totalCount }'),
  )
  .map(([n, field]) =>
    post('alias flood', `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`),
  );

const cycles = fc
  .constantFrom(
    'query { units { edges { node { ...A } } } } fragment A on Unit { parent { ...B } } fragment B on Unit { parent { ...A } }',
    'query { units { edges { node { ...A } } } } fragment A on Unit { name ...A }',
    'query { ...Q } fragment Q on Query { viewer { name } ...Q }',
    `query { units { edges { node { ...F0 } } } } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Unit { name parent { ...F${i + 1} } }`).join(' ')} fragment F30 on Unit { ...F0 }`,
  )
  .map((query) => post('fragment cycle', query));

const unknown = fc
  .tuple(
    fc.constantFrom('units', 'nope', '__schema', '__type(name: "Unit")', 'viewer'),
    hostileString,
  )
  .map(([root, field]) =>
    post(
      'unknown fields',
      `{ ${root} { ${field.replace(/[^_A-Za-z0-9]/g, '') || 'x'} nope { id } } }`,
    ),
  );

const garbageQuery = fc
  .oneof(hostileString, fc.string({ unit: 'grapheme-ascii', maxLength: 200 }))
  .map((query) => post('garbage query text', query));

/** Mutations with hostile text, each with an id that names nothing: none may succeed. */
const mutations = fc
  .tuple(
    fc.integer({ min: 0, max: 9 }),
    invalidId,
    hostileString,
    hostileString,
    date,
    fc.array(invalidId, { maxLength: 4 }),
  )
  .map(([which, id, s, t, on, ids]) => {
    const m = [
      [
        'mutation ($id: ID!, $s: String!, $on: Date!) { createMeeting(input: { unitId: $id, place: $s, date: $on, attendeeNote: $s }) { __typename } }',
      ],
      [
        'mutation ($id: ID!, $s: String!, $t: String) { createProject(input: { ownerUnitId: $id, title: $s, benefit: $t, programme: $t }) { __typename } }',
      ],
      [
        'mutation ($id: ID!, $s: String!, $t: String) { createLegislationWatch(input: { ownerUnitId: $id, title: $s, reference: $t, status: PROPOSAL }) { __typename } }',
      ],
      [
        'mutation ($id: ID!, $s: String!, $on: Date!) { updateMeeting(id: $id, version: 1, input: { unitId: $id, place: $s, date: $on }) { __typename } }',
      ],
      [
        'mutation ($ids: [ID!], $s: String!, $on: Date!) { createTrainingSession(input: { title: $s, heldOn: $on, topic: PROJECT_FINANCE, participantIds: $ids, place: $s }) { __typename } }',
      ],
      [
        'mutation ($s: String!, $t: String!) { waiveObligation(input: { obligationKey: $s, reason: $t }) { __typename } }',
      ],
      [
        'mutation ($id: ID!, $s: String!) { erasePerson(input: { personId: $id, mode: ERASE, reason: $s }) { __typename } }',
      ],
      [
        'mutation ($id: ID!) { setEngagementTags(input: { id: $id, version: 0, themes: [] }) { __typename } }',
      ],
      ['mutation ($s: String!, $t: String!) { signIn(email: $s, password: $t) { __typename } }'],
      ['mutation ($id: ID!) { revokeObligationWaiver(id: $id) { __typename } }'],
    ][which]?.[0] as string;
    // A unit editor's "no ids" case would be valid: always give the training session a bad one.
    return post('mutation', m, { id, s, t, on, ids: ids.length ? ids : [id] });
  });

const batched = fc
  .array(fc.oneof(searches, nodes, mutations, deep), { minLength: 1, maxLength: 12 })
  .map(
    (sent): Sent => ({
      kind: 'batched body',
      method: 'POST',
      contentType: 'application/json',
      body: `[${sent.map((s) => s.body).join(',')}]`,
      operations: sent.length,
    }),
  );

const brokenJson = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom(
      '',
      '{',
      '{"query":',
      '{"query": "{ viewer { name } }"',
      '{"query": 42}',
      '{"query": null, "variables": "x"}',
      '{"query": "{ __typename }", "variables": [1, 2]}',
      '{"query": "{ __typename }", "operationName": {"a": 1}}',
      '{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "x"}}}',
      'null',
      '[]',
      '"{ viewer { name } }"',
      '\u0000\u0000',
    ),
  )
  .map(
    (body): Sent => ({
      kind: 'broken JSON',
      method: 'POST',
      contentType: 'application/json',
      body,
      operations: 1,
    }),
  );

const wrongHttp = fc
  .tuple(
    fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS', 'GET', 'POST', 'HEAD'),
    fc.constantFrom(
      undefined,
      'application/xml',
      'text/html',
      'multipart/form-data; boundary=x',
      'application/graphql',
      'application/graphql-response+json',
      'application/json; charset=latin1',
      'text/plain',
    ),
    fc.boolean(),
    fc.constantFrom(
      '{ viewer { name } }',
      'mutation { signIn(email: "admin@malmo.example", password: "") { __typename } }',
      'mutation ($s: String!) { waiveObligation(input: { obligationKey: $s, reason: $s }) { __typename } }',
    ),
  )
  .map(([method, contentType, csrf, query]): Sent => {
    const withBody = method !== 'GET' && method !== 'HEAD';
    return {
      kind: 'wrong method or content type',
      method,
      contentType,
      csrf,
      search: withBody
        ? undefined
        : `query=${encodeURIComponent(query)}&variables=%7B%22s%22%3A%22x%22%7D`,
      body: withBody ? JSON.stringify({ query, variables: { s: 'x' } }) : undefined,
      operations: 1,
    };
  });

const request = fc.oneof(
  searches,
  oversized,
  paging,
  wrongTypes,
  nodes,
  deep,
  aliases,
  cycles,
  unknown,
  garbageQuery,
  { weight: 3, arbitrary: mutations },
  batched,
  brokenJson,
  wrongHttp,
);

// ---- what no response may contain ---------------------------------------------------------

const LEAKS: [string, RegExp][] = [
  // A fault the mask hides is still a fault: hostile input must get an answer that names it.
  ['an unexpected error', /Unexpected error/],
  ['a stack trace', /\n\s+at |\bat [\w.<>]+ \(|"stack"/],
  ['a file path', /\/work\/|node_modules|file:\/\/|\.[cm]?[jt]s:\d+/],
  ['SQL', /\bselect\b[^"]{0,200}\bfrom\b|\binsert into\b|\bdelete from\b|\bupdate "?\w+"? set\b/i],
  [
    'a database error',
    /syntax error at or near|relation "|column "|violates .*constraint|invalid input syntax|invalid byte sequence|SQLSTATE|PostgreSQL|MikroORM|kysely|DriverException/i,
  ],
];

describe('fuzz: generated hostile requests over HTTP (production mode)', () => {
  it(`answers ${RUNS} of them without a 5xx, a leak, or a change to the registry`, async () => {
    const before = await digest();
    const counts = new Map<string, number>();
    let operations = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('anonymous', 'reader', 'admin'),
        request,
        async (who, sent) => {
          const cookie = cookies[who];
          const response = await fetch(
            `http://127.0.0.1:${server.port}/graphql${sent.search ? `?${sent.search}` : ''}`,
            {
              method: sent.method,
              headers: {
                ...(sent.contentType ? { 'content-type': sent.contentType } : {}),
                ...(sent.csrf === false ? {} : { [CSRF_HEADER]: '1' }),
                ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}),
              },
              body: sent.body,
            },
          );
          const text = await response.text();
          operations += sent.operations;
          counts.set(sent.kind, (counts.get(sent.kind) ?? 0) + 1);
          expect(response.status, `${sent.kind}: ${text.slice(0, 300)}`).toBeLessThan(500);
          for (const [leak, pattern] of LEAKS) {
            expect(text, `${sent.kind} leaked ${leak}`).not.toMatch(pattern);
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    expect(await digest()).toEqual(before);
    // The sessions lasted the whole run: the reader and the administrator were who they said.
    for (const [who, role] of [
      ['reader', 'READER'],
      ['admin', 'ADMIN'],
    ]) {
      const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [CSRF_HEADER]: '1',
          cookie: `${SESSION_COOKIE}=${cookies[who as string]}`,
        },
        body: JSON.stringify({ query: '{ viewer { role } }' }),
      });
      expect(await response.json()).toEqual({ data: { viewer: { role } } });
    }
    // Every kind of request was sent, many operations in all.
    expect([...counts.keys()].sort()).toHaveLength(15);
    expect(operations).toBeGreaterThan(RUNS);
    console.info(`fuzz: ${RUNS} requests, ${operations} operations`, Object.fromEntries(counts));
  });
});
