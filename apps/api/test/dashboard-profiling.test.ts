import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoActivity, removeDemoActivity } from '../src/demo/generate';
import { annexIds, createTestApi, type TestApi } from './support';

const PROFILING = `query ($from: Int, $to: Int, $seriesIds: [ID!]) {
  profilingYears(from: $from, to: $to, seriesIds: $seriesIds) {
    seriesId seriesName year units delegates costSek contactsGained withOutcome demo
  }
}`;

interface ProfilingRow {
  seriesId: string;
  seriesName: string;
  year: number;
  units: number;
  delegates: number;
  costSek: number;
  contactsGained: number;
  withOutcome: number;
  demo: boolean;
}

interface Participation {
  id: string;
  version: number;
  delegates: number;
  costSek: number;
  contactsGained: number;
  outcome: string | null;
  demo: boolean;
}

let api: TestApi;
let ids: Record<string, string>;
beforeAll(async () => {
  api = await createTestApi();
  ids = await annexIds(api);
  await generateDemoActivity(api.db.orm.em.fork());
});
afterAll(() => api.close());

async function profiling(variables: Record<string, unknown> = {}) {
  const result = await api.query<{ profilingYears: ProfilingRow[] }>(PROFILING, variables);
  expect(result.errors).toBeUndefined();
  return result.data?.profilingYears ?? [];
}

/** The participations list's rows for one series and year: what the drill-down opens. */
async function listed(seriesId: string, year: number) {
  const result = await api.query<{
    participations: { totalCount: number; edges: { node: Participation }[] };
  }>(
    `query ($filter: ParticipationFilter, $first: Int) {
      participations(filter: $filter, first: $first) {
        totalCount edges { node { id version delegates costSek contactsGained outcome demo } }
      }
    }`,
    { filter: { seriesId, yearFrom: year, yearTo: year }, first: 500 },
  );
  expect(result.errors).toBeUndefined();
  const list = result.data?.participations;
  expect(list?.edges.length).toBe(list?.totalCount);
  return list?.edges.map((e) => e.node) ?? [];
}

const sum = (rows: Participation[], f: (p: Participation) => number) =>
  rows.reduce((total, p) => total + f(p), 0);

describe('profiling events dashboard', () => {
  it('per series and year: the sums of the participations the list shows for it', async () => {
    const rows = await profiling();
    // Five arenas, three demo years.
    expect(new Set(rows.map((r) => r.seriesId)).size).toBe(5);
    expect([...new Set(rows.map((r) => r.year))]).toEqual([2006, 2007, 2008]);
    for (const row of rows) {
      const participations = await listed(row.seriesId, row.year);
      expect(row, `${row.seriesName} ${row.year}`).toEqual({
        seriesId: row.seriesId,
        seriesName: row.seriesName,
        year: row.year,
        units: participations.length,
        delegates: sum(participations, (p) => p.delegates),
        costSek: sum(participations, (p) => p.costSek),
        contactsGained: sum(participations, (p) => p.contactsGained),
        withOutcome: participations.filter((p) => p.outcome?.trim()).length,
        demo: participations.some((p) => p.demo),
      });
    }
    // Ordered by year, then by the series' name.
    const order = rows.map((r) => `${r.year} ${r.seriesName}`);
    expect(order).toEqual(
      [...rows]
        .sort((a, b) => a.year - b.year || a.seriesName.localeCompare(b.seriesName, 'sv'))
        .map((r) => `${r.year} ${r.seriesName}`),
    );
  });

  it('filters by years and by series', async () => {
    const all = await profiling();
    const only2007 = await profiling({ from: 2007, to: 2007 });
    expect(only2007).toEqual(all.filter((r) => r.year === 2007));
    expect(await profiling({ from: 2008 })).toEqual(all.filter((r) => r.year >= 2008));
    const mipim = ids['series:mipim'];
    const openDays = ids['series:open-days'];
    expect(mipim && openDays).toBeTruthy();
    const two = await profiling({ seriesIds: [mipim, openDays] });
    expect(two).toEqual(all.filter((r) => r.seriesId === mipim || r.seriesId === openDays));
    expect(two.length).toBeGreaterThan(0);
    expect(await profiling({ seriesIds: [] })).toEqual([]);
  });

  it('leaves archived participations out, as the list does', async () => {
    const row = (await profiling({ from: 2007, to: 2007 })).find((r) => r.units > 1);
    if (!row) throw new Error('no 2007 edition with two participations');
    const [first] = await listed(row.seriesId, 2007);
    if (!first) throw new Error('no participation');
    const archived = await api.query<{ archiveRecord: { __typename: string } }>(
      'mutation ($id: ID!, $version: Int!) { archiveRecord(id: $id, version: $version) { __typename } }',
      { id: first.id, version: first.version },
    );
    expect(archived.data?.archiveRecord.__typename).toBe('MutationArchiveRecordSuccess');
    const after = (await profiling({ from: 2007, to: 2007, seriesIds: [row.seriesId] }))[0];
    expect(after?.units).toBe(row.units - 1);
    expect(after?.costSek).toBe(row.costSek - first.costSek);
    expect(after?.units).toBe((await listed(row.seriesId, 2007)).length);
  });

  it('refuses readers and anonymous callers, and bad arguments with a clear error', async () => {
    for (const [role, code] of [
      ['reader', 'FORBIDDEN'],
      ['anonymous', 'UNAUTHENTICATED'],
    ] as const) {
      const result = await (await api.as(role))(PROFILING, {});
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
    }
    for (const role of ['analyst', 'steering', 'unit_editor'] as const) {
      expect((await (await api.as(role))(PROFILING, {})).errors).toBeUndefined();
    }
    for (const variables of [{ from: 2008, to: 2006 }, { from: 99_999 }, { to: -1 }]) {
      const result = await api.query(PROFILING, variables);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(
        'BAD_USER_INPUT',
      );
    }
    const wrongKind = await api.query(PROFILING, { seriesIds: [ids['unit:sdf-fosie']] });
    expect(wrongKind.data).toBeNull();
    expect(wrongKind.errors?.length).toBeGreaterThan(0);
  });

  it('is one SQL statement, at scale 1 and at scale 4', async () => {
    const counts: number[] = [];
    for (const scale of [1, 4]) {
      if (scale > 1) {
        await removeDemoActivity(api.db.orm.em.fork());
        await generateDemoActivity(api.db.orm.em.fork(), { scale });
      }
      const rows = await profiling();
      counts.push(rows.reduce((n, r) => n + r.units, 0));
      for (const variables of [{}, { from: 2007, to: 2008, seriesIds: [ids['series:mipim']] }]) {
        // Cold: computed, not kept from an earlier request (the data version's read left out).
        const { statements } = await api.coldStatements(PROFILING, variables);
        const aggregate = statements.filter((sql) => !/\bfrom session\b/.test(sql));
        expect(aggregate, aggregate.join('\n')).toHaveLength(1);
      }
    }
    expect(counts[1]).toBeGreaterThan((counts[0] ?? 0) * 2);
  });
});
