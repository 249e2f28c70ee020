import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Fixtures } from '@mps/api-testing';
import { signIn } from './support/sign-in';
import { statementsOf } from './support/statements';
import { startTestApp, TestApp } from './support/test-app';

/** What the profile screen loads: the whole outline with current revisions, authors and assignments. */
const PROFILE_SCREEN = `query($id: ID!) {
  profile(id: $id) {
    id title edition workspace { id name }
    sections {
      id parentId number title status canEdit profile { id }
      assignedOrganizations { id name acronym }
      currentRevision { id number text author { displayName } }
    }
  }
}`;

/** The profile screen query of `npm run bench`. */
const BENCH_SCREEN = `query($id: ID!) { profile(id: $id) { id title edition sections { id parentId number title status assignedOrganizations { id name } currentRevision { id number html } } } }`;

/** The web's ProfileScreen (profile-documents.ts), as `npm run bench` sends it. */
const WEB_SCREEN = `query($id: ID!) { profile(id: $id) {
  id title edition createdAt
  workspace { id name myRole organizations { id name acronym } }
  sections { id parentId number numbered title position depth status canEdit assignedOrganizations { id name acronym }
    openThreadCount signOffProgress { reviewCycleId required approved changesRequested } currentRevision { id number html } }
  reviewCycles { id title status closesAt closedAt }
} }`;

