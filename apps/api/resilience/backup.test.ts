import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAnnex } from '../src/db/annex-import';
import { BACKUP_MAGIC, type BackupHeader, backupDatabase, restoreDatabase } from '../src/db/backup';
import { migrate, openDatabase } from '../src/db/orm';
import { generateDemoActivity } from '../src/demo/generate';
import { type Postgres, startPostgres } from './harness';

/**
 * `pnpm backup -- <file>` and `pnpm restore -- <file>`: a round trip of the demo data gives back
 * every table's rows and every sequence; a write during the backup does not tear it; a damaged
 * file, a backup of a newer schema and a target holding data are refused, the target untouched.
 */

const apiDir = fileURLToPath(new URL('..', import.meta.url));
let postgres: Postgres;
let dir: string;

async function createDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: postgres.adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(postgres.url);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Every table's row count and an md5 of its rows in order, every trigger's and sequence's state. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, string> = {};
    const { rows: tables } = await client.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = current_schema() order by 1`,
    );
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: number; md5: string }>(
        `select count(*)::int as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), ''))
           from "${name}" t`,
      );
      result[`table ${name}`] = `${rows[0]?.n} rows, ${rows[0]?.md5}`;
    }
    // Triggers come back as they were: the data version's fire always, also in replica mode.
    const { rows: triggers } = await client.query<{ name: string; enabled: string }>(
      `select t.tgrelid::regclass::text || '.' || t.tgname as name, t.tgenabled as enabled
         from pg_trigger t where not t.tgisinternal order by 1`,
    );
    for (const { name, enabled } of triggers) result[`trigger ${name}`] = enabled;
    const { rows: sequences } = await client.query<{ name: string }>(
      `select sequencename as name from pg_sequences where schemaname = current_schema() order by 1`,
    );
    for (const { name } of sequences) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
        `select last_value::text, is_called from "${name}"`,
      );
      result[`sequence ${name}`] = `${rows[0]?.last_value} ${rows[0]?.is_called}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

/** The documented command, as a separate process: `pnpm backup|restore -- <file> …`. */
async function command(name: 'backup' | 'restore', databaseUrl: string, ...args: string[]) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'src/scripts/backup.ts', name, '--', ...args],
    { cwd: apiDir, env: { ...process.env, DATABASE_URL: databaseUrl, INIT_CWD: dir } },
  );
  return stdout;
}

let source: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'malmo-backup-'));
  postgres = await startPostgres('source');
  source = postgres.url;
  const db = await openDatabase(source);
  try {
    await migrate(db.orm);
    await db.orm.em.fork().transactional(async (tx) => {
      await importAnnex(tx);
      await generateDemoActivity(tx);
    });
  } finally {
    await db.orm.close();
  }
});

afterAll(async () => {
  await postgres?.destroy();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  let copy: string;

  it('restores the demo data into an empty database exactly: every row, every sequence', async () => {
    const taken = await command('backup', source, 'demo.backup');
    expect(taken).toMatch(/backed up \d+ tables/);
    copy = await createDatabase('copy');
    const restored = await command('restore', copy, 'demo.backup');
    expect(restored).toMatch(/migrations applied: Migration/);
    expect(restored).toMatch(/restored \d+ tables/);
    const original = await fingerprint(source);
    expect(Object.keys(original).length).toBeGreaterThan(30);
    expect(original['table project']).not.toMatch(/^0 rows/);
    expect(await fingerprint(copy)).toEqual(original);
  });

  it('takes one snapshot: a write committed while the backup runs is wholly left out', async () => {
    const before = await fingerprint(source);
    const writer = new pg.Client({ connectionString: source });
    await writer.connect();
    const file = join(dir, 'during.backup');
    let tables = 0;
    try {
      const header = await backupDatabase(source, file, {
        beforeTable: async (_name, index) => {
          tables += 1;
          if (index !== 3) return;
          // One transaction over a table copied before this point and ones copied after it.
          await writer.query('begin');
          await writer.query(`update unit set name = name || ' (ny)'`);
          await writer.query(`update project set title = title || ' (ny)'`);
          await writer.query(`update project_partner set position = position + 10`);
          await writer.query('commit');
        },
      });
      expect(tables).toBe(header.tables.length);
    } finally {
      await writer.end();
    }
    const after = await fingerprint(source);
    expect(after['table unit']).not.toBe(before['table unit']);
    expect(after['table project_partner']).not.toBe(before['table project_partner']);
    const snapshot = await createDatabase('snapshot');
    await restoreDatabase(snapshot, file);
    expect(await fingerprint(snapshot)).toEqual(before);
  });

  it('refuses a damaged file, a newer schema and a target with data, leaving the target as it was', async () => {
    const good = readFileSync(join(dir, 'demo.backup'));
    const plain = gunzipSync(good).toString('utf8');
    const lines = plain.split('\n');
    const header = JSON.parse(lines[1] as string) as BackupHeader;
    // The lines before the END line, with their checksum after them, gzipped.
    const repack = (body: string[]) => {
      const text = `${body.join('\n')}\n`;
      return gzipSync(`${text}END ${createHash('sha256').update(text).digest('hex')}\n`);
    };
    expect(repack(lines.slice(0, -2))).toEqual(gzipSync(plain));
    const files = {
      truncated: good.subarray(0, Math.floor(good.length / 2)),
      flipped: Buffer.from(
        good.map((byte, i) => (i === Math.floor(good.length / 2) ? byte ^ 0xff : byte)),
      ),
      // Re-packed with one row changed: gzip is sound, the checksum is not.
      edited: gzipSync(plain.replace(/\tSDF Fosie\t/, '\tSDF Fosie!\t')),
      notABackup: gzipSync('id,name\n1,Malmö\n'),
      // Sound in every way, checksum included, but made by a later schema.
      newerSchema: repack([
        BACKUP_MAGIC,
        JSON.stringify({
          ...header,
          migrations: [...header.migrations, 'Migration29990101000000'],
        }),
        ...lines.slice(2, -2),
      ]),
    };
    const expected: Record<keyof typeof files, RegExp> = {
      truncated: /damaged or cut off/,
      flipped: /damaged/,
      edited: /checksum does not match/,
      notABackup: /Not a backup/,
      newerSchema: /newer version of the registry/,
    };
    expect(plain).toContain('\tSDF Fosie\t');
    const before = await fingerprint(copy);
    for (const [name, bytes] of Object.entries(files)) {
      const file = join(dir, `${name}.backup`);
      writeFileSync(file, bytes);
      await expect(restoreDatabase(copy, file, { replace: true }), name).rejects.toThrow(
        expected[name as keyof typeof files],
      );
    }
    // A sound backup, but the target holds data and --replace was not given.
    await expect(restoreDatabase(copy, join(dir, 'demo.backup'))).rejects.toThrow(/not empty/);
    expect(await fingerprint(copy)).toEqual(before);
    // With --replace it is overwritten: by the source as it is now (since changed).
    const now = join(dir, 'now.backup');
    await backupDatabase(source, now);
    await restoreDatabase(copy, now, { replace: true });
    const current = await fingerprint(source);
    expect(current).not.toEqual(before);
    expect(await fingerprint(copy)).toEqual(current);
  });
});
