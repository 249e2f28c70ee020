import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BackupError, BackupSummary, restoreBackup, writeBackup } from '@mps/api-core';
import { Fixtures } from '@mps/api-testing';
import { signIn } from './support/sign-in';
import { GqlResponse, startTestApp, TestApp, testDatabase } from './support/test-app';
import { testDatabaseSetting } from './support/test-database-env';

/**
 * Backup and restore (docs/operations.md): a backup of a database in use,
 * wiped and restored, gives back every table exactly, row for row.
 */

const ROOT = join(__dirname, '..', '..', '..');
const run = promisify(execFile);
/** The commands start a TypeScript runner (and, for the embedded case, PostgreSQL): far slower than a test's default. */
const CLI_TIMEOUT = 180_000;
const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** Row count and a checksum of every table's rows (as PostgreSQL renders them), plus the migrations applied. */
async function fingerprint(databaseUrl: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const columns = name === 'schema_migrations' ? 'name' : '*';
      const { rows } = await client.query<{ n: number; sum: string }>(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) AS sum
           FROM (SELECT row_to_json(t)::text AS r FROM (SELECT ${columns} FROM "${name}") t) x`,
      );
      result[name] = `${rows[0]!.n} rows, ${rows[0]!.sum}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

async function wipeByHand(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  await client.end();
}

describe('backup and restore', () => {
  let t: TestApp;
  let before: Record<string, string>;
  let dir: string;
  let backupFile: string;
  let summary: BackupSummary;

  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(join(tmpdir(), 'mps-backup-'));
    backupFile = join(dir, 'studio.backup.gz');
    // Data in every table, made through the product: members, sessions, audit events, a profile with revisions, throttling.
    const fx = new Fixtures(t.dataSource);
    const ws = await fx.workspace();
    const org = await fx.organization(ws.id);
    const coordinator = await fx.member(ws.id, org.id, 'COORDINATOR');
    const { accessToken } = await signIn(t, coordinator.user.email);
    await t.gql(`mutation($e: String!) { login(email: $e, password: "wrong-password-1") { accessToken } }`, { e: coordinator.user.email });
    const created = await t.gql(
      `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id sections { id key } } }`,
      { input: { workspaceId: ws.id, title: 'Migration Profile', edition: '2025', templateKey: 'iom-standard' } },
      accessToken,
    );
    const section = created.data!['createProfile'].sections[1].id as string;
    await t.gql(
      `mutation($s: ID!, $o: [ID!]!) { assignSection(sectionId: $s, organizationIds: $o) { id } }`,
      { s: section, o: [org.id] },
      accessToken,
    );
    let base: string | null = null;
    for (const text of ['First draft with “quotes”, \\ and emoji 🌍', 'Second draft\twith a tab']) {
      const saved: GqlResponse = await t.gql(
        `mutation($input: SaveSectionInput!) { saveSection(input: $input) { id } }`,
        { input: { sectionId: section, baseRevisionId: base, content: doc(text), summary: text.slice(0, 12) } },
        accessToken,
      );
      expect(saved.errors).toBeUndefined();
      base = saved.data!['saveSection'].id;
    }
    before = await fingerprint(t.databaseUrl);
    for (const table of ['users', 'sessions', 'refresh_tokens', 'audit_events', 'profiles', 'sections', 'revisions', 'login_throttles']) {
      expect(`${table}: ${before[table]}`).not.toMatch(/^\w+: 0 rows/);
    }
    // While the server runs: the backup reads one consistent snapshot.
    summary = await writeBackup(t.databaseUrl, backupFile);
  });

  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up while the server runs, wipes, restores and finds every table identical', async () => {
    expect(summary.rows['revisions']).toBe(2);
    expect(summary.migrations.length).toBeGreaterThan(0);
    await t.app.close();
    await restoreBackup(t.databaseUrl, backupFile, { wipe: true });
    expect(await fingerprint(t.databaseUrl)).toEqual(before);

    // The append-only audit trail and immutable revisions are protected again after the restore.
    const client = new Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      await expect(client.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
      await expect(client.query(`UPDATE revisions SET summary = 'changed'`)).rejects.toThrow(/immutable/);
      // Foreign keys are back too.
      await expect(client.query(`UPDATE sections SET current_revision_id = gen_random_uuid()`)).rejects.toThrow(/foreign key/);
    } finally {
      await client.end();
    }
  });

  it('restores into a new empty database too, and refuses a database that is not empty', async () => {
    const fresh = await testDatabase();
    try {
      await wipeByHand(fresh.url); // cloned from the migrated template: make it truly empty
      await restoreBackup(fresh.url, backupFile);
      expect(await fingerprint(fresh.url)).toEqual(before);
      await expect(restoreBackup(fresh.url, backupFile)).rejects.toThrow(/not empty.*--wipe/);
      expect(await fingerprint(fresh.url)).toEqual(before);
    } finally {
      await fresh.drop();
    }
  });

  it('refuses a file that is not a backup, and a cut-off backup, and restores nothing from it', async () => {
    const other = join(dir, 'other.gz');
    writeFileSync(other, gzipSync('{"hello": "world"}\n'));
    await expect(restoreBackup(t.databaseUrl, other)).rejects.toThrow(/not a Migration Profile Studio backup/);
    const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').split('\n');
    const cut = join(dir, 'cut.backup.gz');
    writeFileSync(cut, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join('\n')));
    const fresh = await testDatabase();
    try {
      await wipeByHand(fresh.url);
      await expect(restoreBackup(fresh.url, cut)).rejects.toThrow(BackupError);
      const client = new Client({ connectionString: fresh.url });
      await client.connect();
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM users`);
      await client.end();
      expect(rows[0].n).toBe(0);
    } finally {
      await fresh.drop();
    }
  });

  it('npm run backup and npm run restore work with DATABASE_URL', async () => {
    const fresh = await testDatabase();
    const file = join(dir, 'cli.backup.gz');
    try {
      await wipeByHand(fresh.url);
      const env = { ...process.env, DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'silent' };
      const backup = await run('npm', ['run', '-s', 'backup', '--', file], { cwd: ROOT, env });
      expect(backup.stdout).toMatch(/Backup written to/);
      await run('npm', ['run', '-s', 'restore', '--', file], { cwd: ROOT, env: { ...env, DATABASE_URL: fresh.url } });
      expect(await fingerprint(fresh.url)).toEqual(before);
    } finally {
      await fresh.drop();
    }
  }, CLI_TIMEOUT);

  it('npm run restore and npm run backup work with the embedded PostgreSQL in DATA_DIR', async () => {
    // Under the repository: the embedded server's own OS user must be able to enter it (not a 0700 temp dir).
    const dataDir = join(ROOT, '.data', `test-backup-${testDatabaseSetting('runId')}`);
    mkdirSync(dataDir, { recursive: true });
    const env = { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(54400 + (process.pid % 500)) };
    const roundTrip = join(dir, 'embedded.backup.gz');
    const fresh = await testDatabase();
    try {
      await run('npm', ['run', '-s', 'restore', '--', backupFile], { cwd: ROOT, env });
      await run('npm', ['run', '-s', 'backup', '--', roundTrip], { cwd: ROOT, env });
      await wipeByHand(fresh.url);
      await restoreBackup(fresh.url, roundTrip);
      expect(await fingerprint(fresh.url)).toEqual(before);
    } finally {
      await fresh.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, CLI_TIMEOUT);
});
