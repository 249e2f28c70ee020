import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Fixtures } from '@mps/api-testing';
import { signIn } from './support/sign-in';
import { BOOT_TIMEOUT, GqlResponse, startTestApp, TestApp } from './support/test-app';

/**
 * Reading the audit log (docs/domain.md rule 8, docs/api.md "Audit log"): newest first in cursor pages, filters by
 * actor, action, subject and time, the chain check, and the CSV download with the same filters and the same rule.
 */

const AUDIT = /* GraphQL */ `
  query Audit($workspaceId: ID!, $first: Int, $after: String, $filter: AuditLogFilter) {
    auditLog(workspaceId: $workspaceId, first: $first, after: $after, filter: $filter) {
      edges { cursor node { id sequence action subjectType subjectId at hash previousHash actor { id } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
const STATUS = /* GraphQL */ `query S($id: ID!) { auditChainStatus(workspaceId: $id) { ok events brokenAtSequence } }`;
type Node = { id: string; sequence: number; action: string; subjectType: string; subjectId: string; at: string; hash: string; previousHash: string | null; actor: { id: string } | null };

const code = (res: GqlResponse) => res.errors?.[0]?.extensions.code;
function nodes(res: GqlResponse): Node[] {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!['auditLog'].edges.map((e: { node: Node }) => e.node);
}

describe('the audit log', () => {
  let t: TestApp;
  let wsId: string;
  let wsSlug: string;
  let orgId: string;
  const tokens: Record<'coordinator' | 'other' | 'focal' | 'observer' | 'admin' | 'stranger', string> = {} as never;
  const ids: Record<'coordinator' | 'other', string> = {} as never;
  let between: string;

  const gql = (query: string, variables: Record<string, unknown>, who: keyof typeof tokens = 'coordinator') =>
    t.gql(query, variables, tokens[who]);
  const csv = (query = '', who: keyof typeof tokens | null = 'coordinator', id = wsId) =>
    fetch(`${t.baseUrl}/exports/workspaces/${id}/audit.csv${query}`, {
      headers: who ? { authorization: `Bearer ${tokens[who]}` } : {},
    });

  beforeAll(async () => {
    t = await startTestApp();
    const fx = new Fixtures(t.dataSource);
    const ws = await fx.workspace();
    wsId = ws.id;
    wsSlug = ws.slug;
    const org = await fx.organization(ws.id);
    orgId = org.id;
    const coordinator = await fx.member(ws.id, org.id, 'COORDINATOR');
    const other = await fx.member(ws.id, org.id, 'COORDINATOR');
    const focal = await fx.member(ws.id, org.id, 'FOCAL_POINT');
    const observer = await fx.member(ws.id, org.id, 'OBSERVER');
    const admin = await fx.user({ isPlatformAdmin: true });
    const elsewhere = await fx.workspace();
    const stranger = await fx.member(elsewhere.id, (await fx.organization(elsewhere.id)).id, 'COORDINATOR');
    ids.coordinator = coordinator.user.id;
    ids.other = other.user.id;
    for (const [who, email] of [
      ['coordinator', coordinator.user.email],
      ['other', other.user.email],
      ['focal', focal.user.email],
      ['observer', observer.user.email],
      ['admin', admin.email],
      ['stranger', stranger.user.email],
    ] as const) {
      tokens[who] = (await signIn(t, email)).accessToken;
    }
    const rename = `mutation R($id: ID!, $name: String!) { renameOrganization(id: $id, name: $name) { id } }`;
    // Five renames by the coordinator, then (after a moment in time) two by the other coordinator; one name is a
    // spreadsheet formula, which the CSV must neutralise.
    for (const name of ['One', 'Two', 'Three', 'Four', '=HYPERLINK("http://evil.test")']) {
      expect(code(await gql(rename, { id: org.id, name }))).toBeUndefined();
    }
    // A time strictly between the two batches, in whole milliseconds as the API's DateTime carries them: just after
    // the last event so far, and passed before the next event is written.
    const [{ b }] = await t.dataSource.query(
      `SELECT date_trunc('milliseconds', max(at)) + interval '1 millisecond' AS b FROM audit_events WHERE chain = $1`,
      [ws.id],
    );
    between = (b as Date).toISOString();
    const deadline = Date.now() + 5000;
    while (!(await t.dataSource.query(`SELECT clock_timestamp() > $1::timestamptz AS past`, [between]))[0].past) {
      if (Date.now() > deadline) throw new Error('The database clock did not pass the boundary');
    }
    for (const name of ['Six', 'Seven']) expect(code(await gql(rename, { id: org.id, name }, 'other'))).toBeUndefined();
  }, BOOT_TIMEOUT);

  afterAll(async () => {
    await t?.close();
  });

  it('lists newest first by sequence, in pages whose cursors stay valid while events are added', async () => {
    const all = nodes(await gql(AUDIT, { workspaceId: wsId }));
    expect(all.map((n) => n.sequence)).toEqual(Array.from({ length: 7 }, (_, i) => 7 - i));
    // Each event names its predecessor's hash.
    for (let i = 0; i < all.length - 1; i++) expect(all[i]!.previousHash).toBe(all[i + 1]!.hash);
    expect(all.at(-1)!.previousHash).toBeNull();

    const first = await gql(AUDIT, { workspaceId: wsId, first: 3 });
    const cursor = first.data!['auditLog'].pageInfo.endCursor;
    await gql(`mutation R($id: ID!) { renameOrganization(id: $id, name: "Eight") { id } }`, { id: orgId });
    const next = nodes(await gql(AUDIT, { workspaceId: wsId, first: 3, after: cursor }));
    expect(next.map((n) => n.sequence)).toEqual([4, 3, 2]);
  });

  it('filters by actor, action, subject and time, and all of them at once', async () => {
    const byOther = nodes(await gql(AUDIT, { workspaceId: wsId, filter: { actorId: ids.other } }));
    expect(byOther.map((n) => n.actor?.id)).toEqual([ids.other, ids.other]);
    const renamed = nodes(await gql(AUDIT, { workspaceId: wsId, filter: { action: 'organization.renamed' } }));
    expect(renamed).toHaveLength(8);
    expect(nodes(await gql(AUDIT, { workspaceId: wsId, filter: { action: 'section.saved' } }))).toEqual([]);
    const subject = nodes(await gql(AUDIT, { workspaceId: wsId, filter: { subjectType: 'Organization', subjectId: orgId } }));
    expect(subject).toHaveLength(8);
    expect(nodes(await gql(AUDIT, { workspaceId: wsId, filter: { subjectId: randomUUID() } }))).toEqual([]);
    const before = nodes(await gql(AUDIT, { workspaceId: wsId, filter: { to: between } }));
    expect(before.map((n) => n.sequence)).toEqual([5, 4, 3, 2, 1]);
    const after = nodes(await gql(AUDIT, { workspaceId: wsId, filter: { from: between, actorId: ids.other, action: 'organization.renamed' } }));
    expect(after.map((n) => n.sequence)).toEqual([7, 6]);
  });

  it('refuses malformed filters with BAD_USER_INPUT and the field at fault', async () => {
    for (const [filter, field] of [
      [{ actorId: 'nope' }, 'filter.actorId'],
      [{ subjectId: '1' }, 'filter.subjectId'],
      [{ action: '' }, 'filter.action'],
      [{ subjectType: 'x'.repeat(201) }, 'filter.subjectType'],
      [{ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'filter.to'],
    ] as const) {
      const res = await gql(AUDIT, { workspaceId: wsId, filter });
      expect({ filter, code: code(res), field: res.errors?.[0]?.extensions['field'] }).toEqual({ filter, code: 'BAD_USER_INPUT', field });
    }
  });

  it('is for coordinators and platform admins only: FORBIDDEN to other roles, NOT_FOUND elsewhere', async () => {
    expect(nodes(await gql(AUDIT, { workspaceId: wsId }, 'admin')).length).toBeGreaterThan(0);
    expect(code(await gql(AUDIT, { workspaceId: wsId }, 'focal'))).toBe('FORBIDDEN');
    expect(code(await gql(AUDIT, { workspaceId: wsId }, 'observer'))).toBe('FORBIDDEN');
    expect(code(await gql(AUDIT, { workspaceId: wsId }, 'stranger'))).toBe('NOT_FOUND');
    expect(code(await gql(STATUS, { id: wsId }, 'focal'))).toBe('FORBIDDEN');
    expect(code(await gql(STATUS, { id: randomUUID() }, 'admin'))).toBe('NOT_FOUND');
  });

  it('checks the chain on request', async () => {
    const res = await gql(STATUS, { id: wsId });
    expect(res.data!['auditChainStatus']).toEqual({ ok: true, events: 8, brokenAtSequence: null });
  });

  it('downloads the filtered log as CSV, newest first, formulas neutralised', async () => {
    const res = await csv(`?actorId=${ids.coordinator}&action=organization.renamed`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="audit-${wsSlug}.csv"`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('Sequence,Time (UTC),Actor,Actor id,Action,Subject type,Subject id,Data,Hash,Previous hash');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['8', '5', '4', '3', '2', '1']);
    expect(text).toContain(`""before"":{""name"":""Four""`);
    expect(text).not.toMatch(/,=HYPERLINK|,"=HYPERLINK/);
    const all = (await (await csv()).text()).trim().split('\r\n');
    expect(all).toHaveLength(9);
  });

  it('refuses the download with the same rule: 401, 403, 404, 400', async () => {
    expect((await csv('', null)).status).toBe(401);
    expect((await csv('', 'focal')).status).toBe(403);
    expect((await csv('', 'stranger')).status).toBe(404);
    expect((await csv('', 'admin', randomUUID())).status).toBe(404);
    expect((await csv('', 'coordinator', 'not-a-uuid')).status).toBe(404);
    expect((await csv('?actorId=nope')).status).toBe(400);
    expect((await csv('?from=yesterday')).status).toBe(400);
    expect((await csv('?action=a&action=b')).status).toBe(400);
    expect((await csv('', 'admin')).status).toBe(200);
  });
});
