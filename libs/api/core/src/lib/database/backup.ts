import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';
import { MIGRATIONS_TABLE } from './data-source-options';
import { runMigrations } from './migrate';
import { ALL_MIGRATIONS } from './migrations';

/**
 * Backup and restore written in Node, so they work with any PostgreSQL the
 * product runs on (also the embedded one, which ships no pg_dump, where the
 * system's pg_dump may be older than the server).
 *
 * A backup is one gzip file of tab-tagged lines: `header` (format, migrations
 * applied, tables with their columns in dependency order), then per table a
 * `table` line and one `row` line per row (PostgreSQL's own row_to_json text,
 * never parsed by Node, so no value loses precision), `sequence` lines and an
 * `end` line with the row counts (a truncated file is refused). Every row is
 * read in one REPEATABLE READ READ ONLY transaction: one consistent snapshot,
 * taken while the product keeps running.
 *
 * A restore goes into an empty database (or one it wipes first), in one
 * transaction: the schema is migrated to the backup's migration, foreign keys
 * are dropped and user triggers (append-only audit trail, immutable revisions)
 * disabled while the rows go in as they were, then both come back (the foreign
 * keys re-checked); newer migrations then run as at any start. Only the
 * database owner's rights are needed, no superuser.
 */

export const BACKUP_FORMAT = 'migration-profile-studio-backup';
const BACKUP_VERSION = 1;
const FETCH_ROWS = 1000;
const INSERT_BATCH_ROWS = 500;
/** Long revisions make big rows: a batch also ends at this many characters. */
const INSERT_BATCH_CHARS = 8_000_000;

export interface BackupTable {
  name: string;
  columns: string[];
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  serverVersion: string;
  migrations: string[];
  tables: BackupTable[];
}

export interface BackupSummary {
  file: string;
  migrations: string[];
  rows: Record<string, number>;
}

/** Raised for a backup or a target database that cannot be used; the message says what to do. */
export class BackupError extends Error {}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function connect(databaseUrl: string): Promise<Client> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  return client;
}

/** Tables of the product (schema public, without the migration log), parents before children. */
async function productTables(client: Client): Promise<BackupTable[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> $1
      ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint
      WHERE contype = 'f' AND connamespace = 'public'::regnamespace AND conrelid <> confrelid`,
  );
  const { rows: columns } = await client.query<{ table: string; column: string }>(
    `SELECT c.relname AS table, a.attname AS column FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      WHERE c.relnamespace = 'public'::regnamespace AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY c.relname, a.attnum`,
  );
  const unquote = (name: string) => name.replace(/^"|"$/g, '');
  const remaining = new Set(tables.map((t) => t.name));
  const ordered: string[] = [];
  // Parents first; a cycle (sections <-> revisions) is broken alphabetically: restore drops foreign keys anyway.
  while (remaining.size > 0) {
    const ready = [...remaining].filter(
      (name) => !edges.some((e) => unquote(e.child) === name && remaining.has(unquote(e.parent))),
    );
    const next = ready.length > 0 ? ready : [[...remaining].sort()[0]!];
    for (const name of next.sort()) {
      remaining.delete(name);
      ordered.push(name);
    }
  }
  return ordered.map((name) => ({ name, columns: columns.filter((c) => c.table === name).map((c) => c.column) }));
}

async function appliedMigrations(client: Client): Promise<string[]> {
  const exists = await client.query(`SELECT to_regclass($1) AS t`, [`public.${MIGRATIONS_TABLE}`]);
  if (!exists.rows[0]?.t) return [];
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${ident(MIGRATIONS_TABLE)} ORDER BY id`);
  return rows.map((r) => r.name);
}

