import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  apiUnderTest,
  Client,
  CREATE_PROJECT,
  FULL,
  type Outcome,
  READ_PROJECT,
  type Saved,
  sleep,
  UPDATE_PROJECT,
} from './harness';

/**
 * PostgreSQL stopped and started again under steady load of writers and readers, against the API
 * as `npm start` runs it. The API must keep running, answer every request while the database is
 * away with the clear temporary error (503, DATABASE_UNAVAILABLE), recover by itself within 5 s of
 * PostgreSQL accepting connections again, and leave no write half-applied.
 */

const THEMES = ['SAFETY', 'URBAN_DEVELOPMENT', 'CULTURE', 'EDUCATION', 'ENVIRONMENT', 'EMPLOYMENT'];
const WRITERS = 4;
const READERS = 2;
/** Restarts, their shutdown modes, and how long the database stays away each time. */
const RESTARTS: ('fast' | 'immediate')[] = FULL
  ? ['fast', 'immediate', 'fast', 'immediate']
  : ['immediate'];
const LOAD_BEFORE_MS = FULL ? 3_000 : 1_500;
const DOWN_MS = FULL ? 3_000 : 1_500;
const LOAD_AFTER_MS = FULL ? 3_000 : 1_500;
/** The promise. */
const RECOVERY_LIMIT_MS = 5_000;

/** Each write sets the title `W<writer>-<project> r<revision>`; the rest follows from it. */
const TITLE = /^W(\d+)-(\d+) r(\d+)$/;
function partnersOf(title: string) {
  return [`${title} / A`, `${title} / B`];
}
function themesOf(title: string) {
  const revision = Number(TITLE.exec(title)?.[3] ?? 0);
  return [THEMES[revision % THEMES.length], THEMES[(revision + 1) % THEMES.length]].sort();
}

type Phase = 'up' | 'down' | 'recovering';

const env = apiUnderTest();

describe('PostgreSQL away', () => {
  it('answers every kind of request with the temporary error, and recovers without a restart', async () => {
    const anonymous = new Client(env.api.url);
    await env.postgres.stop('fast');
    try {
      const requests = {
        // The session lookup in the GraphQL context is what fails here.
        signedIn: await env.admin.graphql('{ viewer { email } }'),
        // No session to look up: the resolver's query is what fails.
        signIn: await anonymous.graphql(
          'mutation { signIn(email: "admin@malmo.example", password: "x") { __typename } }',
        ),
        export: await env.admin.send('/export/projects.csv'),
        import: await env.admin.send('/import/projects?mode=dry-run', {
          method: 'POST',
          headers: { 'content-type': 'text/csv' },
          body: 'title\nX\n',
        }),
      };
      const kinds = Object.fromEntries(Object.entries(requests).map(([k, v]) => [k, v.kind]));
      expect(kinds, JSON.stringify(requests)).toEqual({
        signedIn: 'unavailable',
        signIn: 'unavailable',
        export: 'unavailable',
        import: 'unavailable',
      });
      const health = await fetch(`${env.api.url}/health`);
      expect(health.status).toBe(503);
      expect(health.headers.get('retry-after')).not.toBeNull();
    } finally {
      await env.postgres.start();
    }
    expect((await env.admin.graphql('{ viewer { email } }')).kind).toBe('ok');
    expect((await fetch(`${env.api.url}/health`)).status).toBe(200);
    expect(env.api.exited(), env.api.output()).toBeNull();
  });
});

