import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NotificationDispatcher } from '@mps/api-notifications';
import { DEMO_ASSIGNMENTS, DEMO_REGIONAL_USERS, DEMO_USERS } from '@mps/api-seed';
import { signIn } from './support/sign-in';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

/**
 * The demo workspace is what a newcomer sees first (issue 8 item 11): its review history must obey the same rules as
 * everything else, and show each part of the review loop.
 */
describe('demo workspace', () => {
  let t: TestApp;
  const password = (email: string) => DEMO_USERS.find((u) => u.email === email)!.password;
  const token = async (email: string) => (await signIn(t, email, password(email))).accessToken;

  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'true' });
  }, BOOT_TIMEOUT * 2);
  afterAll(async () => t?.close());

  it('has every revision authored by someone allowed to save that section', async () => {
    const rows: Array<{ key: string; role: string; acronym: string }> = await t.dataSource.query(`
      SELECT s.key, m.role, o.acronym
        FROM revisions r
        JOIN sections s ON s.id = r.section_id
        JOIN profiles p ON p.id = s.profile_id
        JOIN memberships m ON m.user_id = r.author_id AND m.workspace_id = p.workspace_id
        JOIN organizations o ON o.id = m.organization_id`);
    expect(rows.length).toBeGreaterThan(5);
    const refused = rows.filter((r) => r.role !== 'COORDINATOR' && !(r.role === 'FOCAL_POINT' && (DEMO_ASSIGNMENTS[r.key] ?? []).includes(r.acronym)));
    expect(refused).toEqual([]);
  });

  it('shows an open cycle with comments, an applied suggestion, an orphaned thread, partial sign-offs, and a closed earlier cycle', async () => {
    const coordinator = await token('coordinator@demo.example');
    const profiles = await t.gql(`{ workspaces { profiles { id reviewCycles { title status } } } }`, {}, coordinator);
    const profile = profiles.data!['workspaces'][0].profiles[0];
    expect(profile.reviewCycles.map((c: { status: string }) => c.status).sort()).toEqual(['CLOSED', 'OPEN']);

    const res = await t.gql(
      `query ($id: ID!) { profile(id: $id) { sections { key status signOffs { decision organization { acronym } }
          comments(includeResolved: true) { internal resolved anchor { orphaned } suggestion { status } organization { acronym } replies { id } } } } }`,
      { id: profile.id },
      coordinator,
    );
    expect(res.errors).toBeUndefined();
    const byKey = new Map(res.data!['profile'].sections.map((s: { key: string }) => [s.key, s]));
    const section = (key: string) => byKey.get(key) as Record<string, any>;
    expect({
      policy: section('governance.policy').status,
      immigration: section('trends.immigration').status,
      emigration: section('trends.emigration').status,
      economic: section('impact.economic').status,
    }).toEqual({ policy: 'APPROVED', immigration: 'APPROVED', emigration: 'CHANGES_REQUESTED', economic: 'IN_REVIEW' });
    const comments = [...byKey.values()].flatMap((s: any) => s.comments);
    const organisations = new Set(comments.map((c: any) => c.organization.acronym));
    expect({ civilSociety: organisations.has('NMSN'), academia: organisations.has('CMS') }).toEqual({ civilSociety: true, academia: true });
    expect(comments.some((c: any) => c.suggestion?.status === 'APPLIED')).toBe(true);
    expect(comments.some((c: any) => c.anchor?.orphaned)).toBe(true);
    expect(comments.some((c: any) => c.replies.length > 0 && !c.resolved)).toBe(true);
    expect(section('impact.economic').signOffs.map((s: any) => s.organization.acronym)).toEqual(['NMSN']);
  });

  it('shows a civil-society contributor exactly the sections of their cycles, without internal comments', async () => {
    const contributor = await token('contributor@demo.example');
    const profiles = await t.gql(`{ workspaces { profiles { id } } }`, {}, contributor);
    const id = profiles.data!['workspaces'][0].profiles[0].id;
    const res = await t.gql(
      `query ($id: ID!) { profile(id: $id) { sections { key comments(includeResolved: true) { internal } } reviewCycles { title } } }`,
      { id },
      contributor,
    );
    expect(res.errors).toBeUndefined();
    const keys = res.data!['profile'].sections.map((s: { key: string }) => s.key).sort();
    expect(keys).toEqual(['governance.policy', 'impact.economic', 'trends.emigration', 'trends.immigration']);
    const internal = res.data!['profile'].sections.flatMap((s: any) => s.comments).filter((c: any) => c.internal);
    expect(internal).toEqual([]);
  });
  it('has a published earlier edition (2019.1) that the current edition continues, section by section by key', async () => {
    const coordinator = await token('coordinator@demo.example');
    const res = await t.gql(
      `{ workspaces { profiles { edition sections { key } previousEdition { id edition } basedOnRelease { version status }
          releases { version status sections { key number title } } } } }`,
      {},
      coordinator,
    );
    expect(res.errors).toBeUndefined();
    const [current, earlier] = res.data!['workspaces'][0].profiles;
    expect({ current: current.edition, earlier: earlier.edition }).toEqual({ current: '2024', earlier: '2019' });
    expect(current.basedOnRelease).toEqual({ version: '2019.1', status: 'PUBLISHED' });
    expect(current.previousEdition.edition).toBe('2019');
    const [release] = earlier.releases;
    expect(release.sections.map((s: any) => `${s.number} ${s.title}`.trim())).toEqual([
      'Executive summary',
      'A.1 Emigration',
      'A.2 Return migration',
      'B.1 Policy framework',
    ]);
    const currentKeys = new Set(current.sections.map((s: { key: string }) => s.key));
    expect(release.sections.filter((s: { key: string }) => !currentKeys.has(s.key))).toEqual([]);
    // Anyone finds it without signing in; the current edition has no release yet.
    const open = await t.gql(`{ publicReleases(countryCode: "XN") { version status profileTitle edition } }`, {});
    expect(open.data!['publicReleases']).toEqual([
      { version: '2019.1', status: 'PUBLISHED', profileTitle: 'Migration Profile of the Republic of Norland', edition: '2019' },
    ]);
  });

  it('gives every demo member notifications of what happened in the demo, unread, each linking to its object', async () => {
    for (const { id } of await t.dataSource.query(`SELECT id FROM workspaces`)) await t.app.get(NotificationDispatcher).dispatchChain(id, true);
    const kinds: Record<string, string[]> = {};
    for (const user of DEMO_USERS.filter((u) => u.role !== null)) {
      const res = await t.gql(`{ notifications { nodes { kind link readAt } } unreadNotificationCount }`, {}, await token(user.email));
      expect({ user: user.email, errors: res.errors }).toEqual({ user: user.email, errors: undefined });
      const nodes: Array<{ kind: string; link: string; readAt: string | null }> = res.data!['notifications'].nodes;
      expect({ user: user.email, unread: res.data!['unreadNotificationCount'] }).toEqual({ user: user.email, unread: nodes.length });
      expect(nodes.every((n) => /^\/(profiles|review-cycles|releases)/.test(n.link))).toBe(true);
      kinds[user.email] = [...new Set(nodes.map((n) => n.kind))].sort();
    }
    expect(Object.entries(kinds).filter(([, k]) => k.length === 0)).toEqual([]);
    expect(kinds['coordinator@demo.example']).toEqual(['COMMENT_REPLY']);
    expect(kinds['academic@demo.example']).toEqual(expect.arrayContaining(['COMMENT_REPLY', 'SIGN_OFF_REQUESTED', 'RELEASE_PUBLISHED']));
  });

  it('has tasks in every state, some overdue, for several people, and the workflow\'s own tasks from its assignments, cycles and comments', async () => {
    const rows: Array<{ status: string; overdue: boolean; automatic: boolean; kind: string | null }> = await t.dataSource.query(
      `SELECT status, (due_at < now() AND status IN ('OPEN', 'IN_PROGRESS')) AS overdue, source_key IS NOT NULL AS automatic,
              split_part(source_key, ':', 1) AS kind FROM tasks`,
    );
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED']));
    expect(rows.filter((r) => r.overdue).length).toBeGreaterThanOrEqual(2);
    expect(new Set(rows.filter((r) => r.automatic).map((r) => r.kind))).toEqual(new Set(['draft', 'sign-off', 'answer-comments']));
    // One "Draft" task per assignment of the current edition: the same path as assignSection.
    const drafts = rows.filter((r) => r.kind === 'draft').length;
    expect(drafts).toBe(Object.values(DEMO_ASSIGNMENTS).reduce((n, orgs) => n + orgs.length, 0));

    const statistics = await token('focal.statistics@demo.example');
    const [workspace] = (await t.gql(`{ workspaces { id } }`, {}, statistics)).data!['workspaces'];
    const work = await t.gql(`query($ws: ID!) { myWork(workspaceId: $ws) { tasks { title overdue } sections { key } } }`, { ws: workspace.id }, statistics);
    expect(work.errors).toBeUndefined();
    const myWork = work.data!['myWork'];
    expect(myWork.tasks.some((x: { title: string }) => x.title.startsWith('Draft '))).toBe(true);
    expect(myWork.tasks.some((x: { overdue: boolean }) => x.overdue)).toBe(true);
    expect(myWork.sections.map((x: { key: string }) => x.key).sort()).toEqual(
      Object.entries(DEMO_ASSIGNMENTS).filter(([, orgs]) => orgs.includes('NBS')).map(([key]) => key).sort(),
    );
  });

  it('has the starter catalogue (to be confirmed by the TWG), fictional figures from three organisations, one differing figure, and 2019.1 froze only what existed then', async () => {
    const catalogue = await t.dataSource.query(`SELECT count(*)::int AS n, bool_and(to_be_confirmed) AS all_proposed FROM indicators`);
    expect(catalogue[0].n).toBeGreaterThanOrEqual(10);
    expect(catalogue[0].all_proposed).toBe(true);
    const suppliers = await t.dataSource.query(
      `SELECT count(DISTINCT organization_id)::int AS n, bool_and(note LIKE 'Fictional%') AS fictional FROM data_points
        WHERE workspace_id = (SELECT id FROM workspaces WHERE slug = 'norland')`,
    );
    expect(suppliers[0]).toEqual({ n: 3, fictional: true });
    expect((await t.dataSource.query(`SELECT bool_and(note LIKE 'Fictional%') AS fictional FROM data_points`))[0].fictional).toBe(true);
    const differing = await t.dataSource.query(
      `SELECT i.code, p.period, count(DISTINCT p.value)::int AS n FROM data_points p JOIN indicators i ON i.id = p.indicator_id
        GROUP BY p.indicator_id, i.code, p.period, p.sex, p.age_group, p.country_code HAVING count(DISTINCT p.organization_id) > 1`,
    );
    expect(differing).toEqual([{ code: 'IMM.STOCK', period: '2022', n: 2 }]);
    const frozen = await t.dataSource.query(
      `SELECT count(*)::int AS n, max(v.period) AS latest FROM release_indicator_values v JOIN releases r ON r.id = v.release_id WHERE r.version = '2019.1'`,
    );
    expect(frozen[0].n).toBeGreaterThan(0);
    expect(frozen[0].latest <= '2018').toBe(true);
  });
  it('has a regional workspace comparing Norland with two more fictional countries from their published releases', async () => {
    const regional = DEMO_REGIONAL_USERS.find((u) => u.workspace === 'northern-seas')!;
    const access = (await signIn(t, regional.email, regional.password)).accessToken;
    const [workspace] = (await t.gql(`{ workspaces { id kind } }`, {}, access)).data!['workspaces'];
    expect(workspace.kind).toBe('REGIONAL');
    const res = await t.gql(
      `query($w: ID!) { regionalComparison(workspaceId: $w, indicatorCodes: ["IMM.STOCK"]) { countries { name countryCode releases { version } } periods cells { workspaceId period flags } } }`,
      { w: workspace.id },
      access,
    );
    expect(res.errors).toBeUndefined();
    const comparison = res.data!['regionalComparison'];
    expect(comparison.countries.map((c: { countryCode: string }) => c.countryCode).sort()).toEqual(['XE', 'XN', 'XV']);
    expect(comparison.countries.every((c: { releases: unknown[] }) => c.releases.length === 1)).toBe(true);
    const flags = new Set(comparison.cells.flatMap((c: { flags: string[] }) => c.flags));
    expect([...flags]).toEqual(expect.arrayContaining(['DEFINITION_DIFFERS_BETWEEN_COUNTRIES', 'NOT_COMPARABLE', 'NO_FIGURE']));
  });
});
