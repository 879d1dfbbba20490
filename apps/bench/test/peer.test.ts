// The benchmark's peer (PostGraphile v5) is asked the equivalent of each of our operations
// (src/peer-queries.ts). Here, on the demo data at 1× in a real PostgreSQL: every question is
// answered without errors, and where the answers are comparable they equal ours, so the
// comparison cannot drift silently when either side changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCapture } from '../src/capture';
import { type BenchDatabase, loadScale, startBenchDatabase } from '../src/data';
import { POOL_SIZE } from '../src/floor';
import { post } from '../src/graphql';
import { type DataDay, OPERATIONS } from '../src/operations';
import { type RunningPeer, startPeer } from '../src/peer';
import { PEER_QUERIES, peerQuery } from '../src/peer-queries';

type Rows<T> = { totalCount: number; edges: { node: T }[] };
type Grouped = { keys: string[]; distinctCount?: { rowId: string }; sum?: Record<string, string> };

let db: BenchDatabase;
let ours: Awaited<ReturnType<typeof openCapture>>;
let peer: RunningPeer;
let at: DataDay;

beforeAll(async () => {
  db = await startBenchDatabase();
  await loadScale(db.url, 1);
  ours = await openCapture(db.url);
  at = await ours.dataDay();
  peer = await startPeer(db.url, { poolSize: POOL_SIZE });
});

afterAll(async () => {
  await ours?.close();
  await peer?.close();
  await db?.stop();
});

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field below
async function askOurs(id: string): Promise<any> {
  const operation = OPERATIONS.find((o) => o.id === id);
  if (!operation) throw new Error(`no operation ${id}`);
  return ours.answer(operation, at);
}

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field below
async function askPeer(id: string): Promise<any> {
  const question = peerQuery(id);
  if (!question) throw new Error(`no peer question for ${id}`);
  const answer = await post(
    fetch,
    peer.url,
    JSON.stringify({ query: question.query, variables: question.variables(at) }),
    null,
  );
  expect(answer.body.errors, `${id}: ${answer.text.slice(0, 300)}`).toBeUndefined();
  expect(answer.status).toBe(200);
  return answer.body.data;
}

const sum = (values: (number | string | null | undefined)[]) =>
  values.reduce<number>((total, value) => total + Number(value ?? 0), 0);