describe('PostgreSQL restarted under load', () => {
  it(`keeps the API running, answers with the temporary error, recovers, loses nothing (${RESTARTS.length} restart(s))`, async () => {
    let phase: Phase = 'up';
    let running = true;
    const tally = { up: new Map<string, number>(), down: new Map(), recovering: new Map() };
    const bad: string[] = [];
    /** Answers that were not the temporary error although the database was certainly away. */
    const answeredWhileDown: string[] = [];
    const count = (outcome: Outcome, what: string, sentIn: Phase) => {
      const map = tally[sentIn] as Map<string, number>;
      map.set(outcome.kind, (map.get(outcome.kind) ?? 0) + 1);
      if (outcome.kind === 'bad') bad.push(`${what} (${sentIn}): ${outcome.detail}`);
      if (sentIn === 'down' && phase === 'down' && outcome.kind === 'ok') {
        answeredWhileDown.push(what);
      }
    };

    /** Per project: the last acknowledged title and version, and titles tried since (unknown fate). */
    const projects = new Map<
      string,
      { acked: { title: string; version: number }; tried: string[] }
    >();
    /** Creates whose answer was lost: they may or may not exist, but never in part. */
    const triedCreates: string[] = [];

    async function writer(w: number) {
      let n = 0;
      let current: { id: string; version: number; title: string } | null = null;
      let resync = false;
      while (running) {
        const sentIn = phase;
        if (!current || n % 3 === 0 || Math.random() < 0.2) {
          n += 1;
          const title = `W${w}-${n} r0`;
          const outcome = await env.admin.graphql(CREATE_PROJECT, { input: inputFor(title, w) });
          count(outcome, 'createProject', sentIn);
          const saved = outcome.kind === 'ok' ? (outcome.body.data?.result as Saved) : null;
          if (saved?.data) {
            current = saved.data;
            projects.set(current.id, { acked: { ...current }, tried: [] });
          } else {
            if (saved) bad.push(`createProject refused: ${JSON.stringify(saved)}`);
            triedCreates.push(title);
          }
        } else if (resync) {
          const outcome = await env.admin.graphql(READ_PROJECT, { id: current.id });
          count(outcome, 'node', sentIn);
          const node = outcome.kind === 'ok' ? (outcome.body.data?.node as Saved['data']) : null;
          if (node) {
            current = { id: node.id, version: node.version, title: node.title };
            resync = false;
          }
        } else {
          const [, , project, revision] = TITLE.exec(current.title) ?? [];
          const title = `W${w}-${project} r${Number(revision) + 1}`;
          const entry = projects.get(current.id);
          entry?.tried.push(title);
          const outcome = await env.admin.graphql(UPDATE_PROJECT, {
            id: current.id,
            version: current.version,
            input: inputFor(title, w),
          });
          count(outcome, 'updateProject', sentIn);
          const saved = outcome.kind === 'ok' ? (outcome.body.data?.result as Saved) : null;
          if (saved?.data && entry) {
            current = saved.data;
            entry.acked = { title: saved.data.title, version: saved.data.version };
            entry.tried = [];
          } else {
            if (saved) bad.push(`updateProject refused: ${JSON.stringify(saved)}`);
            resync = true;
          }
        }
        await sleep(10);
      }
    }

    function inputFor(title: string, w: number) {
      return {
        title,
        ownerUnitId: env.ids.units[w % env.ids.units.length],
        partners: [
          { partnerCityId: env.ids.cities[w % env.ids.cities.length] },
          ...partnersOf(title).map((name) => ({ name })),
        ],
        themes: themesOf(title),
      };
    }

    /** Reads the project list (with each project's partners) and exports it as CSV. */
    async function reader(r: number) {
      while (running) {
        const sentIn = phase;
        if (r === 0 && Math.random() < 0.3) {
          count(await env.admin.send('/export/projects.csv'), 'export', sentIn);
        } else {
          const outcome = await env.admin.graphql(
            `{ projects(first: 20, orderBy: { field: TITLE, direction: DESC }) {
                 totalCount edges { node { title themes partners { name } } } } }`,
          );
          count(outcome, 'projects', sentIn);
        }
        await sleep(20);
      }
    }

    const load = [
      ...Array.from({ length: WRITERS }, (_, w) => writer(w + 1)),
      ...Array.from({ length: READERS }, (_, r) => reader(r)),
    ];

    const recoveries: number[] = [];
    await sleep(LOAD_BEFORE_MS);
    for (const [i, mode] of RESTARTS.entries()) {
      await env.postgres.stop(mode);
      phase = 'down';
      await sleep(DOWN_MS);
      phase = 'recovering';
      await env.postgres.start();
      // PostgreSQL accepts connections again: how long until the API answers successfully?
      const back = performance.now();
      let recovered: number | null = null;
      while (recovered === null && performance.now() - back < 30_000) {
        const outcome = await env.admin.graphql('{ viewer { email } }');
        if (outcome.kind === 'ok') recovered = performance.now() - back;
        else await sleep(25);
      }
      if (recovered === null) throw new Error(`no answer 30 s after restart ${i + 1}`);
      recoveries.push(recovered);
      console.log(
        `restart ${i + 1} (${mode} shutdown, away ${DOWN_MS} ms): the API answered again ${recovered.toFixed(0)} ms after PostgreSQL accepted connections`,
      );
      phase = 'up';
      expect(env.api.exited(), env.api.output()).toBeNull();
      await sleep(LOAD_AFTER_MS);
    }
    running = false;
    await Promise.all(load);

    const summary = Object.fromEntries(
      Object.entries(tally).map(([p, m]) => [p, Object.fromEntries(m as Map<string, number>)]),
    );
    console.log('answers by phase:', JSON.stringify(summary));

    expect(env.api.exited(), env.api.output()).toBeNull();
    expect(bad, env.api.output()).toEqual([]);
    expect(answeredWhileDown).toEqual([]);
    // The load really met the outage, and wrote before and after it.
    expect(tally.down.get('unavailable') ?? 0).toBeGreaterThan(0);
    expect(tally.up.get('ok') ?? 0).toBeGreaterThan(0);
    for (const ms of recoveries) expect(ms).toBeLessThanOrEqual(RECOVERY_LIMIT_MS);

    await checkData(projects, triedCreates);
  });
});

