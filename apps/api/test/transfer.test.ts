import { CSV_KINDS, type CsvKind, type Role } from '@malmo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/auth/sessions';
import { CSRF_HEADER } from '../src/http/security';
import type { RunningServer } from '../src/server';
import { signedInToken, startTestServer } from './support';

let server: RunningServer;
const cookies = new Map<string, string>();

beforeAll(async () => {
  // With the demo activity: more rows, and the generated ones too must read back unchanged.
  server = await startTestServer({ demoData: true });
});
afterAll(() => server.close());

/** The session cookie of an account with `role` (made on first use). */
async function cookieOf(role: Role): Promise<string> {
  const known = cookies.get(role);
  if (known) return known;
  const cookie = `${SESSION_COOKIE}=${await signedInToken(server.db, role)}`;
  cookies.set(role, cookie);
  return cookie;
}

const TABLES: Record<CsvKind, string> = {
  units: 'unit',
  people: 'person',
  organisations: 'organisation',
  memberships: 'membership',
  forums: 'forum',
  seats: 'seat',
  'partner-cities': 'partner_city',
  agreements: 'agreement',
  'event-series': 'event_series',
  projects: 'project',
};

/** A digest of every row of the kind's table, version and timestamps included. */
async function digest(kind: CsvKind): Promise<string> {
  const [row] = await server.db.orm.em
    .getConnection()
    .execute(
      `select md5(coalesce(string_agg(t::text, ',' order by t.id), '')) as d from ${TABLES[kind]} t`,
    );
  return (row as { d: string }).d;
}

async function importEntries(): Promise<number> {
  const [row] = await server.db.orm.em
    .getConnection()
    .execute(`select count(*)::int as n from audit_entry where action = 'IMPORT'`);
  return (row as { n: number }).n;
}

async function exportOf(kind: string, role: Role = 'reader', query = '') {
  const response = await fetch(`${server.url}export/${kind}.csv${query}`, {
    headers: { cookie: await cookieOf(role) },
  });
  return response;
}

interface Report {
  applied: boolean;
  ok: boolean;
  errors: { field: string; code: string; message: string }[];
  counts: Record<'create' | 'update' | 'unchanged' | 'reject', number>;
  rows: {
    row: number;
    key: string;
    outcome: string;
    changes: { field: string; from: string; to: string }[];
    errors: { field: string; code: string; message: string }[];
  }[];
}

async function importFile(
  kind: string,
  csv: string,
  mode: 'dry-run' | 'apply',
  options: { role?: Role | 'anonymous'; csrf?: boolean } = {},
) {
  const role = options.role ?? 'admin';
  const response = await fetch(`${server.url}import/${kind}?mode=${mode}`, {
    method: 'POST',
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      ...(options.csrf === false ? {} : { [CSRF_HEADER]: '1' }),
      ...(role === 'anonymous' ? {} : { cookie: await cookieOf(role) }),
    },
    body: csv,
  });
  const text = await response.text();
  const lines = response.ok
    ? text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
    : [];
  const report = lines.at(-1)?.report as Report | undefined;
  const progress = lines.filter((line) => 'progress' in line).map((line) => line.progress);
  return { status: response.status, text, report, progress };
}

describe('CSV export → import round trip', () => {
  it.each(CSV_KINDS)(
    '%s: a dry run reports every row unchanged; applying changes nothing',
    async (kind) => {
      const response = await exportOf(kind);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const csv = await response.text();
      const rows = csv.trim().split('\r\n').length - 1;
      expect(rows).toBeGreaterThan(0);
      const before = await digest(kind);
      const entries = await importEntries();

      const dry = await importFile(kind, csv, 'dry-run');
      expect(dry.report?.errors).toEqual([]);
      expect(dry.report?.counts).toEqual({ create: 0, update: 0, unchanged: rows, reject: 0 });

      const applied = await importFile(kind, csv, 'apply');
      expect(applied.report?.applied).toBe(true);
      expect(applied.report?.counts.unchanged).toBe(rows);
      expect(await digest(kind)).toBe(before);
      expect(await importEntries()).toBe(entries);
      // And the file the registry exports afterwards is the same file.
      expect(await (await exportOf(kind)).text()).toBe(csv);
    },
  );

  it('filters an export by a column, as the lists do (Brussels networks)', async () => {
    const csv = await (await exportOf('organisations', 'reader', '?kind=brussels_network')).text();
    const lines = csv.trim().split('\r\n').slice(1);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.includes(';brussels_network;'))).toBe(true);
    expect((await exportOf('organisations', 'reader', '?colour=red')).status).toBe(400);
  });
});