describe('the peer, asked the equivalent of our operations', () => {
  it('has a question for every operation but the registry search, and answers each without errors', async () => {
    const withQuestion = OPERATIONS.filter((o) => peerQuery(o.id)).map((o) => o.id);
    expect(withQuestion).toEqual(OPERATIONS.map((o) => o.id).filter((id) => id !== 'search'));
    expect(Object.keys(PEER_QUERIES).sort()).toEqual([...withQuestion].sort());
    for (const id of withQuestion) await askPeer(id);
  });

  it('lists the same first page of projects, by title, out of the same total', async () => {
    const mine: Rows<{ title: string }> = (await askOurs('projects')).projects;
    const theirs: Rows<{ title: string }> = (await askPeer('projects')).allProjects;
    expect(mine.totalCount).toBeGreaterThan(0);
    expect(theirs.totalCount).toBe(mine.totalCount);
    expect(theirs.edges.map((e) => e.node.title)).toEqual(mine.edges.map((e) => e.node.title));
  });

  it('lists the same memberships in the same order', async () => {
    type Mine = { since: number | null; organisation: { name: string } };
    type Theirs = { since: number | null; organisationByOrganisationId: { name: string } };
    const mine: Rows<Mine> = (await askOurs('memberships')).memberships;
    const theirs: Rows<Theirs> = (await askPeer('memberships')).allMemberships;
    expect(theirs.totalCount).toBe(mine.totalCount);
    expect(
      theirs.edges.map((e) => [e.node.since, e.node.organisationByOrganisationId.name]),
    ).toEqual(mine.edges.map((e) => [e.node.since, e.node.organisation.name]));
  });

  it('lists the same partner cities with as many agreements each', async () => {
    type Mine = { name: string; agreements: unknown[] };
    type Theirs = { name: string; agreementsByPartnerCityId: { nodes: unknown[] } };
    const mine: Rows<Mine> = (await askOurs('agreements')).partnerCities;
    const theirs: Rows<Theirs> = (await askPeer('agreements')).allPartnerCities;
    expect(theirs.totalCount).toBe(mine.totalCount);
    expect(
      theirs.edges.map((e) => [e.node.name, e.node.agreementsByPartnerCityId.nodes.length]),
    ).toEqual(mine.edges.map((e) => [e.node.name, e.node.agreements.length]));
  });

  it('lists the same meetings, newest first, with the same attendees', async () => {
    type Mine = { date: string; place: string | null; attendees: unknown[] };
    type Theirs = {
      date: string;
      place: string | null;
      meetingAttendeesByMeetingId: { nodes: unknown[] };
    };
    const mine: Rows<Mine> = (await askOurs('meetings')).meetings;
    const theirs: Rows<Theirs> = (await askPeer('meetings')).allMeetings;
    expect(theirs.totalCount).toBe(mine.totalCount);
    expect(
      theirs.edges.map((e) => [
        e.node.date,
        e.node.place,
        e.node.meetingAttendeesByMeetingId.nodes.length,
      ]),
    ).toEqual(mine.edges.map((e) => [e.node.date, e.node.place, e.node.attendees.length]));
  });

  it('sums the same project budgets per top-level unit, participation costs and meetings as the engagement dashboard', async () => {
    type Row = {
      unitName: string | null;
      kind: string;
      count: number;
      budgetSek: number | null;
      costSek: number | null;
    };
    const mine: Row[] = (await askOurs('engagement')).engagementByUnit;
    const theirs = await askPeer('engagement');
    const of = (kind: string) => mine.filter((row) => row.kind === kind);
    const groups = (name: string): Grouped[] => theirs[name].groupedAggregates;
    // The peer's sums are per owning unit: add them up to the top of the unit tree, as ours does.
    type Unit = { rowId: number; parentId: number | null; name: string };
    const units = new Map<string, Unit>(
      theirs.units.nodes.map((u: Unit) => [String(u.rowId), u] as const),
    );
    const top = (id: string | undefined): string | null => {
      let unit = id ? units.get(id) : undefined;
      while (unit?.parentId) unit = units.get(String(unit.parentId));
      return unit?.name ?? null;
    };
    const perTop = (rows: [string | null, number, number][]) => {
      const totals = new Map<string | null, [number, number]>();
      for (const [name, count, budget] of rows) {
        const [n, b] = totals.get(name) ?? [0, 0];
        totals.set(name, [n + count, b + budget]);
      }
      return [...totals].sort(([a], [b]) => String(a).localeCompare(String(b)));
    };
    expect(of('PROJECT').length).toBeGreaterThan(0);
    expect(
      perTop(
        groups('projects').map((g) => [
          top(g.keys[0]),
          Number(g.distinctCount?.rowId),
          Number(g.sum?.budgetSek),
        ]),
      ),
    ).toEqual(perTop(of('PROJECT').map((r) => [r.unitName, r.count, r.budgetSek ?? 0])));
    expect(sum(of('PARTICIPATION').map((r) => r.costSek))).toBe(
      sum(groups('participations').map((g) => g.sum?.costSek)),
    );
    expect(sum(of('MEETING').map((r) => r.count))).toBe(
      sum(groups('meetings').map((g) => g.distinctCount?.rowId)),
    );
    expect(sum(of('MEETING_REPORT').map((r) => r.count))).toBe(theirs.reports.nodes.length);
  });

  it('sums the same delegates and costs per year as the profiling dashboard', async () => {
    type Row = { year: number; delegates: number; costSek: number };
    const mine: Row[] = (await askOurs('profiling')).profilingYears;
    const theirs = await askPeer('profiling');
    const yearOf = new Map<string, number>(
      theirs.allEventEditions.nodes.map((e: { rowId: number; year: number }) => [
        String(e.rowId),
        e.year,
      ]),
    );
    const perYear = (rows: [number, number, number][]) => {
      const totals = new Map<number, [number, number]>();
      for (const [year, delegates, cost] of rows) {
        const [d, c] = totals.get(year) ?? [0, 0];
        totals.set(year, [d + delegates, c + cost]);
      }
      return [...totals].sort(([a], [b]) => a - b);
    };
    const peerRows = (theirs.allParticipations.groupedAggregates as Grouped[]).map(
      (g): [number, number, number] => [
        yearOf.get(g.keys[0] ?? '') ?? Number.NaN,
        Number(g.sum?.delegates),
        Number(g.sum?.costSek),
      ],
    );
    expect(mine.length).toBeGreaterThan(0);
    expect(perYear(peerRows)).toEqual(perYear(mine.map((r) => [r.year, r.delegates, r.costSek])));
  });

  it("counts each compared membership's assessments and finds its latest as the membership value dashboard does", async () => {
    type Row = { name: string; assessments: number; latest: { assessedOn: string } | null };
    const mine: Row[] = (await askOurs('membership-value')).membershipComparison;
    type Theirs = {
      organisationByOrganisationId: { name: string };
      membershipAssessmentsByMembershipId: { totalCount: number; nodes: { assessedOn: string }[] };
    };
    const theirs: Theirs[] = (await askPeer('membership-value')).allMemberships.nodes;
    const byName = new Map(theirs.map((m) => [m.organisationByOrganisationId.name, m]));
    expect(mine.length).toBeGreaterThan(0);
    // The demo data ends in the year compared, so every assessment counts on both sides.
    expect(at.year).toBe(2008);
    for (const row of mine) {
      const peerRow = byName.get(row.name);
      expect(peerRow?.membershipAssessmentsByMembershipId.totalCount, row.name).toBe(
        row.assessments,
      );
      expect(peerRow?.membershipAssessmentsByMembershipId.nodes[0]?.assessedOn ?? null).toBe(
        row.latest?.assessedOn ?? null,
      );
    }
  });

  it('gives as ledger facts every meeting the meetings list counts', async () => {
    const meetings: Rows<unknown> = (await askOurs('meetings')).meetings;
    const facts = await askPeer('obligations');
    expect(facts.meetings.nodes).toHaveLength(meetings.totalCount);
    expect(facts.units.nodes.length).toBeGreaterThan(0);
  });
});
