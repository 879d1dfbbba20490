import { createHash } from 'node:crypto';
import { DEFAULT_MEETING_REPORT_DAYS, OBLIGATION_KINDS, type ProjectState } from '@malmo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAnnex } from '../src/db/annex-import';
import { type Database, migrate, openDatabase } from '../src/db/orm';
import {
  DEMO_DEFAULTS,
  demoAsOf,
  generateDemoActivity,
  removeDemoActivity,
} from '../src/demo/generate';
import { ledgerOn } from '../src/services/ledger';
import { createTestDatabase } from './support';

/** Tables whose rows say whether they are demo rows. */
const DEMO_TABLES = [
  'person',
  'project',
  'support_request',
  'seat',
  'agreement',
  'operational_plan',
  'meeting',
  'meeting_report',
  'secondment',
  'membership_assessment',
  'event_edition',
  'participation',
  'legislation_watch',
  'training_session',
  'obligation_waiver',
] as const;

/** Child rows without a demo column, and the demo parent that makes them demo rows. */
const CHILD_TABLES = [
  ['project_partner', 'project_id', 'project'],
  ['plan_priority', 'plan_id', 'operational_plan'],
  ['meeting_attendee', 'meeting_id', 'meeting'],
  ['training_participant', 'training_session_id', 'training_session'],
  ['legislation_watch_unit', 'legislation_watch_id', 'legislation_watch'],
] as const;

/** Annex tables without a demo column: the generator must leave them exactly as they are. */
const REGISTRY_TABLES = [
  'unit',
  'eu_network_contact',
  'organisation',
  'membership',
  'forum',
  'partner_city',
  'event_series',
] as const;

async function registry(): Promise<Database> {
  const db = await openDatabase(await createTestDatabase());
  await migrate(db.orm);
  await importAnnex(db.orm.em.fork());
  return db;
}

async function rowsOf(db: Database, sql: string): Promise<unknown> {
  const [row] = await db.orm.em.getConnection().execute<{ rows: unknown }[]>(sql);
  return row?.rows ?? null;
}

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

const jsonRows = (table: string, where: string, without = "- 'created_at' - 'updated_at'") =>
  `select coalesce(jsonb_agg(to_jsonb(t) ${without} order by to_jsonb(t)::text), '[]') as rows from "${table}" t where ${where}`;

/** Every demo row's content (timestamps aside), table by table. */
async function demoDigest(db: Database): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  for (const table of DEMO_TABLES) digest[table] = hash(await rowsOf(db, jsonRows(table, 'demo')));
  for (const [table, column, parent] of CHILD_TABLES) {
    const where = `"${column}" in (select id from "${parent}" where demo)`;
    digest[table] = hash(await rowsOf(db, jsonRows(table, where)));
  }
  digest.demo_run = hash(await rowsOf(db, jsonRows('demo_run', 'true')));
  return digest;
}

/** Every non-demo row, with its version and timestamps, so any change shows. */
async function annexDigest(db: Database): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  for (const table of REGISTRY_TABLES) {
    digest[table] = hash(await rowsOf(db, jsonRows(table, 'true', '')));
  }
  for (const table of DEMO_TABLES) {
    digest[table] = hash(await rowsOf(db, jsonRows(table, 'not demo', '')));
  }
  for (const [table, column, parent] of CHILD_TABLES) {
    const where = `"${column}" not in (select id from "${parent}" where demo)`;
    digest[table] = hash(await rowsOf(db, jsonRows(table, where, '')));
  }
  return digest;
}

async function query<T>(db: Database, sql: string): Promise<T[]> {
  return db.orm.em.getConnection().execute<T[]>(sql);
}

