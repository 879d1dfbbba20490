import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataVersion, UNVERSIONED_TABLES } from '../src/db/data-version';
import { type Database, openDatabase } from '../src/db/orm';
import { createGraphQLServer } from '../src/yoga';
import { createTestApi, graphqlClient, signedInToken, type TestApi } from './support';

// The ledger is kept per database while the data version (kept by PostgreSQL, changed at the
// commit of every transaction that writes a versioned table) stays the same. These tests prove
// that every kind of write is seen by the very next read, and that reads in between are served
// from the cache (else the first half would prove nothing).

let api: TestApi;
let url: string;
const ids: Record<string, string> = {};
const AS_OF = '2008-03-01';

const LEDGER = `query ($asOf: Date, $filter: ObligationFilter, $first: Int = 500) {
  obligations(asOf: $asOf, filter: $filter, first: $first) {
    totalCount edges { node { key state meeting { place } } }
  }
}`;

interface Row {
  key: string;
  state: string;
  meeting: { place: string } | null;
}

/** The facts' statement that reads the meetings: made once per computation of the ledger. */
const READS_MEETINGS = /from meeting m left join meeting_report r/;

/** The meeting-report duties on AS_OF, and whether this read computed the ledger. */
async function meetingDuties(on: TestApi = api) {
  const { data, statements } = await on.countStatements(LEDGER, {
    asOf: AS_OF,
    filter: { kinds: ['MEETING_REPORT'] },
  });
  const rows = (data as { obligations: { edges: { node: Row }[] } }).obligations.edges.map(
    (e) => e.node,
  );
  return { rows, computed: statements.filter((s) => READS_MEETINGS.test(s)).length };
}

async function mutation(source: string, variables: Record<string, unknown>) {
  const result = await api.query<{ result: { __typename: string; data?: { id: string } } }>(
    source,
    variables,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.result.__typename, JSON.stringify(result.data)).toMatch(/Success$/);
  return result.data?.result.data?.id as string;
}

const createMeeting = (place: string) =>
  mutation(
    `mutation ($input: MeetingInput!) { result: createMeeting(input: $input) {
      __typename ... on MutationCreateMeetingSuccess { data { id } } } }`,
    {
      input: {
        forumId: ids['eurocities-culture-forum'],
        unitId: ids.kulturforvaltningen,
        date: '2008-02-01',
        place,
      },
    },
  );

const submitReport = (meetingId: string, submittedOn: string) =>
  mutation(
    `mutation ($input: MeetingReportInput!) { result: submitMeetingReport(input: $input) {
      __typename ... on MutationSubmitMeetingReportSuccess { data { id } } } }`,
    { input: { meetingId, submittedOn, summary: 'Rapport från mötet.' } },
  );

/** A client of its own on the test database: writes the API never sees. */
async function outside<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  api = await createTestApi();
  url = api.db.orm.config.get('clientUrl') as string;
  const d = await api.query<{
    units: { edges: { node: { id: string; key: string } }[] };
    forums: { edges: { node: { id: string; key: string } }[] };
  }>(`query ($first: Int = 500) { units(first: $first) { edges { node { id key } } }
        forums(first: $first) { edges { node { id key } } } }`);
  for (const e of [...(d.data?.units.edges ?? []), ...(d.data?.forums.edges ?? [])]) {
    ids[e.node.key] = e.node.id;
  }
});
afterAll(() => api.close());