/** Writes a consistent backup of the database to `file` (written aside, then renamed: never half a file under its name). */
export async function writeBackup(databaseUrl: string, file: string): Promise<BackupSummary> {
  const client = await connect(databaseUrl);
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const out = createWriteStream(partial, { mode: 0o600 });
  gzip.pipe(out);
  const write = async (kind: string, json: string) => {
    if (!gzip.write(`${kind}\t${json}\n`)) await once(gzip, 'drain');
  };
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = await appliedMigrations(client);
    if (migrations.length === 0) {
      throw new BackupError('This database has no migrations applied: it is not a Migration Profile Studio database.');
    }
    const tables = await productTables(client);
    const { rows: version } = await client.query<{ server_version: string }>('SHOW server_version');
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      serverVersion: version[0]!.server_version,
      migrations,
      tables,
    };
    await write('header', JSON.stringify(header));
    const counts: Record<string, number> = {};
    for (const table of tables) {
      await write('table', JSON.stringify({ name: table.name }));
      const columns = table.columns.map(ident).join(', ');
      // Ordered, so that two backups of the same data are the same file (apart from the header).
      await client.query(
        `DECLARE backup_rows NO SCROLL CURSOR FOR
           SELECT row_to_json(t)::text AS row FROM (SELECT ${columns} FROM ${ident(table.name)}) t ORDER BY 1`,
      );
      let count = 0;
      for (;;) {
        const { rows } = await client.query<{ row: string }>(`FETCH ${FETCH_ROWS} FROM backup_rows`);
        for (const { row } of rows) await write('row', row);
        count += rows.length;
        if (rows.length < FETCH_ROWS) break;
      }
      await client.query('CLOSE backup_rows');
      counts[table.name] = count;
    }
    const { rows: sequences } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c
        WHERE c.relkind = 'S' AND c.relnamespace = 'public'::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
                           WHERE d.objid = c.oid AND d.deptype IN ('a', 'i') AND t.relname = $1)
        ORDER BY 1`,
      [MIGRATIONS_TABLE],
    );
    for (const { name } of sequences) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
        `SELECT last_value::text, is_called FROM ${ident(name)}`,
      );
      await write('sequence', JSON.stringify({ name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called }));
    }
    await write('end', JSON.stringify({ rows: counts }));
    await client.query('COMMIT');
    gzip.end();
    await finished(out);
    renameSync(partial, file);
    return { file, migrations, rows: counts };
  } catch (error) {
    gzip.destroy();
    out.destroy();
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface RestoreOptions {
  /** Drop everything in the target database first (its schema public). Without it the target must be empty. */
  wipe?: boolean;
}

/** Brings a backup back into an empty database (or one it wipes), then migrates it to this version. */
export async function restoreBackup(databaseUrl: string, file: string, options: RestoreOptions = {}): Promise<BackupSummary> {
  const header = await readHeader(file);
  const known = ALL_MIGRATIONS.map((m) => m.name);
  const unknown = header.migrations.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new BackupError(
      `The backup was written by a newer version (migrations ${unknown.join(', ')} are unknown here): restore it with that version or a later one.`,
    );
  }
  const client = await connect(databaseUrl);
  try {
    if (options.wipe) {
      await client.query('BEGIN');
      await client.query('DROP SCHEMA IF EXISTS public CASCADE');
      await client.query('CREATE SCHEMA public');
      await client.query('COMMIT');
    }
    const { rows: existing } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p')`,
    );
    if (existing[0]!.n > 0) {
      throw new BackupError(
        'The target database is not empty. Restore into a new database, or pass --wipe to drop everything in it first.',
      );
    }
  } finally {
    await client.end().catch(() => undefined);
  }

  // The schema as it was when the backup was written, so that its rows fit exactly.
  await runMigrations(databaseUrl, [], { upTo: header.migrations[header.migrations.length - 1] });
  const rows = await loadRows(databaseUrl, file, header);
  // Then whatever this version adds, exactly as a start would.
  await runMigrations(databaseUrl, []);
  return { file, migrations: header.migrations, rows };
}