/**
 * Straight from PostgreSQL: every acknowledged write is there in full, and every project (also one
 * whose answer was lost) is whole: its partners and themes are the ones its title implies, and its
 * version is that of its last history entry, one entry per save.
 */
async function checkData(
  projects: Map<string, { acked: { title: string; version: number }; tried: string[] }>,
  triedCreates: string[],
) {
  const db = new pg.Client({ connectionString: env.postgres.url });
  await db.connect();
  try {
    const { rows } = await db.query<{
      id: number;
      title: string;
      version: number;
      themes: string[];
      partners: string[];
      cities: number;
      entries: number;
      last_version: number | null;
      last_label: string | null;
    }>(`
      select p.id, p.title, p.version, p.themes::text[] as themes,
             coalesce((select array_agg(pp.name order by pp.name) from project_partner pp
                        where pp.project_id = p.id and pp.name is not null), '{}') as partners,
             (select count(*)::int from project_partner pp
               where pp.project_id = p.id and pp.partner_city_id is not null) as cities,
             (select count(*)::int from audit_entry a
               where a.record_kind = 'Project' and a.record_id = p.id) as entries,
             (select max(a.record_version) from audit_entry a
               where a.record_kind = 'Project' and a.record_id = p.id) as last_version,
             (select a.record_label from audit_entry a
               where a.record_kind = 'Project' and a.record_id = p.id
               order by a.record_version desc nulls last, a.id desc limit 1) as last_label
        from project p where p.title ~ '^W[0-9]+-[0-9]+ r[0-9]+$'`);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const whole: string[] = [];
    for (const row of rows) {
      const expected = {
        partners: partnersOf(row.title),
        themes: themesOf(row.title),
        cities: 1,
        entries: row.version,
        last_version: row.version,
        last_label: row.title,
      };
      const actual = {
        partners: row.partners,
        themes: row.themes.map((t) => t.toUpperCase()).sort(),
        cities: row.cities,
        entries: row.entries,
        last_version: row.last_version,
        last_label: row.last_label,
      };
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        whole.push(`${row.title}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
      }
    }
    expect(whole).toEqual([]);

    const lost: string[] = [];
    for (const [globalId, { acked, tried }] of projects) {
      const id = Number(Buffer.from(globalId, 'base64').toString().split(':').pop());
      const row = byId.get(id);
      if (!row) {
        lost.push(`${acked.title}: acknowledged, missing`);
      } else if (row.version < acked.version) {
        lost.push(`${acked.title}: acknowledged v${acked.version}, stored v${row.version}`);
      } else if (row.version === acked.version && row.title !== acked.title) {
        lost.push(`${acked.title}: stored ${row.title} at the same version`);
      } else if (row.version > acked.version && !tried.includes(row.title)) {
        lost.push(`${acked.title}: stored ${row.title} v${row.version}, which nobody sent`);
      }
    }
    expect(lost).toEqual([]);
    const titles = new Set(rows.map((row) => row.title));
    const known = new Set([
      ...[...projects.values()].flatMap((p) => [p.acked.title, ...p.tried]),
      ...triedCreates,
    ]);
    // Nothing appeared that no client sent.
    expect([...titles].filter((t) => !known.has(t))).toEqual([]);
    console.log(
      `checked ${rows.length} projects: ${projects.size} acknowledged creates, ${triedCreates.length} creates without an answer`,
    );
  } finally {
    await db.end();
  }
}
