import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditChainRow, AuditService, dataSourceOptions, runMigrations, verifyAuditChains } from '@mps/api-core';
import { createDatabase, dropDatabase, Fixtures } from '@mps/api-testing';
import { ALL_ENTITIES } from '../src/app/entities';
import { signIn } from './support/sign-in';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';
import { testDatabaseSetting } from './support/test-database-env';

/**
 * The tamper-evident audit trail (docs/adr/0008-audit-hash-chain.md): every audit row is linked into its chain by
 * the database, appends never fork a chain, no statement may change or remove rows, and `npm run audit:verify`
 * names the first broken link of a tampered log.
 */

const ROOT = join(__dirname, '..', '..', '..');
const run = promisify(execFile);
/** The command starts a TypeScript runner: far slower than a test's default. */
const CLI_TIMEOUT = 120_000;
const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('the audit chain', () => {
  let t: TestApp;
  let workspaceId: string;
  const verify = (chain?: string) =>
    verifyAuditChains((sql, params) => t.dataSource.query<AuditChainRow[]>(sql, params), chain);

  beforeAll(async () => {
    t = await startTestApp();
    const fx = new Fixtures(t.dataSource);
    const ws = await fx.workspace();
    workspaceId = ws.id;
    const org = await fx.organization(ws.id);
    const coordinator = await fx.member(ws.id, org.id, 'COORDINATOR');
    const { accessToken } = await signIn(t, coordinator.user.email);
    const created = await t.gql(
      `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id sections { id } } }`,
      { input: { workspaceId: ws.id, title: 'Migration Profile', edition: '2025', templateKey: 'iom-standard' } },
      accessToken,
    );
    const sections = (created.data!['createProfile'].sections as Array<{ id: string }>).slice(0, 6);
    // Saves of six sections at once: six transactions appending to the workspace's chain concurrently.
    const saves = await Promise.all(
      sections.map((s, i) =>
        t.gql(
          `mutation($input: SaveSectionInput!) { saveSection(input: $input) { id } }`,
          { input: { sectionId: s.id, baseRevisionId: null, content: doc(`Text ${i} “ünïcode” | 3:x`) } },
          accessToken,
        ),
      ),
    );
    expect(saves.map((s) => s.errors)).toEqual(sections.map(() => undefined));
  }, BOOT_TIMEOUT);

  afterAll(async () => {
    await t?.close();
  });

  it('links every row: sequence 1..n per chain, each hash over its fields and its predecessor', async () => {
    const report = await verify();
    expect(report).toEqual({ ok: true, chains: 2, rows: expect.any(Number) });
    const [{ n, max }] = await t.dataSource.query(
      `SELECT count(*)::int AS n, max(seq)::int AS max FROM audit_events WHERE chain = $1`,
      [workspaceId],
    );
    // createProfile and six saves, at least, and no gap.
    expect({ n: n >= 7, max }).toEqual({ n: true, max: n });
  });

  it('never forks a chain when many transactions append at once', async () => {
    const audit = t.app.get(AuditService);
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        t.dataSource.transaction(async (manager) => {
          await audit.record(manager, {
            actorId: null,
            workspaceId: i % 2 ? workspaceId : null,
            action: 'test.concurrent',
            subjectType: 'Test',
            subjectId: '00000000-0000-4000-8000-000000000000',
            data: { i },
          });
        }),
      ),
    );
    expect(await verify()).toMatchObject({ ok: true, chains: 2 });
    expect(await verify(workspaceId)).toMatchObject({ ok: true, chains: 1 });
  });

  it('links a row itself, whatever sequence or hash the writer sends', async () => {
    await t.dataSource.query(
      `INSERT INTO audit_events (action, subject_type, subject_id, chain, seq, prev_hash, hash, at)
       VALUES ('test.forged', 'Test', gen_random_uuid(), 'platform', 1, NULL, 'forged', '2000-01-01')`,
    );
    const [row] = await t.dataSource.query(`SELECT seq::int AS seq, hash, at FROM audit_events WHERE action = 'test.forged'`);
    expect({ seq: row.seq > 1, forged: row.hash === 'forged', old: new Date(row.at).getUTCFullYear() === 2000 }).toEqual({
      seq: true,
      forged: false,
      old: false,
    });
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('refuses UPDATE, DELETE and TRUNCATE, even for the database owner', async () => {
    await expect(t.dataSource.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`);
    expect(n).toBeGreaterThan(30);
  });

  it(
    'npm run audit:verify prints OK, and names the first broken link of a tampered log (exit 1)',
    async () => {
      const env = { ...process.env, DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'silent' };
      const ok = await run('npm', ['run', '-s', 'audit:verify'], { cwd: ROOT, env });
      expect(ok.stdout).toMatch(/Audit log OK: \d+ events in 2 chains/);

      // Tampering needs a superuser who switches the append-only trigger off: exactly what the chain detects.
      const [victim] = await t.dataSource.query(
        `SELECT id, seq::text AS seq, hash FROM audit_events WHERE chain = $1 AND seq = 3`,
        [workspaceId],
      );
      await t.dataSource.transaction(async (manager) => {
        await manager.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`);
        await manager.query(`UPDATE audit_events SET data = '{"tampered": true}' WHERE id = $1`, [victim.id]);
        await manager.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete`);
      });

      expect((await verify(workspaceId)).broken).toMatchObject({
        chain: workspaceId,
        seq: '3',
        id: victim.id,
        problem: 'hash',
        found: victim.hash,
      });
      const failed = await run('npm', ['run', '-s', 'audit:verify'], { cwd: ROOT, env }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
      );
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain(`chain ${workspaceId}, sequence 3, event ${victim.id}: hash expected`);
      expect(failed.stderr).toContain(`found ${victim.hash}`);
    },
    CLI_TIMEOUT,
  );
});

describe('the migration that introduced the chain', () => {
  it('chains the rows written before it, per chain in the order they were written', async () => {
    const adminUrl = testDatabaseSetting('adminUrl');
    const name = `mps_t_chain_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const url = await createDatabase(adminUrl, name);
    try {
      await runMigrations(url, ALL_ENTITIES, { upTo: 'ReviewCyclesCommentsSignOffs1796200550358' });
      const before = await new DataSource(dataSourceOptions(url, ALL_ENTITIES)).initialize();
      const ws = randomUUID();
      try {
        for (const [i, workspace] of [ws, null, ws, ws, null].entries()) {
          await before.query(
            `INSERT INTO audit_events (at, workspace_id, action, subject_type, subject_id, data)
             VALUES ($1, $2, 'test.old', 'Test', gen_random_uuid(), $3)`,
            [new Date(Date.UTC(2025, 0, 1 + i)), workspace, { i, text: 'ünï | 1:2' }],
          );
        }
      } finally {
        await before.destroy();
      }
      await runMigrations(url, ALL_ENTITIES);
      const after = await new DataSource(dataSourceOptions(url, ALL_ENTITIES)).initialize();
      try {
        const rows = await after.query(`SELECT chain, seq::int AS seq, (data->>'i')::int AS i FROM audit_events ORDER BY chain, seq`);
        expect(rows).toEqual([
          { chain: ws, seq: 1, i: 0 },
          { chain: ws, seq: 2, i: 2 },
          { chain: ws, seq: 3, i: 3 },
          { chain: 'platform', seq: 1, i: 1 },
          { chain: 'platform', seq: 2, i: 4 },
        ]);
        expect(await verifyAuditChains((sql, params) => after.query<AuditChainRow[]>(sql, params))).toEqual({ ok: true, chains: 2, rows: 5 });
      } finally {
        await after.destroy();
      }
    } finally {
      await dropDatabase(adminUrl, name);
    }
  }, BOOT_TIMEOUT);
});