describe('the ledger kept while the data version stays the same', () => {
  it('is computed once, then served from the cache until something is written', async () => {
    await meetingDuties();
    const again = await meetingDuties();
    expect(again.computed).toBe(0);
  });

  it('sees a meeting created, reported and its duty waived through the API at the next read', async () => {
    const id = await createMeeting('Lille');
    const due = await meetingDuties();
    expect(due.computed).toBe(1);
    const duty = due.rows.find((o) => o.meeting?.place === 'Lille');
    expect(duty?.state).toBe('OVERDUE');
    expect((await meetingDuties()).computed).toBe(0);

    await mutation(
      `mutation ($input: WaiveObligationInput!) { result: waiveObligation(input: $input) {
        __typename ... on MutationWaiveObligationSuccess { data { id } } } }`,
      {
        input: {
          obligationKey: duty?.key,
          reason: 'Mötet ställdes in på plats.',
          waivedOn: '2008-02-20',
        },
      },
    );
    const waived = await meetingDuties();
    expect(waived.computed).toBe(1);
    expect(waived.rows.find((o) => o.key === duty?.key)?.state).toBe('WAIVED');

    await submitReport(id, '2008-02-10');
    const reported = await meetingDuties();
    expect(reported.rows.find((o) => o.key === duty?.key)?.state).toBe('FULFILLED');
  });

  it('sees a write made in SQL on another connection, and an import by COPY', async () => {
    const meetingId = await createMeeting('Bryssel');
    await submitReport(meetingId, '2008-02-10');
    const key = (await meetingDuties()).rows.find((o) => o.meeting?.place === 'Bryssel')?.key;
    const state = async () => (await meetingDuties()).rows.find((o) => o.key === key)?.state;
    expect(await state()).toBe('FULFILLED');
    const dbId = Number(key?.split(':').at(-1));
    await outside((c) => c.query('delete from meeting_report where meeting_id = $1', [dbId]));
    const after = await meetingDuties();
    expect(after.computed).toBe(1);
    expect(after.rows.find((o) => o.key === key)?.state).toBe('OVERDUE');

    // Statement triggers fire on COPY too: a report copied in, as a restore would.
    await outside(
      (c) =>
        new Promise<void>((resolve, reject) => {
          const stream = c.query(
            copyFrom('copy meeting_report (meeting_id, submitted_on, summary) from stdin'),
          );
          stream.on('finish', resolve).on('error', reject);
          stream.end(`${dbId}\t2008-02-12\tKopierad rapport\n`);
        }),
    );
    expect(await state()).toBe('FULFILLED');
  });

  it('changes the version only at commit: an open write is not seen, a rolled-back one never', async () => {
    const fulfilled = (await meetingDuties()).rows.filter((o) => o.state === 'FULFILLED');
    expect(fulfilled.length).toBeGreaterThan(0);
    const version = await readDataVersion(api.db.orm.em.fork());
    await outside(async (c) => {
      await c.query('begin');
      await c.query('delete from meeting_report');
      // Written, not committed: the API neither sees the write nor a new version.
      expect(await readDataVersion(api.db.orm.em.fork())).toBe(version);
      const during = await meetingDuties();
      expect(during.rows.filter((o) => o.state === 'FULFILLED')).toEqual(fulfilled);
      await c.query('rollback');
    });
    // Rolled back: the same version, and the ledger still kept for it.
    expect(await readDataVersion(api.db.orm.em.fork())).toBe(version);
    expect((await meetingDuties()).computed).toBe(0);
  });

  it('is a new version after a restore brings back an old row of the version table', async () => {
    await meetingDuties();
    const before = await readDataVersion(api.db.orm.em.fork());
    // As a restore does: triggers off, the table emptied and its backed-up row copied back.
    await outside(async (c) => {
      await c.query('begin');
      await c.query('alter table meeting_report disable trigger user');
      await c.query('alter table data_version disable trigger user');
      const { rows } = await c.query('select * from data_version');
      await c.query('delete from meeting_report');
      await c.query('truncate data_version');
      await c.query(
        'insert into data_version select * from json_populate_record(null::data_version, $1)',
        [JSON.stringify(rows[0])],
      );
      await c.query('alter table meeting_report enable trigger user');
      await c.query('alter table data_version enable trigger user');
      await c.query('commit');
    });
    expect(await readDataVersion(api.db.orm.em.fork())).not.toBe(before);
    const after = await meetingDuties();
    expect(after.computed).toBe(1);
    expect(after.rows.filter((o) => o.state === 'FULFILLED')).toEqual([]);
  });

  it('is not emptied by a sign-in (sessions and accounts are not data)', async () => {
    await meetingDuties();
    await signedInToken(api.db, 'reader');
    expect((await meetingDuties()).computed).toBe(0);
  });

  it('computes once for concurrent requests of the same ledger', async () => {
    await createMeeting('Gent');
    const statements: string[] = [];
    const stop = api.db.observe((sql) => statements.push(sql));
    try {
      const reads = await Promise.all([1, 2, 3, 4].map(() => api.query(LEDGER, { asOf: AS_OF })));
      for (const read of reads) expect(read.errors).toBeUndefined();
    } finally {
      stop();
    }
    expect(statements.filter((s) => READS_MEETINGS.test(s))).toHaveLength(1);
  });

  it('two API processes on one database each see the other’s writes', async () => {
    const other: Database = await openDatabase(url);
    try {
      const otherQuery = graphqlClient(
        createGraphQLServer(other, { production: true }),
        await signedInToken(other, 'admin'),
      );
      const places = async () =>
        (
          await otherQuery<{ obligations: { edges: { node: Row }[] } }>(LEDGER, { asOf: AS_OF })
        ).data?.obligations.edges
          .map((e) => e.node.meeting?.place)
          .filter(Boolean);
      // Both caches hold the ledger; a meeting made through one is seen through the other.
      await meetingDuties();
      expect(await places()).not.toContain('Malmö');
      await createMeeting('Malmö');
      expect(await places()).toContain('Malmö');
      expect(other.cache).not.toBe(api.db.cache);
    } finally {
      await other.orm.close();
    }
  });

  it('keeps a dashboard aggregate the same way: warm it reads nothing, a write shows at once', async () => {
    const ENGAGEMENT = `{ engagementByUnit { unitName kind count } }`;
    const meetings = (data: unknown) =>
      (
        data as { engagementByUnit: { unitName: string; kind: string; count: number }[] }
      ).engagementByUnit.find((r) => r.unitName === 'Kulturförvaltningen' && r.kind === 'MEETING')
        ?.count ?? 0;
    const cold = await api.coldStatements(ENGAGEMENT);
    const warm = await api.countStatements(ENGAGEMENT);
    expect(warm.data).toEqual(cold.data);
    // Warm: the session lookup and the data version only.
    expect(warm.statements.filter((sql) => !/\bsession\b/.test(sql))).toEqual([
      expect.stringMatching(/from data_version/),
    ]);
    await createMeeting('Tammerfors');
    expect(meetings((await api.countStatements(ENGAGEMENT)).data)).toBe(meetings(cold.data) + 1);
  });

  it('reads the version once for a whole query, however many kept results its fields ask for', async () => {
    const BOTH = `{ engagementByUnit { unitName kind count } profilingYears { year delegates } }`;
    const cold = await api.coldStatements(BOTH);
    const warm = await api.countStatements(BOTH);
    expect(warm.data).toEqual(cold.data);
    expect(warm.statements.filter((sql) => !/\bsession\b/.test(sql))).toEqual([
      expect.stringMatching(/from data_version/),
    ]);
    // The next query reads the version afresh: a write in between shows.
    await createMeeting('Bordeaux');
    const after = await api.countStatements(BOTH);
    expect(after.statements.filter((sql) => !/\bsession\b/.test(sql)).length).toBeGreaterThan(1);
  });

  it('versions every table but accounts, sessions and its own', async () => {
    const rows = (await outside((c) =>
      c.query(`select c.relname as name, exists (select 1 from pg_trigger t
                 where t.tgrelid = c.oid and t.tgname = 'data_version_note'
                   and t.tgenabled <> 'D') as versioned
                 from pg_class c
                where c.relkind in ('r', 'p') and c.relnamespace = current_schema()::regnamespace
                order by 1`),
    )) as pg.QueryResult<{ name: string; versioned: boolean }>;
    const unversioned = rows.rows.filter((r) => !r.versioned).map((r) => r.name);
    // A table added later must call track_data_version('its_name') in its migration.
    expect(unversioned.sort()).toEqual([...UNVERSIONED_TABLES].sort());
    expect(rows.rows.length).toBeGreaterThan(30);
  });
});