async function* lines(file: string): AsyncGenerator<{ kind: string; json: string }> {
  const input = createReadStream(file).pipe(createGunzip());
  const reader = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of reader) {
      if (!line) continue;
      const tab = line.indexOf('\t');
      if (tab < 0) throw new BackupError(`${file} is not a Migration Profile Studio backup.`);
      yield { kind: line.slice(0, tab), json: line.slice(tab + 1) };
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} cannot be read as a backup: ${(error as Error).message}`);
  } finally {
    reader.close();
    input.destroy();
  }
}

async function readHeader(file: string): Promise<BackupHeader> {
  for await (const { kind, json } of lines(file)) {
    let header: BackupHeader | null = null;
    try {
      header = kind === 'header' ? (JSON.parse(json) as BackupHeader) : null;
    } catch {
      /* not JSON: not ours */
    }
    if (header?.format !== BACKUP_FORMAT) break;
    if (header.version !== BACKUP_VERSION) throw new BackupError(`Backup format version ${header.version} is not supported here.`);
    return header;
  }
  throw new BackupError(`${file} is not a Migration Profile Studio backup.`);
}

async function loadRows(databaseUrl: string, file: string, header: BackupHeader): Promise<Record<string, number>> {
  const client = await connect(databaseUrl);
  try {
    await client.query('BEGIN');
    const { rows: foreignKeys } = await client.query<{ table: string; name: string; definition: string }>(
      `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
         FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY 1, 2`,
    );
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${ident(fk.name)}`);
    for (const table of header.tables) await client.query(`ALTER TABLE ${ident(table.name)} DISABLE TRIGGER USER`);

    const counts: Record<string, number> = {};
    let table: BackupTable | null = null;
    let batch: string[] = [];
    let batchChars = 0;
    let ended: Record<string, number> | null = null;
    const flush = async () => {
      if (!table || batch.length === 0) return;
      const columns = table.columns.map(ident).join(', ');
      await client.query(
        `INSERT INTO ${ident(table.name)} (${columns}) OVERRIDING SYSTEM VALUE
         SELECT ${columns} FROM json_populate_recordset(NULL::${ident(table.name)}, $1::json)`,
        [`[${batch.join(',')}]`],
      );
      counts[table.name] = (counts[table.name] ?? 0) + batch.length;
      batch = [];
      batchChars = 0;
    };
    for await (const { kind, json } of lines(file)) {
      if (kind === 'header') continue;
      if (kind === 'row') {
        if (!table) throw new BackupError(`${file} is damaged: a row before any table.`);
        batch.push(json);
        batchChars += json.length;
        if (batch.length >= INSERT_BATCH_ROWS || batchChars >= INSERT_BATCH_CHARS) await flush();
        continue;
      }
      await flush();
      if (kind === 'table') {
        const name = (JSON.parse(json) as { name: string }).name;
        table = header.tables.find((t) => t.name === name) ?? null;
        if (!table) throw new BackupError(`${file} is damaged: table ${name} is not in its header.`);
        counts[name] = 0;
      } else if (kind === 'sequence') {
        const sequence = JSON.parse(json) as { name: string; lastValue: string; isCalled: boolean };
        await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [ident(sequence.name), sequence.lastValue, sequence.isCalled]);
      } else if (kind === 'end') {
        ended = (JSON.parse(json) as { rows: Record<string, number> }).rows;
      }
    }
    const complete =
      ended !== null &&
      header.tables.every((t) => (counts[t.name] ?? 0) === (ended?.[t.name] ?? 0));
    if (!complete) throw new BackupError(`${file} is incomplete (cut off or damaged): nothing was restored.`);

    for (const table of header.tables) await client.query(`ALTER TABLE ${ident(table.name)} ENABLE TRIGGER USER`);
    // Re-adding the foreign keys checks every reference of the restored rows.
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${ident(fk.name)} ${fk.definition}`);
    await client.query('COMMIT');
    return counts;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
