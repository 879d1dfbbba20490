import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, readdirSync, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable, type Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { migrationsPath, openDatabase } from './orm';

/**
 * A backup of the whole database in one file, written without pg_dump (not available for the
 * embedded PostgreSQL): gzip over
 *
 *   MALMO-BACKUP 1
 *   {header: format version, migrations applied, tables with columns and row counts, sequences}
 *   <each table's COPY text output, in foreign-key order> followed by a line `\.`
 *   END <sha-256 of everything above>
 *
 * Tables, columns, foreign keys and sequences are read from the catalog, so a table added by a
 * migration is backed up without a change here. The whole backup reads one snapshot (a repeatable
 * read, read-only transaction): writes made meanwhile are either wholly in it or not at all.
 */

export const BACKUP_MAGIC = 'MALMO-BACKUP 1';
const MIGRATIONS_TABLE = 'mikro_orm_migrations';

export interface BackupTable {
  name: string;
  columns: string[];
  rows: number;
}

export interface BackupHeader {
  format: 'malmo-backup';
  version: 1;
  createdAt: string;
  /** PostgreSQL's server_version where it was taken. */
  server: string;
  /** The migrations applied, in order: the schema the data fits. */
  migrations: string[];
  /** In foreign-key order: a table comes after every table it refers to. */
  tables: BackupTable[];
  sequences: { name: string; value: string; called: boolean }[];
}

/** A refusal the command reports as is (no stack): a damaged file, a target not fit for it. */
export class BackupError extends Error {
  override name = 'BackupError';
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

type Queryable = pg.Client;

/** The schema's tables (generated columns left out: PostgreSQL computes them) in FK order. */
async function catalogTables(client: Queryable): Promise<{ name: string; columns: string[] }[]> {
  const { rows: tables } = await client.query<{ name: string; columns: string[] }>(`
    select c.relname as name, array_agg(a.attname::text order by a.attnum) as columns
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                         and a.attgenerated = ''
     where n.nspname = current_schema() and c.relkind = 'r'
     group by c.relname
     order by c.relname`);
  const { rows: references } = await client.query<{ child: string; parent: string }>(`
    select distinct ch.relname as child, pa.relname as parent
      from pg_constraint k
      join pg_class ch on ch.oid = k.conrelid
      join pg_class pa on pa.oid = k.confrelid
      join pg_namespace n on n.oid = ch.relnamespace
     where k.contype = 'f' and n.nspname = current_schema() and ch.oid <> pa.oid`);
  // Kahn's algorithm, alphabetical among the ready ones so the order is stable.
  const parents = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const { child, parent } of references) parents.get(child)?.add(parent);
  const ordered: { name: string; columns: string[] }[] = [];
  const done = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter(
      (t) => !done.has(t.name) && [...(parents.get(t.name) ?? [])].every((p) => done.has(p)),
    );
    if (ready.length === 0) {
      const left = tables.filter((t) => !done.has(t.name)).map((t) => t.name);
      throw new BackupError(`The foreign keys between ${left.join(', ')} form a cycle.`);
    }
    for (const t of ready) {
      done.add(t.name);
      ordered.push(t);
    }
  }
  return ordered;
}

async function appliedMigrations(client: Queryable): Promise<string[] | null> {
  const { rows } = await client.query<{ exists: boolean }>(
    `select to_regclass($1) is not null as exists`,
    [MIGRATIONS_TABLE],
  );
  if (!rows[0]?.exists) return null;
  const applied = await client.query<{ name: string }>(
    `select name from ${ident(MIGRATIONS_TABLE)} order by id`,
  );
  return applied.rows.map((r) => r.name);
}

