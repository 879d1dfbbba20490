import { OBLIGATION_STATES } from '@malmo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MembershipAssessment } from '../src/db/assessment';
import { isDataVersionRead } from '../src/db/data-version';
import { Participation } from '../src/db/event-series';
import { Meeting } from '../src/db/meeting';
import { type IMembership, Membership } from '../src/db/organisation';
import { Project } from '../src/db/project';
import { generateDemoActivity, removeDemoActivity } from '../src/demo/generate';
import type { OrientationEvidence, YearCost } from '../src/services/dashboards/evaluation';
import { annexIds, createTestApi, type TestApi } from './support';

const DEMO_DAY = '2008-10-15';

const BY_ORIENTATION = `query ($from: Int, $to: Int, $unit: ID, $asOf: Date) {
  strategyEvaluation(from: $from, to: $to, unit: $unit, asOf: $asOf) {
    byOrientation { orientation projects memberships seats agreements participations
      projectBudgetSek euFundingGrantedSek membershipFeesSek participationCostSek }
  }
}`;
const BY_RULE = `query ($from: Int, $to: Int, $unit: ID, $asOf: Date) {
  strategyEvaluation(from: $from, to: $to, unit: $unit, asOf: $asOf) {
    from to asOf byRule { rule kind total fulfilled overdue due waived }
  }
}`;
const COST = `query ($from: Int, $to: Int, $unit: ID, $asOf: Date) {
  strategyEvaluation(from: $from, to: $to, unit: $unit, asOf: $asOf) {
    costPerYear { year membershipFeesSek membershipStaffHours participationCostSek delegates
      projectOwnContributionSek euFundingGrantedSek totalCostSek }
  }
}`;

/** As the API gives them: the orientation is the GraphQL enum's name. */
type OrientationRow = Omit<OrientationEvidence, 'orientation'> & { orientation: string | null };
interface RuleRow {
  rule: string;
  kind: string;
  total: number;
  fulfilled: number;
  overdue: number;
  due: number;
  waived: number;
}
type CostRow = YearCost;
type Evaluation<K extends string, R> = { strategyEvaluation: Record<K, R[]> };

/**
 * The SQL statements of a request, less the session lookup every signed-in request makes and the
 * data version's read: cold (the first request after a change of the data, so the aggregate is
 * computed) or warm (the same request again, the aggregate kept for that data version).
 */
async function aggregateStatements(
  api: TestApi,
  query: string,
  variables: Record<string, unknown>,
  warm = false,
) {
  const { statements } = warm
    ? await api.countStatements(query, variables)
    : await api.coldStatements(query, variables);
  return statements.filter((sql) => !/\bsession\b/.test(sql) && !isDataVersionRead(sql));
}

const period = { from: 2006, to: 2008, asOf: DEMO_DAY };

async function statementCounts(api: TestApi) {
  const count = async (query: string, warm = false) =>
    (await aggregateStatements(api, query, period, warm)).length;
  const counts = { byOrientation: 0, byRule: 0, cost: 0, warm: 0 };
  for (const [name, query] of [
    ['byOrientation', BY_ORIENTATION],
    ['byRule', BY_RULE],
    ['cost', COST],
  ] as const) {
    counts[name] = await count(query);
    // The same request again finds its aggregate kept for the data version.
    counts.warm += await count(query, true);
  }
  return counts;
}

const year = (date: string | null | undefined) => (date ? Number(date.slice(0, 4)) : null);

/** A membership's fee and staff time in a year: its own, else its latest assessment's by then. */
async function membershipCosts(api: TestApi) {
  const em = api.db.orm.em.fork();
  const assessments = await em.find(
    MembershipAssessment,
    { archivedAt: null },
    { orderBy: { assessedOn: 'desc' } },
  );
  return (m: IMembership, y: number) => {
    const latest = assessments.find(
      (a) => a.membership.id === m.id && Number(a.assessedOn.slice(0, 4)) <= y,
    );
    return {
      fee: m.annualFee ?? latest?.feeSek ?? 0,
      hours: m.staffHoursPerYear ?? latest?.staffHours ?? 0,
    };
  };
}