describe('CSV import', () => {
  it('updates exactly the changed fields, creates new rows by key, and a second run creates nothing', async () => {
    const csv = await (await exportOf('units')).text();
    const lines = csv.split('\r\n');
    const index = lines.findIndex((line) => line.startsWith('sdf-fosie;'));
    const fosie = lines[index] as string;
    lines[index] = fosie.replace('SDF Fosie', 'Stadsområde Fosie');
    // A new unit under another new unit further down the file.
    lines.splice(-1, 0, 'ny-avdelning;Ny avdelning;department;ny-forvaltning;true');
    lines.splice(-1, 0, 'ny-forvaltning;Ny förvaltning;administration;;true');
    const edited = lines.join('\r\n');
    const peopleBefore = await digest('people');

    const dry = await importFile('units', edited, 'dry-run');
    expect(dry.report?.counts).toMatchObject({ create: 2, update: 1, reject: 0 });
    const update = dry.report?.rows.find((row) => row.outcome === 'update');
    expect(update).toMatchObject({
      key: 'sdf-fosie',
      changes: [{ field: 'name', from: 'SDF Fosie', to: 'Stadsområde Fosie' }],
    });
    const entries = await importEntries();
    const applied = await importFile('units', edited, 'apply');
    expect(applied.report?.applied).toBe(true);
    expect(applied.progress.at(-1)).toEqual({ done: 3, total: 3 });
    expect(await importEntries()).toBe(entries + 3);

    const [fosieRow] = await server.db.orm.em
      .getConnection()
      .execute(`select name, kind, active from unit where key = 'sdf-fosie'`);
    expect(fosieRow).toEqual({ name: 'Stadsområde Fosie', kind: 'district', active: true });
    const [child] = await server.db.orm.em
      .getConnection()
      .execute(
        `select p.key from unit u join unit p on p.id = u.parent_id where u.key = 'ny-avdelning'`,
      );
    expect(child).toEqual({ key: 'ny-forvaltning' });
    expect(await digest('people')).toBe(peopleBefore);

    const unitsAfter = await digest('units');
    const again = await importFile('units', edited, 'apply');
    expect(again.report?.counts).toMatchObject({ create: 0, update: 0, reject: 0 });
    expect(await digest('units')).toBe(unitsAfter);
    expect(await importEntries()).toBe(entries + 3);
  });

  it('a bad file changes nothing and reports each bad row with its field', async () => {
    const csv = await (await exportOf('people')).text();
    const [header, first, second, third] = csv.split('\r\n');
    const bad = [
      header,
      first?.replace(/^([^;]*;[^;]*;[^;]*;)[^;]*/, '$1ingen-sadan-enhet'),
      second?.replace(/;(true|false);/, ';kanske;'),
      third,
      third?.replace(/^[^;]*;[^;]*/, (cells) => cells.replace(/;.*/, ';Dubblett')),
      'ny-person;Ny Person;;;true;2007-02-30',
    ].join('\r\n');
    const before = await digest('people');
    const entries = await importEntries();

    for (const mode of ['dry-run', 'apply'] as const) {
      const { report } = await importFile('people', bad, mode);
      expect(report?.applied).toBe(false);
      expect(report?.ok).toBe(false);
      expect(
        report?.rows
          .filter((row) => row.outcome === 'reject')
          .map((row) => [row.row, row.errors.map((error) => `${error.field}:${error.code}`)]),
      ).toEqual([
        [2, ['unit:UNKNOWN_REFERENCE']],
        [3, ['active:NOT_A_BOOLEAN']],
        [5, ['key:DUPLICATE_KEY']],
        [6, ['leftOn:INVALID_DATE']],
      ]);
      expect(report?.rows[4]?.errors[0]?.message).toBe('Ange ett giltigt datum (ÅÅÅÅ-MM-DD).');
    }
    expect(await digest('people')).toBe(before);
    expect(await importEntries()).toBe(entries);
  });

  it('refuses a file with a missing column or a wrong header, changing nothing', async () => {
    const before = await digest('people');
    const missing = await importFile(
      'people',
      'key;name;unit;active;leftOn\r\nx;X;;true;\r\n',
      'apply',
    );
    expect(missing.report?.applied).toBe(false);
    expect(missing.report?.errors.map((error) => [error.field, error.code])).toEqual([
      ['email', 'MISSING_COLUMN'],
    ]);
    const wrong = await importFile('people', 'nyckel;namn\r\nx;X\r\n', 'apply');
    expect(wrong.report?.errors.map((error) => error.code)).toContain('UNKNOWN_COLUMN');
    expect(await digest('people')).toBe(before);
  });

  it('leaves archived records out of the export, and will not change them by import', async () => {
    const connection = server.db.orm.em.getConnection();
    const csv = await (await exportOf('partner-cities')).text();
    const row = csv.split('\r\n').find((line) => line.startsWith('vasa;')) as string;
    await connection.execute(`update partner_city set archived_at = now() where key = 'vasa'`);
    try {
      expect(await (await exportOf('partner-cities')).text()).not.toContain('\r\nvasa;');
      const [header] = csv.split('\r\n');
      const before = await digest('partner-cities');
      const unchanged = await importFile('partner-cities', `${header}\r\n${row}\r\n`, 'dry-run');
      expect(unchanged.report?.counts.unchanged).toBe(1);
      const renamed = `${header}\r\n${row.replace(';Vasa;', ';Vaasa;')}\r\n`;
      const { report } = await importFile('partner-cities', renamed, 'apply');
      expect(report?.applied).toBe(false);
      expect(report?.rows[0]?.errors.map((error) => [error.field, error.code])).toEqual([
        ['key', 'ARCHIVED'],
      ]);
      expect(await digest('partner-cities')).toBe(before);
    } finally {
      await connection.execute(`update partner_city set archived_at = null where key = 'vasa'`);
    }
  });

  it("lets a unit editor import its own unit's projects, and no other unit's", async () => {
    const csv = await (await exportOf('projects')).text();
    const [header, ...rows] = csv.trim().split('\r\n');
    const fosie = rows.find((row) => row.split(';')[2] === 'sdf-fosie') as string;
    const other = rows.find((row) => row.split(';')[2] !== 'sdf-fosie') as string;
    const blank = ';'.repeat((header as string).split(';').length - 4);
    const ownNew = `fosies-nya-projekt;Fosies nya projekt;sdf-fosie;${blank}`;
    const foreignNew = `kirsebergs-nya-projekt;Kirsebergs nya projekt;sdf-kirseberg;${blank}`;
    const before = await digest('projects');

    const mixed = [header, fosie, other, ownNew, foreignNew].join('\r\n');
    const refused = await importFile('projects', mixed, 'apply', { role: 'unit_editor' });
    expect(refused.report?.applied).toBe(false);
    expect(refused.report?.rows.map((row) => [row.outcome, row.errors[0]?.code ?? null])).toEqual([
      ['unchanged', null],
      ['reject', 'OTHER_UNIT'],
      ['create', null],
      ['reject', 'OTHER_UNIT'],
    ]);
    expect(await digest('projects')).toBe(before);

    const own = await importFile('projects', [header, fosie, ownNew].join('\r\n'), 'apply', {
      role: 'unit_editor',
    });
    expect(own.report?.applied).toBe(true);
    const [created] = await server.db.orm.em
      .getConnection()
      .execute(
        `select p.state, u.key as unit from project p join unit u on u.id = p.owner_unit_id where p.key = 'fosies-nya-projekt'`,
      );
    // A new project starts as an idea: its state moves only through its transitions (R4).
    expect(created).toEqual({ state: 'idea', unit: 'sdf-fosie' });
    expect((await importFile('projects', mixed, 'dry-run', { role: 'reader' })).status).toBe(403);
  });

  it('is for administrators only, needs the CSRF header, and export needs a session', async () => {
    const csv = 'key;name;kind;parent;active\r\nnekad;Nekad;district;;true\r\n';
    const before = await digest('units');
    for (const role of ['analyst', 'steering', 'unit_editor', 'reader'] as const) {
      expect((await importFile('units', csv, 'apply', { role })).status).toBe(403);
    }
    expect((await importFile('units', csv, 'apply', { role: 'anonymous' })).status).toBe(401);
    const noCsrf = await importFile('units', csv, 'apply', { csrf: false });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.text).toContain(CSRF_HEADER);
    expect(await digest('units')).toBe(before);

    expect((await fetch(`${server.url}export/units.csv`)).status).toBe(401);
    expect((await importFile('planets', csv, 'dry-run')).status).toBe(404);
  });
});