/** The migrations this version of the registry knows, in order. */
export function knownMigrations(): string[] {
  return readdirSync(migrationsPath)
    .filter((f) => /^Migration\d+\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
}

export interface BackupOptions {
  /** Called before each table is copied (tests write to the database meanwhile). */
  beforeTable?: (name: string, index: number) => Promise<void> | void;
}

/** Writes a backup of the database at `url` to `file` (via a temporary file, then renamed). */
export async function backupDatabase(
  url: string,
  file: string,
  options: BackupOptions = {},
): Promise<BackupHeader> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const partial = `${file}.partial`;
  try {
    await client.query('begin isolation level repeatable read read only');
    const tables = await catalogTables(client);
    const header: BackupHeader = {
      format: 'malmo-backup',
      version: 1,
      createdAt: new Date().toISOString(),
      server: (await client.query<{ v: string }>('show server_version')).rows[0]?.v ?? '',
      migrations: (await appliedMigrations(client)) ?? [],
      tables: [],
      sequences: [],
    };
    for (const table of tables) {
      const { rows } = await client.query<{ n: number }>(
        `select count(*)::int as n from ${ident(table.name)}`,
      );
      header.tables.push({ ...table, rows: rows[0]?.n ?? 0 });
    }
    const { rows: sequences } = await client.query<{ name: string }>(`
      select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = current_schema() and c.relkind = 'S' order by c.relname`);
    for (const { name } of sequences) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
        `select last_value::text, is_called from ${ident(name)}`,
      );
      const row = rows[0];
      if (row) header.sequences.push({ name, value: row.last_value, called: row.is_called });
    }

    const hash = createHash('sha256');
    async function* content(): AsyncGenerator<Buffer> {
      const text = (s: string) => Buffer.from(s, 'utf8');
      yield text(`${BACKUP_MAGIC}\n${JSON.stringify(header)}\n`);
      for (const [index, table] of header.tables.entries()) {
        await options.beforeTable?.(table.name, index);
        const columns = table.columns.map(ident).join(', ');
        const stream = client.query(copyTo(`copy ${ident(table.name)} (${columns}) to stdout`));
        let rows = 0;
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          for (const byte of chunk) if (byte === 10) rows += 1;
          yield chunk;
        }
        if (rows !== table.rows) {
          throw new BackupError(`${table.name}: copied ${rows} rows, counted ${table.rows}`);
        }
        yield text('\\.\n');
      }
    }
    async function* hashed(): AsyncGenerator<Buffer> {
      for await (const chunk of content()) {
        hash.update(chunk);
        yield chunk;
      }
      yield Buffer.from(`END ${hash.digest('hex')}\n`, 'utf8');
    }
    await pipeline(Readable.from(hashed()), createGzip(), createWriteStream(partial));
    await client.query('commit');
    renameSync(partial, file);
    return header;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

/** The file's lines one by one (gunzipped); a damaged or cut-off file ends in a BackupError. */
async function* backupLines(file: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const source = createReadStream(file);
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const lines = createInterface({ input: gunzip, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of lines) yield line;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BackupError(`No such file: ${file}`);
    throw new BackupError(
      `The backup file is damaged or cut off (${(error as Error).message}); nothing was restored.`,
    );
  }
}

/**
 * Reads the whole file once and checks it: the magic line, the header, each table's row count,
 * the end line's checksum. Returns the header; throws a BackupError saying what is wrong.
 */
export async function verifyBackup(file: string): Promise<BackupHeader> {
  const hash = createHash('sha256');
  const lines = backupLines(file);
  const next = async () => {
    const { value, done } = await lines.next();
    if (done) throw new BackupError('The backup file is cut off; nothing was restored.');
    return value;
  };
  const take = (line: string) => hash.update(`${line}\n`, 'utf8');
  const magic = await next();
  if (magic !== BACKUP_MAGIC) {
    throw new BackupError(`Not a backup of this registry (it begins "${magic.slice(0, 40)}").`);
  }
  take(magic);
  const headerLine = await next();
  take(headerLine);
  let header: BackupHeader;
  try {
    header = JSON.parse(headerLine) as BackupHeader;
  } catch {
    throw new BackupError('The backup file is damaged: its header is not readable.');
  }
  if (header.format !== 'malmo-backup' || header.version !== 1) {
    throw new BackupError(`Backup format ${header.format} ${header.version} is not known here.`);
  }
  for (const table of header.tables) {
    let rows = 0;
    for (let line = await next(); line !== '\\.'; line = await next()) {
      take(line);
      rows += 1;
    }
    take('\\.');
    if (rows !== table.rows) {
      throw new BackupError(
        `The backup file is damaged: ${table.name} has ${rows} rows, its header says ${table.rows}.`,
      );
    }
  }
  const end = await next();
  if (end !== `END ${hash.digest('hex')}`) {
    throw new BackupError('The backup file is damaged: its checksum does not match.');
  }
  if (!(await lines.next()).done) {
    throw new BackupError('The backup file is damaged: there is more after its end.');
  }
  return header;
}

export interface RestoreOptions {
  /** Replace what the target holds; without it, a target with any rows is refused. */
  replace?: boolean;
}

export interface RestoreResult {
  header: BackupHeader;
  /** Migrations applied to the target to reach the backup's schema. */
  migrated: string[];
  rows: number;
}

/**
 * Restores a backup into the database at `url`: checks the whole file first, brings an empty (or
 * older) schema up to the backup's migrations, then copies every table in one transaction (user
 * triggers off while it runs, foreign keys checked), sets the sequences and checks the row counts.
 * Anything wrong and the target's data is left as it was.
 */
