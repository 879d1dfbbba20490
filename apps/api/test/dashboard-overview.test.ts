import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDataVersionRead, touchDataVersion } from '../src/db/data-version';
import { DEMO_DEFAULTS, demoAsOf, generateDemoActivity } from '../src/demo/generate';
import { createTestApi, type TestApi } from './support';

/*
 * The steering group's overview: each aggregate is one SQL statement and the ledger's roll-up a
 * fixed number, whatever the data (the annex alone, the demo activity, the demo with extra rows);
 * the figures agree with the lists and the ledger they summarise; readers get nothing.
 */

let api: TestApi;
const DEMO_DAY = demoAsOf(DEMO_DEFAULTS.toYear);
const DEMO_YEAR = Number(DEMO_DAY.slice(0, 4));

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await api.query<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

type Edges<T> = { totalCount: number; edges: { node: T }[]; pageInfo: PageInfo };
type PageInfo = { hasNextPage: boolean; endCursor: string | null };

/** Every row of a list (or of the ledger), page by page, as an administrator. */
async function everything<T>(field: string, selection: string, args = ''): Promise<T[]> {
  const rows: T[] = [];
  let after: string | null = null;
  for (;;) {
    const d: Record<string, Edges<T>> = await data(
      `query ($after: String, $first: Int) { list: ${field}(first: $first, after: $after${args}) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`,
      { after, first: 500 },
    );
    const page = d.list as Edges<T>;
    rows.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return rows;
    after = page.pageInfo.endCursor;
  }
}

const SECTIONS = {
  headline: `headline { memberships membershipFeesSek membershipStaffHours projectsRunning
    runningBudgetSek runningEuGrantedSek projectsSubmitted submittedEuSoughtSek projectsGranted
    meetings meetingsReported participations delegates participationCostSek contactsGained
    secondments }`,
  ledgerByUnit:
    'ledgerByUnit { ownerUnit { id name } total byState { overdue due fulfilled waived } }',
  upcomingDeadlines: 'upcomingDeadlines { key kind state dueOn ownerUnit { id name } }',
  expiringAgreements: `expiringAgreements { agreementId partnerCityId partnerCityName type status
    validUntil daysLeft }`,
  changesSince: 'changesSince { recordKind action count }',
} as const;
type Section = keyof typeof SECTIONS;

const overview = (selection: string) =>
  `query ($asOf: Date, $year: Int, $since: Date) {
    steeringOverview(asOf: $asOf, year: $year, since: $since) { ${selection} } }`;

/** The statements one section adds to the request (the session lookup and the like are not its). */
async function statementsOf(section: Section, asOf: string): Promise<string[]> {
  const base = await api.countStatements(overview('asOf'), { asOf });
  const { statements } = await api.countStatements(overview(SECTIONS[section]), { asOf });
  // The data version's read is the cache's, not the section's.
  const own = statements.filter((s) => !base.statements.includes(s) && !isDataVersionRead(s));
  // Every statement of the bare request is also made by the section's.
  expect(statements.filter((s) => base.statements.includes(s))).toHaveLength(
    base.statements.length,
  );
  return own;
}

type Counts = Record<Section | `${Section}Warm`, number>;

/**
 * Each section's statements cold (the first request after a change of the data: the ledger is
 * computed) and warm (the same request again: the ledger is kept for that data version).
 */
async function countAll(asOf: string): Promise<Counts> {
  const counts = {} as Counts;
  for (const section of Object.keys(SECTIONS) as Section[]) {
    await touchDataVersion(api.db.orm.em.fork());
    counts[section] = (await statementsOf(section, asOf)).length;
    counts[`${section}Warm`] = (await statementsOf(section, asOf)).length;
  }
  return counts;
}

/**
 * Copies every row of a table with new ids (and columns rewritten, generated ones computed again):
 * more data of the same shape.
 */
async function duplicate(table: string, rewrite: Record<string, string> = {}) {
  const columns = (
    await api.db.orm.em.fork().execute<{ name: string }[]>(
      `select column_name as name from information_schema.columns
          where table_name = ? and table_schema = current_schema() and column_name <> 'id'
            and is_generated = 'NEVER'`,
      [table],
    )
  ).map((c) => c.name);
  const quoted = columns.map((c) => `"${c}"`).join(', ');
  const values = columns
    .map((c) => rewrite[c] ?? (c === 'key' ? `"key" || '-copy-' || id` : `"${c}"`))
    .join(', ');
  await api.db.orm.em
    .fork()
    .execute(`insert into "${table}" (${quoted}) select ${values} from "${table}"`);
}