describe('strategy evaluation (R12)', () => {
  let api: TestApi;
  let ids: Record<string, string>;
  let onAnnex: Awaited<ReturnType<typeof statementCounts>>;
  beforeAll(async () => {
    api = await createTestApi();
    ids = await annexIds(api);
    onAnnex = await statementCounts(api);
    await generateDemoActivity(api.db.orm.em.fork());
  }, 120_000);
  afterAll(() => api.close());

  it('takes one statement per aggregate, and the ledger a fixed number, whatever the rows', async () => {
    expect(onAnnex.byOrientation).toBe(1);
    expect(onAnnex.cost).toBe(1);
    // The ledger reads each kind of record once; never one statement per record.
    expect(onAnnex.byRule).toBeGreaterThan(1);
    // Cold, one statement per kind of fact.
    expect(onAnnex.byRule).toBeLessThanOrEqual(11);
    // Warm, all three are kept for the data version: none but its read.
    expect(onAnnex.warm).toBe(0);
    const onDemo = await statementCounts(api);
    expect(onDemo).toEqual(onAnnex);

    // Three times the demo activity: the same statements again.
    const em = api.db.orm.em.fork();
    const before = await em.count(Meeting, {});
    await removeDemoActivity(em);
    await generateDemoActivity(api.db.orm.em.fork(), { scale: 3 });
    expect(await api.db.orm.em.fork().count(Meeting, {})).toBeGreaterThan(before * 2);
    expect(await statementCounts(api)).toEqual(onAnnex);
    await removeDemoActivity(api.db.orm.em.fork());
    await generateDemoActivity(api.db.orm.em.fork());
  }, 120_000);

  it('counts each orientation’s engagements and money as the records say', async () => {
    const { data } = await api.query<Evaluation<'byOrientation', OrientationRow>>(
      BY_ORIENTATION,
      period,
    );
    const rows = data?.strategyEvaluation.byOrientation ?? [];
    const costOf = await membershipCosts(api);
    expect(rows.map((r) => r.orientation)).toEqual([
      'OPERATIONAL_DEVELOPMENT',
      'STRATEGIC_INFLUENCE',
      'PROFILING',
      null,
    ]);
    // The same figures from the records themselves, counted here.
    const em = api.db.orm.em.fork();
    const projects = await em.find(Project, { archivedAt: null });
    const memberships = await em.find(Membership, { archivedAt: null });
    const participations = await em.find(
      Participation,
      { archivedAt: null, edition: { archivedAt: null } },
      { populate: ['edition'] },
    );
    for (const row of rows) {
      const tagged = (orientations: string[]) =>
        row.orientation === null
          ? orientations.length === 0
          : orientations.includes(row.orientation.toLowerCase());
      // As the projects list dates them: an undated idea is in any period.
      const inPeriod = projects.filter((p) => {
        const first = year(p.startOn ?? p.applicationDeadline);
        const last = year(p.endOn ?? p.startOn ?? p.applicationDeadline);
        return (first == null || first <= 2008) && (last == null || last >= 2006);
      });
      const ownProjects = inPeriod.filter((p) => tagged(p.orientations));
      expect(row.projects).toBe(ownProjects.length);
      expect(row.projectBudgetSek).toBe(ownProjects.reduce((s, p) => s + (p.budgetSek ?? 0), 0));
      expect(row.euFundingGrantedSek).toBe(
        ownProjects.reduce((s, p) => s + (p.euFundingGrantedSek ?? 0), 0),
      );
      const ownMemberships = memberships.filter(
        (m) => tagged(m.orientations) && (m.since ?? 2006) <= 2008 && (m.endedYear ?? 2008) >= 2006,
      );
      expect(row.memberships).toBe(ownMemberships.length);
      const fees = (m: IMembership) => {
        let sum = 0;
        for (
          let y = Math.max(2006, m.since ?? 2006);
          y <= Math.min(2008, m.endedYear ?? 2008);
          y++
        ) {
          sum += costOf(m, y).fee;
        }
        return sum;
      };
      expect(row.membershipFeesSek).toBe(ownMemberships.reduce((s, m) => s + fees(m), 0));
      const ownParticipations = participations.filter(
        (p) => tagged(p.orientations) && p.edition.year >= 2006 && p.edition.year <= 2008,
      );
      expect(row.participations).toBe(ownParticipations.length);
      expect(row.participationCostSek).toBe(ownParticipations.reduce((s, p) => s + p.costSek, 0));
    }
    // The demo tags its activity: there is something to evaluate.
    expect(rows[0]?.projects).toBeGreaterThan(0);
    expect(rows.some((r) => r.participations > 0)).toBe(true);
  });

  it('counts what each list shows for the same orientation and years (the drill-down)', async () => {
    const { data } = await api.query<Evaluation<'byOrientation', OrientationRow>>(
      BY_ORIENTATION,
      period,
    );
    const tagged = (data?.strategyEvaluation.byOrientation ?? []).filter((r) => r.orientation);
    for (const row of tagged) {
      const tags = { orientations: [row.orientation] };
      const lists = await api.query<Record<string, { totalCount: number }>>(
        `query ($p: ProjectFilter, $m: MembershipFilter, $s: SeatFilter, $e: ParticipationFilter) {
          projects(first: 0, filter: $p) { totalCount }
          memberships(first: 0, filter: $m) { totalCount }
          seats(first: 0, filter: $s) { totalCount }
          participations(first: 0, filter: $e) { totalCount }
        }`,
        {
          p: { activeFrom: 2006, activeTo: 2008, tags },
          m: { activeFrom: 2006, activeTo: 2008, tags },
          s: { activeFrom: 2006, activeTo: 2008, tags },
          e: { yearFrom: 2006, yearTo: 2008, tags },
        },
      );
      expect(lists.errors).toBeUndefined();
      const counts = lists.data ?? {};
      expect(row.projects, `${row.orientation} projects`).toBe(counts.projects?.totalCount);
      expect(row.memberships, `${row.orientation} memberships`).toBe(
        counts.memberships?.totalCount,
      );
      expect(row.seats, `${row.orientation} seats`).toBe(counts.seats?.totalCount);
      expect(row.participations, `${row.orientation} participations`).toBe(
        counts.participations?.totalCount,
      );
    }
  });

  it('rolls the ledger up per rule: the same counts as the ledger itself', async () => {
    const { data } = await api.query<
      Evaluation<'byRule', RuleRow> & {
        strategyEvaluation: { from: number; to: number; asOf: string };
      }
    >(BY_RULE, period);
    const evaluation = data?.strategyEvaluation;
    expect(evaluation?.asOf).toBe(DEMO_DAY);
    const rows = evaluation?.byRule ?? [];
    expect(rows.map((r) => r.rule)).toEqual(['R3', 'R4', 'R5', 'R7', 'R7', 'R8', 'R11', 'R13']);
    for (const row of rows) {
      const summary = await api.query<{
        obligationSummary: { total: number; byState: Record<string, number> };
      }>(
        `query ($asOf: Date, $filter: ObligationFilter) {
          obligationSummary(asOf: $asOf, filter: $filter) { total byState { overdue due fulfilled waived } }
        }`,
        {
          asOf: DEMO_DAY,
          filter: { kinds: [row.kind], dueFrom: '2006-01-01', dueTo: '2008-12-31' },
        },
      );
      const expected = summary.data?.obligationSummary;
      expect(row.total, row.kind).toBe(expected?.total);
      for (const state of OBLIGATION_STATES) {
        expect(row[state], `${row.kind} ${state}`).toBe(expected?.byState[state]);
      }
      expect(row.total).toBe(row.fulfilled + row.overdue + row.due + row.waived);
    }
    expect(rows.reduce((s, r) => s + r.overdue, 0)).toBeGreaterThan(0);
    expect(rows.reduce((s, r) => s + r.fulfilled, 0)).toBeGreaterThan(0);
  });

  it('reads the ledger at the period’s end when that comes before the ledger day', async () => {
    const { data } = await api.query<{
      strategyEvaluation: { from: number; to: number; asOf: string; byRule: RuleRow[] };
    }>(BY_RULE, { from: 2006, to: 2007, asOf: DEMO_DAY });
    expect(data?.strategyEvaluation).toMatchObject({ from: 2006, to: 2007, asOf: '2007-12-31' });
    // Defaults: from 2006 to the ledger day's year.
    const defaults = await api.query<{ strategyEvaluation: { from: number; to: number } }>(
      '{ strategyEvaluation(asOf: "2007-06-01") { from to } }',
    );
    expect(defaults.data?.strategyEvaluation).toEqual({ from: 2006, to: 2007 });
  });

  it('costs each year as the records say', async () => {
    const { data } = await api.query<Evaluation<'costPerYear', CostRow>>(COST, period);
    const rows = data?.strategyEvaluation.costPerYear ?? [];
    const costOf = await membershipCosts(api);
    expect(rows.map((r) => r.year)).toEqual([2006, 2007, 2008]);
    const em = api.db.orm.em.fork();
    const memberships = await em.find(Membership, { archivedAt: null });
    const participations = await em.find(
      Participation,
      { archivedAt: null, edition: { archivedAt: null } },
      { populate: ['edition'] },
    );
    const projects = await em.find(Project, { archivedAt: null });
    for (const row of rows) {
      const running = memberships.filter(
        (m) => (m.since ?? row.year) <= row.year && (m.endedYear ?? row.year) >= row.year,
      );
      const fees = running.reduce((s, m) => s + costOf(m, row.year).fee, 0);
      expect(row.membershipFeesSek).toBe(fees);
      expect(row.membershipStaffHours).toBe(
        running.reduce((s, m) => s + costOf(m, row.year).hours, 0),
      );
      const events = participations.filter((p) => p.edition.year === row.year);
      const cost = events.reduce((s, p) => s + p.costSek, 0);
      expect(row.participationCostSek).toBe(cost);
      expect(row.delegates).toBe(events.reduce((s, p) => s + p.delegates, 0));
      const started = projects.filter((p) => year(p.startOn ?? p.applicationDeadline) === row.year);
      const own = started.reduce((s, p) => s + (p.ownContributionSek ?? 0), 0);
      expect(row.projectOwnContributionSek).toBe(own);
      expect(row.totalCostSek).toBe(fees + cost + own);
    }
    expect(rows.every((r) => r.totalCostSek > 0)).toBe(true);
    // The demo's memberships have no fee of their own: their assessments say what they cost.
    expect(rows.some((r) => r.membershipFeesSek > 0)).toBe(true);
  });

  it('narrows every part to one unit', async () => {
    const all = await api.query<{
      strategyEvaluation: { byOrientation: OrientationRow[]; byRule: RuleRow[] };
    }>(
      `query ($unit: ID) { strategyEvaluation(from: 2006, to: 2008, asOf: "${DEMO_DAY}", unit: $unit) {
        byOrientation { projects agreements participations } byRule { total } } }`,
      {},
    );
    const unit = ids['unit:stadskontoret'];
    const one = await api.query<{
      strategyEvaluation: { byOrientation: OrientationRow[]; byRule: RuleRow[] };
    }>(
      `query ($unit: ID) { strategyEvaluation(from: 2006, to: 2008, asOf: "${DEMO_DAY}", unit: $unit) {
        byOrientation { projects agreements participations } byRule { total } } }`,
      { unit },
    );
    const sum = <R>(rows: R[] | undefined, key: keyof R) =>
      (rows ?? []).reduce((s, r) => s + Number(r[key]), 0);
    const a = all.data?.strategyEvaluation;
    const o = one.data?.strategyEvaluation;
    expect(sum(o?.byRule, 'total')).toBeGreaterThan(0);
    expect(sum(o?.byRule, 'total')).toBeLessThan(sum(a?.byRule, 'total'));
    expect(sum(o?.byOrientation, 'projects')).toBeLessThan(sum(a?.byOrientation, 'projects'));
    // Agreements are the city's: none for one unit.
    expect(sum(a?.byOrientation, 'agreements')).toBeGreaterThan(0);
    expect(sum(o?.byOrientation, 'agreements')).toBe(0);
  });

  it('refuses bad periods plainly', async () => {
    for (const [variables, message] of [
      [{ from: 1800 }, /from: a year from 1900 to 2100/],
      [{ from: 2008, to: 2006 }, /to: the last year comes before the first/],
      [{ asOf: '2007-02-30' }, /asOf: "2007-02-30" is not a calendar date/],
      [{ unit: 'nonsense' }, /./],
    ] as const) {
      const { errors } = await api.query(BY_RULE, variables);
      expect(errors?.[0]?.message).toMatch(message);
      expect(errors?.[0]?.message).not.toMatch(/Unexpected error/);
    }
  });

  it('is for those who read follow-up work: not readers, not anonymous', async () => {
    for (const role of ['reader', 'anonymous'] as const) {
      const { data, errors } = await (await api.as(role))(BY_RULE, period);
      expect(data?.strategyEvaluation ?? null).toBeNull();
      expect(errors?.length).toBeGreaterThan(0);
    }
    for (const role of ['steering', 'analyst'] as const) {
      const { errors } = await (await api.as(role))(COST, period);
      expect(errors).toBeUndefined();
    }
  });
});