export async function restoreDatabase(
  url: string,
  file: string,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const header = await verifyBackup(file);
  const known = knownMigrations();
  const unknown = header.migrations.filter((m) => !known.includes(m));
  if (unknown.length) {
    throw new BackupError(
      `The backup is from a newer version of the registry (migrations ${unknown.join(', ')} are not known here); update the registry first.`,
    );
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const applied = (await appliedMigrations(client)) ?? [];
    const beyond = applied.filter((m) => !header.migrations.includes(m));
    if (beyond.length) {
      throw new BackupError(
        `The target database has a newer schema than the backup (${beyond.join(', ')}); restore into an empty database, and the registry migrates it when it starts.`,
      );
    }
    if (!options.replace) {
      // Bookkeeping a migration fills (a lone row in a table outside every foreign key, such as
      // the data version) does not make a database hold data.
      const { rows: related } = await client.query<{ name: string }>(`
        select distinct c.relname as name from pg_constraint k
          join pg_class c on c.oid in (k.conrelid, k.confrelid)
         where k.contype = 'f'`);
      const inKeys = new Set(related.map((r) => r.name));
      for (const table of await catalogTables(client)) {
        if (table.name === MIGRATIONS_TABLE) continue;
        const { rows } = await client.query(`select 1 from ${ident(table.name)} limit 2`);
        if (rows.length > (inKeys.has(table.name) ? 0 : 1)) {
          throw new BackupError(
            `The target database is not empty (${table.name} has rows); restore with --replace to overwrite it.`,
          );
        }
      }
    }
    const pending = header.migrations.filter((m) => !applied.includes(m));
    if (pending.length) {
      const db = await openDatabase(url);
      try {
        await db.orm.migrator.up({ migrations: pending });
      } finally {
        await db.orm.close();
      }
    }

    const present = new Map((await catalogTables(client)).map((t) => [t.name, t.columns]));
    for (const table of header.tables) {
      const columns = present.get(table.name);
      const missing = table.columns.filter((c) => !columns?.includes(c));
      if (!columns || missing.length) {
        throw new BackupError(
          `The target's ${table.name} does not fit the backup (missing ${columns ? missing.join(', ') : 'the table'}).`,
        );
      }
    }
    let rows = 0;
    await client.query('begin');
    try {
      const names = header.tables.map((t) => ident(t.name));
      // Triggers set to fire always (also in replica mode, as the data version's are) come back so.
      const { rows: always } = await client.query<{ on: string; trigger: string }>(
        `select t.tgrelid::regclass::text as on, quote_ident(t.tgname) as trigger
           from pg_trigger t join pg_class c on c.oid = t.tgrelid
          where not t.tgisinternal and t.tgenabled = 'A'
            and c.relnamespace = current_schema()::regnamespace`,
      );
      for (const name of names) await client.query(`alter table ${name} disable trigger user`);
      if (names.length) await client.query(`truncate ${names.join(', ')}`);
      const lines = backupLines(file);
      await lines.next(); // magic
      await lines.next(); // header
      for (const table of header.tables) {
        const columns = table.columns.map(ident).join(', ');
        const copy: Writable = client.query(
          copyFrom(`copy ${ident(table.name)} (${columns}) from stdin`),
        );
        for (;;) {
          const { value, done } = await lines.next();
          if (done) throw new BackupError('The backup file changed while it was restored.');
          if (value === '\\.') break;
          if (!copy.write(`${value}\n`)) await new Promise((r) => copy.once('drain', r));
        }
        copy.end();
        await finished(copy);
        rows += table.rows;
      }
      for (const name of names) await client.query(`alter table ${name} enable trigger user`);
      for (const { on, trigger } of always) {
        await client.query(`alter table ${on} enable always trigger ${trigger}`);
      }
      for (const sequence of header.sequences) {
        await client.query('select setval($1::regclass, $2::bigint, $3)', [
          ident(sequence.name),
          sequence.value,
          sequence.called,
        ]);
      }
      for (const table of header.tables) {
        const { rows: count } = await client.query<{ n: number }>(
          `select count(*)::int as n from ${ident(table.name)}`,
        );
        if (count[0]?.n !== table.rows) {
          throw new BackupError(
            `${table.name}: ${count[0]?.n} rows after the copy, the backup has ${table.rows}; nothing was restored.`,
          );
        }
      }
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
    return {
      header,
      migrated: pending,
      rows,
    };
  } finally {
    await client.end();
  }
}