describe('profile loading issues a constant number of SQL statements (no N+1)', () => {
  let t: TestApp;
  let token: string;
  const profiles: Record<number, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const f = new Fixtures(t.dataSource);
    const ws = await f.workspace();
    const orgs = [await f.organization(ws.id), await f.organization(ws.id), await f.organization(ws.id)];
    const { user } = await f.member(ws.id, orgs[0]!.id, 'COORDINATOR');
    token = (await signIn(t, user.email)).accessToken;
    for (const size of [10, 100]) {
      const created = await t.gql(`mutation($w: ID!) { createProfile(input: { workspaceId: $w, title: "P${size}", edition: "1" }) { id } }`, { w: ws.id }, token);
      const profileId = created.data!['createProfile'].id as string;
      profiles[size] = profileId;
      let chapter: string | null = null;
      for (let i = 0; i < size; i += 1) {
        const parentId = i % 10 === 0 ? null : chapter;
        const added = await t.gql(`mutation($i: AddSectionInput!) { addSection(input: $i) { id } }`, { i: { profileId, title: `Section ${i}`, parentId } }, token);
        const sectionId = added.data!['addSection'].id as string;
        if (i % 10 === 0) chapter = sectionId;
        await t.gql(`mutation($s: ID!, $o: [ID!]!) { assignSection(sectionId: $s, organizationIds: $o) { id } }`, { s: sectionId, o: [orgs[i % 3]!.id, orgs[(i + 1) % 3]!.id] }, token);
        await t.gql(`mutation($s: ID!) { saveSection(input: { sectionId: $s, content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Text ${i}" }] }] } }) { id } }`, { s: sectionId }, token);
      }
    }
  }, 120_000);
  afterAll(async () => t?.close());

  async function countStatements(profileId: string): Promise<{ count: number; sections: number }> {
    const { statements, data } = await statementsOf(t, PROFILE_SCREEN, { id: profileId }, token);
    return { count: statements.length, sections: data['profile'].sections.length };
  }

  it('counts the same statements for 10 and for 100 sections', async () => {
    const small = await countStatements(profiles[10]!);
    const large = await countStatements(profiles[100]!);
    expect(small.sections).toBe(10);
    expect(large.sections).toBe(100);
    expect(large.count).toBe(small.count);
    // Session, profile with the caller's membership and its workspace, the outline with current revisions and
    // assigned organisations, authors, each section's profile (one batch). It was 12 before the outline read its
    // details in one statement, 8 before it read the assigned organisations' rows and the profile its workspace,
    // 6 before the profile's statement read the caller's membership.
    expect(large.count).toBeLessThanOrEqual(5);
  });

  /** Statements that read revisions' ProseMirror JSON (`content`), by TypeORM's alias or by column name. */
  const readsContent = (sql: string) => /\brevisions\b/i.test(sql) && /(^|[\s,."])content("|\s|,|$)/i.test(sql.replace(/content_hash/g, ''));

  it('reads the profile screen in three statements, without the revisions\' content it does not show', async () => {
    const { statements, data } = await statementsOf(t, BENCH_SCREEN, { id: profiles[100]! }, token);
    expect(data['profile'].sections).toHaveLength(100);
    expect(data['profile'].sections[1].currentRevision.html).toContain('Text 1');
    // Session, profile with the caller's membership, the outline with its current revisions and assigned organisations.
    expect(statements).toHaveLength(3);
    expect(statements.filter((sql) => /\borganizations\b/i.test(sql))).toHaveLength(1);
    expect(statements.filter(readsContent)).toEqual([]);
    expect(statements.filter((sql) => /\brevisions\b/i.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => /\bsection_assignments\b/i.test(sql))).toHaveLength(1);
  });

  it('reads the content of the revisions asked for, in one more statement', async () => {
    const query = `query($id: ID!) { profile(id: $id) { sections { id currentRevision { id content } } } }`;
    const { statements, data } = await statementsOf(t, query, { id: profiles[10]! }, token);
    expect(statements.filter(readsContent)).toHaveLength(1);
    const section = data['profile'].sections.find((s: { currentRevision: unknown }) => s.currentRevision);
    expect(section.currentRevision.content).toMatchObject({ type: 'doc' });
  });

  it('reads the outline alone when the query asks nothing of its sections\' revisions or assignments', async () => {
    const { statements } = await statementsOf(t, `query($id: ID!) { profile(id: $id) { sections { id number title } } }`, { id: profiles[10]! }, token);
    expect(statements.filter((sql) => /\b(revisions|section_assignments)\b/i.test(sql))).toEqual([]);
  });

  it("reads the web's whole profile screen (workspace and its organisations, review cycles and counts) in four statements", async () => {
    const { statements, data } = await statementsOf(t, WEB_SCREEN, { id: profiles[100]! }, token);
    expect(data['profile'].sections).toHaveLength(100);
    expect(data['profile'].workspace.organizations).toHaveLength(3);
    // Session; profile with membership, workspace and organisations; the outline; the review cycles with the counts.
    expect(statements).toHaveLength(4);
  });

  it('gives the same organisations from the profile\'s statement as from their own', async () => {
    const alone = await statementsOf(t, `query($id: ID!) { profile(id: $id) { workspaceId: id } workspaces { id organizations { id name acronym } } }`, { id: profiles[10]! }, token);
    const joined = await statementsOf(t, `query($id: ID!) { profile(id: $id) { workspace { id organizations { id name acronym } } } }`, { id: profiles[10]! }, token);
    const ws = joined.data['profile'].workspace;
    expect(alone.data['workspaces'].find((w: { id: string }) => w.id === ws.id).organizations).toEqual(ws.organizations);
    expect(joined.statements.filter((sql) => /\borganizations\b/i.test(sql))).toHaveLength(1);
  });

  it('answers { me { id } } from the session check alone, and reads the user for anything more', async () => {
    const bare = await statementsOf(t, '{ me { id } }', {}, token);
    expect(bare.statements).toHaveLength(1);
    const more = await statementsOf(t, '{ me { id displayName } }', {}, token);
    expect(more.statements).toHaveLength(2);
    expect(more.data['me'].id).toBe(bare.data['me'].id);
  });

  it('gives the same revision through a fragment as through the field', async () => {
    const direct = await statementsOf(t, BENCH_SCREEN, { id: profiles[10]! }, token);
    const viaFragment = await statementsOf(
      t,
      `query($id: ID!) { profile(id: $id) { id title edition sections { ...S } } } fragment S on Section { id parentId number title status ... on Section { assignedOrganizations { id name } } currentRevision { id number html } }`,
      { id: profiles[10]! },
      token,
    );
    expect(viaFragment.data).toEqual(direct.data);
    expect(viaFragment.statements).toHaveLength(direct.statements.length);
  });

  it('reads a section\'s history without its revisions\' content', async () => {
    const sectionId = (await t.dataSource.query('SELECT id FROM sections WHERE profile_id = $1 AND current_revision_id IS NOT NULL LIMIT 1', [profiles[10]]))[0].id;
    const { statements, data } = await statementsOf(t, `query($s: ID!) { section(id: $s) { revisions { id number summary createdAt author { displayName } } } }`, { s: sectionId }, token);
    expect(data['section'].revisions.length).toBeGreaterThan(0);
    expect(typeof data['section'].revisions[0].createdAt).toBe('string');
    expect(statements.filter(readsContent)).toEqual([]);
  });

  it('answers an outline mutation with what the transaction produced, reading nothing again after the commit', async () => {
    const sectionId = (await t.dataSource.query('SELECT id FROM sections WHERE profile_id = $1 LIMIT 1', [profiles[10]]))[0].id;
    const { statements, runners } = await statementsOf(t, `mutation($s: ID!) { renameSection(id: $s, title: "Renamed") { id number title } }`, { s: sectionId }, token);
    const commit = statements.findIndex((sql) => sql === 'COMMIT');
    expect(commit).toBeGreaterThan(0);
    // Background work the commit set off (the notification dispatcher reading the new audit event) runs in its own
    // transactions on its own connections; what must not happen is the resolver reading again outside one.
    const background = new Set(runners.filter((runner, i) => i > commit && statements[i] === 'START TRANSACTION'));
    expect(statements.filter((_, i) => i > commit && !background.has(runners[i]))).toEqual([]);
  });
});