const counts: Record<string, Counts> = {};

type Headline = Record<
  | 'memberships'
  | 'membershipFeesSek'
  | 'membershipStaffHours'
  | 'projectsRunning'
  | 'runningBudgetSek'
  | 'runningEuGrantedSek'
  | 'projectsSubmitted'
  | 'submittedEuSoughtSek'
  | 'projectsGranted'
  | 'meetings'
  | 'meetingsReported'
  | 'participations'
  | 'delegates'
  | 'participationCostSek'
  | 'contactsGained'
  | 'secondments',
  number
>;

beforeAll(async () => {
  api = await createTestApi();
  counts.annex = await countAll('2006-06-01');
  await generateDemoActivity(api.db.orm.em.fork());
  counts.demo = await countAll(DEMO_DAY);
  for (const table of ['meeting', 'secondment', 'audit_entry', 'project', 'agreement']) {
    await duplicate(table);
  }
  // A participation is one per edition and unit: the copies go to copied editions.
  await duplicate('event_edition', { year: '"year" + 50' });
  await duplicate('participation', {
    edition_id: `(select c.id from event_edition o join event_edition c
      on c.series_id = o.series_id and c.year = o.year + 50 where o.id = participation.edition_id)`,
  });
  counts.more = await countAll(DEMO_DAY);
}, 240_000);
afterAll(() => api.close());

describe('steeringOverview: statements', () => {
  it('each aggregate is one statement; the roll-up and deadlines a fixed number, whatever the rows', () => {
    for (const section of [
      'headline',
      'expiringAgreements',
      'changesSince',
      'expiringAgreementsWarm',
      'changesSinceWarm',
    ] as const) {
      expect(counts.annex?.[section], section).toBe(1);
      expect(counts.demo?.[section], section).toBe(1);
      expect(counts.more?.[section], section).toBe(1);
    }
    // The headline is kept for the data version: warm, none.
    expect([
      counts.annex?.headlineWarm,
      counts.demo?.headlineWarm,
      counts.more?.headlineWarm,
    ]).toEqual([0, 0, 0]);
    for (const section of [
      'ledgerByUnit',
      'upcomingDeadlines',
      'ledgerByUnitWarm',
      'upcomingDeadlinesWarm',
    ] as const) {
      expect(counts.demo?.[section], section).toBe(counts.annex?.[section]);
      expect(counts.more?.[section], section).toBe(counts.annex?.[section]);
    }
    // Cold: the ledger's facts (one statement per kind of record), and the units' names in one
    // more. Warm: the units' names (the ledger is kept for the data version).
    expect(counts.annex?.ledgerByUnit).toBe(11 + 1);
    expect(counts.annex?.ledgerByUnitWarm).toBe(1);
    console.info('steeringOverview statements (annex, demo, more):', JSON.stringify(counts));
  });

  it('the ledger is read once for the roll-up and the deadlines together', async () => {
    // Both cold (the ledger computed in this request, not kept from an earlier one), the data
    // version's reads left out: one per kept result.
    const both = await api.coldStatements(
      overview(`${SECTIONS.ledgerByUnit} ${SECTIONS.upcomingDeadlines}`),
      { asOf: DEMO_DAY },
    );
    const byUnit = await api.coldStatements(overview(SECTIONS.ledgerByUnit), { asOf: DEMO_DAY });
    expect(both.statements.length).toBe(byUnit.statements.length);
    expect(
      both.statements.filter((sql) => /from meeting m left join meeting_report r/.test(sql)),
    ).toHaveLength(1);
  });
});

type UnitRow = {
  ownerUnit: { id: string; name: string } | null;
  total: number;
  byState: Record<'overdue' | 'due' | 'fulfilled' | 'waived', number>;
};

