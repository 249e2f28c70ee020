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
    // Guard + access + profile + sections + revisions + users + assignments + organisations + edit rights.
    expect(large.count).toBeLessThanOrEqual(12);
  });

  it('answers an outline mutation with what the transaction produced, reading nothing again after the commit', async () => {
    const sectionId = (await t.dataSource.query('SELECT id FROM sections WHERE profile_id = $1 LIMIT 1', [profiles[10]]))[0].id;
    const { statements } = await statementsOf(t, `mutation($s: ID!) { renameSection(id: $s, title: "Renamed") { id number title } }`, { s: sectionId }, token);
    const commit = statements.findIndex((sql) => sql === 'COMMIT');
    expect(commit).toBeGreaterThan(0);
    expect(statements.slice(commit + 1)).toEqual([]);
  });
});
