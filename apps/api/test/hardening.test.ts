import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ASTNode,
  type DocumentNode,
  Kind,
  type OperationDefinitionNode,
  print,
  type TypeNode,
  visit,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/auth/sessions';
import { GRAPHQL_LIMITS, MAX_BODY_BYTES } from '../src/http/limits';
import { CSRF_HEADER } from '../src/http/security';
import { dashboardDocuments } from '../src/scripts/dashboard-documents';
import type { RunningServer } from '../src/server';
import { signedInToken, startTestServer } from './support';

let production: RunningServer;
let development: RunningServer;
let admin: string;
const dashboardDir = mkdtempSync(join(tmpdir(), 'malmo-hardening-'));

beforeAll(async () => {
  writeFileSync(join(dashboardDir, 'index.html'), '<!doctype html><title>Malmö</title>');
  production = await startTestServer({ dashboardDir });
  const databaseUrl = production.db.orm.config.get('clientUrl');
  development = await startTestServer({ databaseUrl, production: false, seedAnnex: false });
  admin = await signedInToken(production.db, 'admin');
});
afterAll(async () => {
  await development?.close();
  await production?.close();
  rmSync(dashboardDir, { recursive: true, force: true });
});

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A POST to /graphql as the dashboard sends it (JSON, CSRF header), signed in as admin. */
async function post(
  query: string,
  variables: Record<string, unknown> = {},
  server = production,
): Promise<{ status: number; body: GraphQLBody; text: string }> {
  const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [CSRF_HEADER]: '1',
      cookie: `${SESSION_COOKIE}=${admin}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as GraphQLBody, text };
}

/** Runs `send`, returning what it returned and the SQL it made, but for the session look-up. */
async function withStatements<T>(send: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  const sql: string[] = [];
  const stop = production.db.observe((statement) => {
    if (!/\bsession\b/.test(statement)) sql.push(statement);
  });
  try {
    return { result: await send(), sql };
  } finally {
    stop();
  }
}

/** An operation of each limit's measure at `n`: `n` at the limit passes, `n + 1` is refused. */
const nested = (levels: number) =>
  `{ units(first: 1) { edges { node { ${'parent { '.repeat(levels - 4)}name${' }'.repeat(levels - 4)} } } } }`;
/** Armor's cost of one row of `things(first: n) { edges { node { name } } }`: 12.875. */
const ROW_COST = 12.875;
const rows = (n: number) => `{ units(first: ${n}) { edges { node { name } } } }`;
const LIMITS = [
  {
    limit: 'depth',
    n: GRAPHQL_LIMITS.depth,
    // units → edges → node → parent… → name: `name` is at depth n.
    operation: nested,
    refusal: `Query depth limit of ${GRAPHQL_LIMITS.depth} exceeded`,
  },
  {
    limit: 'aliases',
    n: GRAPHQL_LIMITS.aliases,
    operation: (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { name }`).join(' ')} }`,
    refusal: `Aliases limit of ${GRAPHQL_LIMITS.aliases} exceeded`,
  },
  {
    limit: 'tokens',
    n: GRAPHQL_LIMITS.tokens,
    // `{ viewer {` … `} }` is 5 tokens; the rest are `name`s.
    operation: (n: number) => `{ viewer { ${'name '.repeat(n - 5)}} }`,
    refusal: `Token limit of ${GRAPHQL_LIMITS.tokens} exceeded`,
  },
  {
    limit: 'directives',
    n: GRAPHQL_LIMITS.directives,
    operation: (n: number) => `{ viewer { ${'name @include(if: true) '.repeat(n)}} }`,
    refusal: `Directives limit of ${GRAPHQL_LIMITS.directives} exceeded`,
  },
  {
    // A literal `first` multiplies a list's cost (see http/limits.ts); n rows in all.
    limit: 'cost',
    n: Math.floor(GRAPHQL_LIMITS.cost / ROW_COST),
    operation: rows,
    refusal: `Query Cost limit of ${GRAPHQL_LIMITS.cost} exceeded`,
  },
];

describe('GraphQL Armor limits (production, over HTTP)', () => {
  it.each(LIMITS)('$limit: $n passes, one more is refused before anything runs', async (c) => {
    const at = await post(c.operation(c.n));
    expect(at.body.errors).toBeUndefined();
    expect(at.body.data).toBeTruthy();

    const { result: over, sql } = await withStatements(() => post(c.operation(c.n + 1)));
    expect(over.body.errors?.map((e) => e.message).join('\n')).toContain(c.refusal);
    expect(over.body).not.toHaveProperty('data');
    expect(sql).toEqual([]);
  });

  it("serves every query the dashboard sends, as Apollo sends it (with __typename's)", async () => {
    const documents = dashboardDocuments().filter(
      (d) => d.definitions.find(isOperation)?.operation === 'query',
    );
    expect(documents.length).toBeGreaterThan(30);
    const failures: string[] = [];
    for (const document of documents) {
      const operation = document.definitions.find(isOperation);
      const name = operation?.name?.value;
      const { body } = await post(print(withTypename(document)), requiredVariables(operation));
      if (body.errors) failures.push(`${name}: ${body.errors.map((e) => e.message).join('; ')}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('CSRF prevention', () => {
  const url = () => `http://127.0.0.1:${production.port}/graphql`;
  const query = '{ __typename }';
  it.each([
    [
      'a POST of text/plain',
      { method: 'POST', type: 'text/plain', body: JSON.stringify({ query }) },
    ],
    [
      'a POST of a form',
      { method: 'POST', type: 'application/x-www-form-urlencoded', body: `query=${query}` },
    ],
    ['a GET', { method: 'GET', type: undefined, body: undefined }],
  ])('refuses %s without the header', async (_, c) => {
    const response = await fetch(c.method === 'GET' ? `${url()}?query=${query}` : url(), {
      method: c.method,
      headers: {
        cookie: `${SESSION_COOKIE}=${admin}`,
        ...(c.type ? { 'content-type': c.type } : {}),
      },
      body: c.body,
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Required CSRF header(s) not present');
  });

  it.each(['GET', 'POST'])('accepts a %s with the header', async (method) => {
    const response = await fetch(method === 'GET' ? `${url()}?query=${query}` : url(), {
      method,
      headers: {
        [CSRF_HEADER]: '1',
        cookie: `${SESSION_COOKIE}=${admin}`,
        ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
      },
      body: method === 'POST' ? JSON.stringify({ query }) : undefined,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

const INTROSPECTION = '{ __schema { queryType { name } } }';

describe('production and development', () => {
  it('production refuses introspection; development answers it', async () => {
    const refused = await post(INTROSPECTION);
    expect(refused.body.errors?.[0]?.message).toMatch(/introspection/i);
    expect(refused.body).not.toHaveProperty('data');
    const answered = await post(INTROSPECTION, {}, development);
    expect(answered.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it.each([
    ['a misspelt field', '{ unit { name } }', {}],
    ['a misspelt argument', '{ units(frist: 1) { totalCount } }', {}],
    [
      'a misspelt input field in variables',
      'query ($f: UnitFilter) { units(filter: $f) { totalCount } }',
      { f: { serach: 'x' } },
    ],
    [
      'a misspelt enum value in variables',
      'query ($f: UnitFilter) { units(filter: $f) { totalCount } }',
      { f: { kinds: ['DISTRCT'] } },
    ],
  ])('production never suggests names: %s', async (_, query, variables) => {
    const { body, text } = await post(query, variables);
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/did you mean/i);
    // The same request in development does suggest, so the case is one that would.
    expect((await post(query, variables, development)).text).toMatch(/did you mean/i);
  });

  it.each([
    [
      'a variable',
      'query ($s: String) { units(filter: { search: $s }) { totalCount } }',
      { s: 'a\u0000' },
    ],
    ['a literal', '{ units(filter: { search: "a\\u0000" }) { totalCount } }', {}],
  ])(
    'refuses the NUL character in %s as bad input (PostgreSQL cannot hold it)',
    async (_, query, variables) => {
      const { body } = await post(query, variables);
      expect(body).not.toHaveProperty('data');
      expect(body.errors?.map((e) => e.message)).toEqual([
        'Text may not contain the NUL character (U+0000).',
      ]);
    },
  );

  it('production masks an unexpected error: no message, stack, SQL or path', async () => {
    const connection = production.db.orm.em.getConnection();
    await connection.execute('alter table training_session rename to training_session_away');
    try {
      const { status, text, body } = await post('{ trainingSessions { totalCount } }');
      expect(status).toBe(200);
      expect(body.errors?.map((e) => e.message)).toEqual(['Unexpected error.']);
      expect(text).not.toMatch(/training_session|select|stack|\.ts\b|node_modules/i);
    } finally {
      await connection.execute('alter table training_session_away rename to training_session');
    }
  });
});

describe(`request body limit (${MAX_BODY_BYTES / 1000} kB)`, () => {
  const padded = (size: number) => {
    const query = '{ __typename }';
    const shell = JSON.stringify({ query, extensions: { pad: '' } });
    return JSON.stringify({ query, extensions: { pad: 'x'.repeat(size - shell.length) } });
  };

  it.each([
    ['with a Content-Length', false],
    ['chunked', true],
  ])('%s: the limit is read, one byte more is 413', async (_, chunked) => {
    expect(await send(padded(MAX_BODY_BYTES), chunked)).toMatchObject({ status: 200 });
    const over = await send(padded(MAX_BODY_BYTES + 1), chunked);
    expect(over.status).toBe(413);
    expect(over.text).toContain('Request body too large');
  });
});

/** A POST through node:http, so that the framing (Content-Length or chunked) is chosen here. */
function send(body: string, chunked: boolean): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: production.port,
        path: '/graphql',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [CSRF_HEADER]: '1',
          ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': body.length }),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    // In pieces, as a chunked upload arrives.
    for (let i = 0; i < body.length; i += 16_384) req.write(body.slice(i, i + 16_384));
    req.end();
  });
}

describe('security headers', () => {
  const COMMON = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'same-origin',
    'cross-origin-opener-policy': 'same-origin',
  };
  it.each([
    ['the dashboard', '/', "default-src 'self'"],
    ['a dashboard route', '/projekt', "default-src 'self'"],
    ['the API', '/graphql?query=%7B__typename%7D', "default-src 'none'"],
  ])('on %s', async (_, path, csp) => {
    const response = await fetch(`http://127.0.0.1:${production.port}${path}`, {
      headers: { [CSRF_HEADER]: '1' },
    });
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject(COMMON);
    expect(response.headers.get('content-security-policy')).toContain(csp);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
  });
});

const isOperation = (d: ASTNode): d is OperationDefinitionNode =>
  d.kind === Kind.OPERATION_DEFINITION;

/** The dashboard's documents, from its generated src/gql/graphql.ts. */
/** A value for each required variable: unknown ids (pages answer null), plain text, true, 1. */
function requiredVariables(operation: OperationDefinitionNode | undefined) {
  const SAMPLES: Record<string, unknown> = {
    ID: 'VW5pdDo5OTk5OTk=', // Unit:999999
    String: 'Malmö',
    Boolean: true,
    Int: 1,
    Float: 1,
    Date: '2008-01-01',
    PartnerNeedInput: { themes: ['CULTURE'] },
  };
  const sample = (type: TypeNode): unknown => {
    if (type.kind === Kind.NON_NULL_TYPE) return sample(type.type);
    if (type.kind === Kind.LIST_TYPE) return [sample(type.type)];
    if (!(type.name.value in SAMPLES)) throw new Error(`no sample for ${type.name.value}`);
    return SAMPLES[type.name.value];
  };
  return Object.fromEntries(
    (operation?.variableDefinitions ?? [])
      .filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue)
      // A year variable needs a year the API accepts (1900–2100).
      .map((v) => {
        const name = v.variable.name.value;
        const value = sample(v.type);
        return [name, value === SAMPLES.Int && /year|from|to/i.test(name) ? 2008 : value];
      }),
  );
}

/** What Apollo Client's cache does to a document: `__typename` in every selection set. */
function withTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node, _key, parent) {
      if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) {
        return;
      }
      return {
        ...node,
        selections: [
          ...node.selections,
          { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } },
        ],
      };
    },
  });
}