describe('steeringOverview: figures', () => {
  it('the roll-up per unit equals the ledger counted per unit, the worst unit first', async () => {
    const d = await data<{ steeringOverview: { ledgerByUnit: UnitRow[] } }>(
      overview(SECTIONS.ledgerByUnit),
      { asOf: DEMO_DAY },
    );
    const rows = d.steeringOverview.ledgerByUnit;
    const ledger = await everything<{ state: string; ownerUnit: { id: string } | null }>(
      'obligations',
      'state ownerUnit { id }',
      `, asOf: "${DEMO_DAY}"`,
    );
    const expected = new Map<string, Record<string, number>>();
    for (const o of ledger) {
      const unit = o.ownerUnit?.id ?? 'none';
      const counts = expected.get(unit) ?? { overdue: 0, due: 0, fulfilled: 0, waived: 0 };
      counts[o.state.toLowerCase()] = (counts[o.state.toLowerCase()] ?? 0) + 1;
      expected.set(unit, counts);
    }
    expect(rows.length).toBe(expected.size);
    for (const row of rows) {
      expect(row.byState).toEqual(expected.get(row.ownerUnit?.id ?? 'none'));
      expect(row.total).toBe(Object.values(row.byState).reduce((a, b) => a + b, 0));
    }
    expect(rows.reduce((sum, r) => sum + r.total, 0)).toBe(ledger.length);
    expect(rows.some((r) => r.byState.overdue > 0)).toBe(true);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]?.byState, rows[i]?.byState];
      if (!a || !b) continue;
      expect(a.overdue > b.overdue || (a.overdue === b.overdue && a.due >= b.due)).toBe(true);
    }
  });

  it('the upcoming deadlines are the ledger’s next due dates, the soonest first', async () => {
    const d = await data<{
      steeringOverview: { upcomingDeadlines: { key: string; state: string; dueOn: string }[] };
    }>(overview(SECTIONS.upcomingDeadlines), { asOf: DEMO_DAY });
    const due = (
      await everything<{ key: string; dueOn: string | null }>(
        'obligations',
        'key dueOn',
        `, asOf: "${DEMO_DAY}", filter: { states: [DUE] }`,
      )
    ).filter((o) => o.dueOn != null);
    const upcoming = d.steeringOverview.upcomingDeadlines;
    expect(upcoming.length).toBe(Math.min(10, due.length));
    expect(upcoming.map((o) => o.key)).toEqual(due.slice(0, 10).map((o) => o.key));
    expect(upcoming.every((o) => o.state === 'DUE' && o.dueOn >= DEMO_DAY)).toBe(true);
    expect(upcoming.map((o) => o.dueOn)).toEqual([...upcoming.map((o) => o.dueOn)].sort());
  });

  it('the headline figures agree with the lists they link to', async () => {
    const year = DEMO_YEAR - 1;
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const d = await data<{ steeringOverview: { year: number; headline: Headline } }>(
      overview(`year ${SECTIONS.headline}`),
      { asOf: DEMO_DAY, year },
    );
    expect(d.steeringOverview.year).toBe(year);
    const h = d.steeringOverview.headline;
    const sum = <T>(rows: T[], value: (row: T) => number | null) =>
      rows.reduce((total, row) => total + (value(row) ?? 0), 0);

    const memberships = (
      await everything<{
        id: string;
        since: number | null;
        endedYear: number | null;
        annualFee: number | null;
        staffHoursPerYear: number | null;
      }>('memberships', 'id since endedYear annualFee staffHoursPerYear')
    ).filter((m) => (m.since ?? 0) <= year && (m.endedYear == null || m.endedYear >= year));
    // A membership's own fee and staff time, else what its latest assessment by then recorded.
    const assessments = (
      await everything<{
        membership: { id: string };
        assessedOn: string;
        feeSek: number;
        staffHours: number;
      }>('membershipAssessments', 'membership { id } assessedOn feeSek staffHours')
    )
      .filter((a) => a.assessedOn <= to)
      .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
    const latest = (id: string) => assessments.filter((a) => a.membership.id === id).at(-1);
    expect(h.memberships).toBe(memberships.length);
    expect(h.membershipFeesSek).toBe(
      sum(memberships, (m) => m.annualFee ?? latest(m.id)?.feeSek ?? 0),
    );
    expect(h.membershipStaffHours).toBe(
      sum(memberships, (m) => m.staffHoursPerYear ?? latest(m.id)?.staffHours ?? 0),
    );
    expect(h.membershipFeesSek).toBeGreaterThan(0);

    type P = {
      id: string;
      state: string;
      submittedOn: string | null;
      budgetSek: number | null;
      euFundingGrantedSek: number | null;
      euFundingSoughtSek: number | null;
    };
    const projects = await everything<P>(
      'projects',
      'id state submittedOn budgetSek euFundingGrantedSek euFundingSoughtSek',
    );
    // The figure links to the projects list filtered to these states and the year: the same set.
    const linked = new Set(
      (
        await everything<{ id: string }>(
          'projects',
          'id',
          `, filter: { states: [RUNNING, CLOSED], activeFrom: ${year}, activeTo: ${year} }`,
        )
      ).map((p) => p.id),
    );
    const running = projects.filter((p) => linked.has(p.id));
    const submitted = projects.filter(
      (p) => p.submittedOn != null && p.submittedOn >= from && p.submittedOn <= to,
    );
    expect(h.projectsRunning).toBe(running.length);
    expect(h.runningBudgetSek).toBe(sum(running, (p) => p.budgetSek));
    expect(h.runningEuGrantedSek).toBe(sum(running, (p) => p.euFundingGrantedSek));
    expect(h.projectsSubmitted).toBe(submitted.length);
    expect(h.submittedEuSoughtSek).toBe(sum(submitted, (p) => p.euFundingSoughtSek));
    expect(h.projectsGranted).toBe(
      submitted.filter((p) => ['GRANTED', 'RUNNING', 'CLOSED'].includes(p.state)).length,
    );
    expect(h.projectsRunning).toBeGreaterThan(0);

    const total = async (field: string, filter: string) =>
      (
        await data<{ list: { totalCount: number } }>(
          `{ list: ${field}(first: 0, filter: ${filter}) { totalCount } }`,
        )
      ).list.totalCount;
    expect(h.meetings).toBe(await total('meetings', `{ dateFrom: "${from}", dateTo: "${to}" }`));
    expect(h.meetingsReported).toBe(
      await total('meetings', `{ dateFrom: "${from}", dateTo: "${to}", reported: true }`),
    );
    expect(h.meetings).toBeGreaterThan(h.meetingsReported);

    const participations = await everything<{
      delegates: number;
      costSek: number;
      contactsGained: number;
    }>(
      'participations',
      'delegates costSek contactsGained',
      `, filter: { yearFrom: ${year}, yearTo: ${year} }`,
    );
    expect(h.participations).toBe(participations.length);
    expect(h.delegates).toBe(sum(participations, (p) => p.delegates));
    expect(h.participationCostSek).toBe(sum(participations, (p) => p.costSek));
    expect(h.contactsGained).toBe(sum(participations, (p) => p.contactsGained));

    const secondments = (
      await everything<{ startOn: string; endOn: string | null }>('secondments', 'startOn endOn')
    ).filter((s) => s.startOn <= to && (s.endOn == null || s.endOn >= from));
    expect(h.secondments).toBe(secondments.length);

    // Another year, other figures: the filter reaches the statement.
    const other = await data<{ steeringOverview: { headline: Headline } }>(
      overview(SECTIONS.headline),
      { asOf: DEMO_DAY, year: year - 1 },
    );
    expect(other.steeringOverview.headline).not.toEqual(h);
  });

  it('defaults: the headline year is the day’s year, the last meeting three months before', async () => {
    const d = await data<{ steeringOverview: Record<string, unknown> }>(
      overview('asOf year since expiresBy'),
      { asOf: '2008-05-31' },
    );
    expect(d.steeringOverview).toEqual({
      asOf: '2008-05-31',
      year: 2008,
      since: '2008-02-29',
      expiresBy: '2009-05-31',
    });
    const chosen = await data<{ steeringOverview: Record<string, unknown> }>(
      overview('year since'),
      { asOf: '2008-05-31', year: 2007, since: '2008-01-15' },
    );
    expect(chosen.steeringOverview).toEqual({ year: 2007, since: '2008-01-15' });
  });

  it('agreements: those ending within a year, and those ended but still in force', async () => {
    type A = { partnerCityName: string; validUntil: string; daysLeft: number; status: string };
    const on = async (asOf: string) =>
      (
        await data<{ steeringOverview: { expiringAgreements: A[] } }>(
          overview(SECTIONS.expiringAgreements),
          { asOf },
        )
      ).steeringOverview.expiringAgreements;
    // The annex's own case: Newcastle, valid until 2006-12-31 (the copies made above too).
    const before = (await on('2006-06-01')).filter((a) => a.partnerCityName === 'Newcastle');
    expect(before[0]).toMatchObject({ validUntil: '2006-12-31', daysLeft: 213, status: 'ACTIVE' });
    expect(await on('2005-12-30')).not.toContainEqual(
      expect.objectContaining({ partnerCityName: 'Newcastle' }),
    );
    const after = (await on('2007-03-01')).filter((a) => a.partnerCityName === 'Newcastle');
    expect(after[0]).toMatchObject({ daysLeft: -60, status: 'ACTIVE' });
    // Compared with the partner cities' own agreements.
    const cities = await everything<{
      name: string;
      agreements: { validUntil: string | null; status: string }[];
    }>('partnerCities', 'name agreements { validUntil status }');
    const asOf = DEMO_DAY;
    const expected = cities.flatMap((c) =>
      c.agreements
        .filter(
          (a) =>
            a.validUntil != null &&
            ((a.validUntil >= asOf && a.validUntil <= '2009-10-15') ||
              (a.validUntil < asOf && a.status === 'ACTIVE')),
        )
        .map((a) => `${c.name} ${a.validUntil}`),
    );
    const listed = await on(asOf);
    expect(listed.map((a) => `${a.partnerCityName} ${a.validUntil}`).sort()).toEqual(
      expected.sort(),
    );
    expect(listed.map((a) => a.validUntil)).toEqual(listed.map((a) => a.validUntil).sort());
  });

  it('changes since a day: counts per kind and action that add up to the change log', async () => {
    const since = '2000-01-01';
    const query = overview(SECTIONS.changesSince);
    type C = { recordKind: string; action: string; count: number };
    const read = async () =>
      (await data<{ steeringOverview: { changesSince: C[] } }>(query, { asOf: DEMO_DAY, since }))
        .steeringOverview.changesSince;
    const log = async (filter: string) =>
      (
        await data<{ changeLog: { totalCount: number } }>(
          `{ changeLog(first: 0, filter: ${filter}) { totalCount } }`,
        )
      ).changeLog.totalCount;
    const before = await read();
    expect(before.reduce((s, c) => s + c.count, 0)).toBe(await log(`{ from: "${since}" }`));
    for (const c of before.slice(0, 3)) {
      expect(c.count).toBe(
        await log(`{ from: "${since}", recordKinds: ["${c.recordKind}"], actions: [${c.action}] }`),
      );
    }
    // A change made now is counted at once.
    const unit = (
      await everything<{ id: string; version: number; name: string }>('units', 'id version name')
    )[0];
    const archived = await data<{ archiveRecord: { __typename: string } }>(
      'mutation ($id: ID!, $v: Int!) { archiveRecord(id: $id, version: $v) { __typename } }',
      { id: unit?.id, v: unit?.version },
    );
    expect(archived.archiveRecord.__typename).not.toMatch(/Error/);
    const after = await read();
    const archives = (rows: C[]) =>
      rows.find((c) => c.recordKind === 'Unit' && c.action === 'ARCHIVE')?.count ?? 0;
    expect(archives(after)).toBe(archives(before) + 1);
    // A later day leaves the earlier changes out.
    const none = await data<{ steeringOverview: { changesSince: C[] } }>(query, {
      asOf: DEMO_DAY,
      since: '2100-01-01',
    });
    expect(none.steeringOverview.changesSince).toEqual([]);
  });
});