describe('demo activity', () => {
  let first: Database;
  let second: Database;
  let annexBefore: Record<string, string>;
  let counts: Record<string, number>;

  beforeAll(async () => {
    first = await registry();
    second = await registry();
    annexBefore = await annexDigest(first);
    ({ counts } = await generateDemoActivity(first.orm.em.fork()));
  });
  afterAll(async () => {
    await first.orm.close();
    await second.orm.close();
  });

  it('gives the same rows for the same options', async () => {
    const again = await generateDemoActivity(second.orm.em.fork(), { ...DEMO_DEFAULTS });
    expect(again.counts).toEqual(counts);
    expect(await demoDigest(second)).toEqual(await demoDigest(first));
  });

  it('marks every row demo and leaves the annex rows untouched', async () => {
    expect(await annexDigest(first)).toEqual(annexBefore);
    const [run] = await query<{ as_of: string; counts: Record<string, number> }>(
      first,
      'select as_of::text, counts from demo_run',
    );
    expect(run).toEqual({ as_of: demoAsOf(DEMO_DEFAULTS.toYear), counts });
    for (const table of DEMO_TABLES) {
      const [row] = await query<{ n: string }>(
        first,
        `select count(*) as n from "${table}" where demo`,
      );
      expect(Number(row?.n), table).toBeGreaterThan(0);
    }
  });

  it('is plausible at scale 1: a few hundred rows, 10–15 projects, all 5 series every year', () => {
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    expect(total).toBeGreaterThan(300);
    expect(total).toBeLessThan(1_500);
    expect(counts.projects).toBeGreaterThanOrEqual(10);
    expect(counts.projects).toBeLessThanOrEqual(15);
    expect(counts.eventEditions).toBe(15);
    expect(counts.obligationWaivers).toBe(3);
  });

  it('shows every state of every duty on asOf', async () => {
    const ledger = await ledgerOn(
      first.orm.em.fork(),
      { asOf: demoAsOf(DEMO_DEFAULTS.toYear), meetingReportDays: DEFAULT_MEETING_REPORT_DAYS },
      null,
    );
    for (const kind of OBLIGATION_KINDS) {
      const states = new Set(ledger.filter((o) => o.kind === kind).map((o) => o.state));
      for (const state of ['overdue', 'due', 'fulfilled'] as const) {
        expect(states.has(state), `${kind} ${state}`).toBe(true);
      }
    }
    expect(ledger.filter((o) => o.state === 'waived')).toHaveLength(3);
    const states = await query<{ state: ProjectState }>(
      first,
      'select distinct state from project',
    );
    expect(states.map((s) => s.state).sort()).toEqual([
      'closed',
      'granted',
      'idea',
      'preparing_application',
      'rejected',
      'running',
      'submitted',
    ]);
  });

  it('refuses to run twice', async () => {
    await expect(generateDemoActivity(first.orm.em.fork())).rejects.toThrow(/already exists/);
  });

  it('removes every demo row, and can generate again afterwards', async () => {
    const removed = await removeDemoActivity(first.orm.em.fork());
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    expect(removed).toBe(total + 1);
    for (const table of DEMO_TABLES) {
      const [row] = await query<{ n: string }>(
        first,
        `select count(*) as n from "${table}" where demo`,
      );
      expect(Number(row?.n), table).toBe(0);
    }
    const [runs] = await query<{ n: string }>(first, 'select count(*) as n from demo_run');
    expect(Number(runs?.n)).toBe(0);
    expect(await annexDigest(first)).toEqual(annexBefore);
    const again = await generateDemoActivity(first.orm.em.fork());
    expect(again.counts).toEqual(counts);
  });

  it('scales the activity: scale 3 gives about three times as much', async () => {
    const db = await registry();
    try {
      const scaled = (await generateDemoActivity(db.orm.em.fork(), { scale: 3 })).counts;
      for (const name of ['meetings', 'meetingReports', 'membershipAssessments'] as const) {
        const ratio = (scaled[name] ?? 0) / (counts[name] ?? 1);
        expect(ratio, name).toBeGreaterThan(2.4);
        expect(ratio, name).toBeLessThan(3.6);
      }
      for (const name of ['projects', 'secondments', 'participations', 'trainingSessions']) {
        expect(scaled[name] ?? 0, name).toBeGreaterThan((counts[name] ?? 0) * 1.5);
      }
    } finally {
      await db.orm.close();
    }
  });
});