describe('steeringOverview: who and what', () => {
  it('follow-up roles read it; a reader and nobody get nothing', async () => {
    const query = overview(`asOf ${SECTIONS.changesSince}`);
    for (const role of ['steering', 'analyst', 'unit_editor'] as const) {
      const result = await (await api.as(role))(query, { asOf: DEMO_DAY });
      expect(result.errors, role).toBeUndefined();
    }
    for (const [role, code] of [
      ['reader', 'FORBIDDEN'],
      ['anonymous', 'UNAUTHENTICATED'],
    ] as const) {
      const result = await (await api.as(role))(overview('asOf'), { asOf: DEMO_DAY });
      expect(result.data?.steeringOverview ?? null, role).toBeNull();
      expect(result.errors?.[0]?.extensions?.code, role).toBe(code);
    }
  });

  it('refuses impossible days and years as the client’s mistake', async () => {
    for (const variables of [
      { asOf: '2007-02-30' },
      { asOf: DEMO_DAY, since: '2008-02-30' },
      { asOf: DEMO_DAY, year: 1200 },
      { asOf: DEMO_DAY, year: 99999 },
    ]) {
      const result = await api.query(overview('year'), variables);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(
        'BAD_USER_INPUT',
      );
    }
    // Not even shaped like a date: the Date scalar refuses it before anything runs.
    const shapeless = await api.query(overview('year'), { asOf: DEMO_DAY, since: '2008-13-01' });
    expect(shapeless.data).toBeUndefined();
    expect(shapeless.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    const tooMany = await api.query(
      'query ($n: Int) { steeringOverview { upcomingDeadlines(first: $n) { key } } }',
      { n: 1000 },
    );
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
