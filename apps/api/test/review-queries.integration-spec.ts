import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { doc, gqlOk, inDays, OPEN_CYCLE, reviewTwg, ReviewTwg, SIGN_OFF } from './support/reviews';
import { statementsOf } from './support/statements';
import { startTestApp, TestApp } from './support/test-app';

/** The profile screen's list of cycles, with what each row shows. */
const PROFILE_CYCLES = `query($id: ID!) { profile(id: $id) { id reviewCycles {
  id title status closesAt openedAt closedAt closedAutomatically canComment
  openedBy { displayName } closedBy { displayName }
  participants { name } requiredSignatories { name }
  progress { sections sectionsApproved sectionsChangesRequested threads threadsResolved comments dispositionsNeeded dispositionsRecorded signOffsExpected signOffsGiven }
} } }`;

/** The cycle page: its sections with their sign-offs, progress and the sign-off matrix. */
const CYCLE_PAGE = `query($id: ID!) { reviewCycle(id: $id) {
  id title status closesAt canComment profile { id title }
  openedBy { displayName } participants { name } requiredSignatories { name }
  progress { sections sectionsApproved signOffsExpected signOffsGiven threads comments }
  sections { id number title status currentRevision { id number } requiredSignatories { name } canSignOff
    signOffs { decision stale organization { name } user { displayName } } reviewCycles { id } }
  signOffMatrix { section { id number title } cells { organization { name } decision stale awaiting signOff { id decision stale user { displayName } revision { number } } } }
} }`;

/** The web's profile screen outline with each section's review counts (ProfileScreen, OutlineSectionFields). */
const OUTLINE_WITH_COUNTS = `query($id: ID!) { profile(id: $id) { id sections {
  id parentId number numbered title position depth status canEdit assignedOrganizations { id name acronym }
  openThreadCount signOffProgress { reviewCycleId required approved changesRequested }
} reviewCycles { id title status closesAt closedAt } } }`;

describe('review screens issue a constant number of SQL statements (no N+1)', () => {
  let t: TestApp;
  let twg: ReviewTwg;
  /** By size: a profile with that many cycles, and a cycle with that many sections. */
  const manyCycles: Record<number, string> = {};
  const bigCycle: Record<number, string> = {};
  /** By size: the profile of `bigCycle`. */
  const pagedProfile: Record<number, string> = {};

  const addSections = async (profileId: string, count: number): Promise<string[]> => {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const added = await gqlOk(t, `mutation($i: AddSectionInput!) { addSection(input: $i) { id } }`, { i: { profileId, title: `Section ${i}` } }, twg.tokens.coordinator);
      const id = added['addSection'].id as string;
      await gqlOk(t, `mutation($s: ID!, $c: JSON!) { saveSection(input: { sectionId: $s, content: $c }) { id } }`, { s: id, c: doc(`Text ${i}`) }, twg.tokens.coordinator);
      ids.push(id);
    }
    return ids;
  };
  const newProfile = async (title: string) =>
    (await gqlOk(t, `mutation($w: ID!, $t: String!) { createProfile(input: { workspaceId: $w, title: $t, edition: "1" }) { id } }`, { w: twg.workspaceId, t: title }, twg.tokens.coordinator))[
      'createProfile'
    ].id as string;
  const open = async (profileId: string, title: string, sectionIds: string[]) =>
    (
      await gqlOk(
        t,
        OPEN_CYCLE,
        {
          i: {
            profileId,
            title,
            sectionIds,
            participantOrganizationIds: [twg.orgs.ngo, twg.orgs.university],
            requiredSignatoryOrganizationIds: [twg.orgs.university, twg.orgs.labour],
            closesAt: inDays(30),
          },
        },
        twg.tokens.coordinator,
      )
    )['openReviewCycle'].id as string;

  beforeAll(async () => {
    t = await startTestApp();
    twg = await reviewTwg(t);
    for (const size of [10, 100]) {
      const listed = await newProfile(`Cycles ${size}`);
      const sections = await addSections(listed, size);
      for (const [i, sectionId] of sections.entries()) {
        const id = await open(listed, `Cycle ${i}`, [sectionId]);
        // Half of them closed by a coordinator, so that closedBy is loaded too.
        if (i % 2 === 0) await gqlOk(t, `mutation($id: ID!) { closeReviewCycle(id: $id) { id } }`, { id }, twg.tokens.coordinator);
      }
      manyCycles[size] = listed;

      const paged = await newProfile(`Sections ${size}`);
      pagedProfile[size] = paged;
      const pagedSections = await addSections(paged, size);
      bigCycle[size] = await open(paged, `All ${size}`, pagedSections);
      for (const [i, sectionId] of pagedSections.entries()) {
        if (i % 2 !== 0) continue;
        const revisionId = (await t.dataSource.query('SELECT current_revision_id FROM sections WHERE id = $1', [sectionId]))[0].current_revision_id;
        await gqlOk(t, SIGN_OFF, { i: { sectionId, revisionId, decision: i % 4 === 0 ? 'APPROVE' : 'REQUEST_CHANGES' } }, twg.tokens.university);
        // An open thread from a participant on every other section.
        await gqlOk(t, `mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`, { i: { sectionId, revisionId, body: `Comment ${i}` } }, twg.tokens.ngo);
      }
    }
  }, 240_000);
  afterAll(async () => t?.close());

  it('lists 10 and 100 cycles of a profile with the same number of statements', async () => {
    const small = await statementsOf(t, PROFILE_CYCLES, { id: manyCycles[10] }, twg.tokens.coordinator);
    const large = await statementsOf(t, PROFILE_CYCLES, { id: manyCycles[100] }, twg.tokens.coordinator);
    expect({ small: small.data['profile'].reviewCycles.length, large: large.data['profile'].reviewCycles.length }).toEqual({ small: 10, large: 100 });
    expect(large.statements.length).toBe(small.statements.length);
    // Contributors see the same list through the same batched loads.
    const contributor = await statementsOf(t, PROFILE_CYCLES, { id: manyCycles[100] }, twg.tokens.ngo);
    expect(contributor.data['profile'].reviewCycles.length).toBe(100);
    expect(contributor.statements.length).toBeLessThanOrEqual(small.statements.length + 1);
  });

  it('shows a cycle page of 10 and of 100 sections with the same number of statements', async () => {
    const small = await statementsOf(t, CYCLE_PAGE, { id: bigCycle[10] }, twg.tokens.coordinator);
    const large = await statementsOf(t, CYCLE_PAGE, { id: bigCycle[100] }, twg.tokens.coordinator);
    const page = large.data['reviewCycle'];
    expect({
      sections: page.sections.length,
      rows: page.signOffMatrix.length,
      cells: page.signOffMatrix[0].cells.length,
      given: page.progress.signOffsGiven,
      expected: page.progress.signOffsExpected,
    }).toEqual({ sections: 100, rows: 100, cells: 2, given: 50, expected: 200 });
    expect(large.statements.length).toBe(small.statements.length);
  });

  it("shows the profile screen's outline with 10 and 100 sections' review counts with the same number of statements", async () => {
    const small = await statementsOf(t, OUTLINE_WITH_COUNTS, { id: pagedProfile[10] }, twg.tokens.coordinator);
    const large = await statementsOf(t, OUTLINE_WITH_COUNTS, { id: pagedProfile[100] }, twg.tokens.coordinator);
    const sections: Array<{ openThreadCount: number; signOffProgress: { required: number; approved: number; changesRequested: number } }> = large.data['profile'].sections;
    expect({
      sections: sections.length,
      threads: sections.reduce((n, s) => n + s.openThreadCount, 0),
      approved: sections.reduce((n, s) => n + s.signOffProgress.approved, 0),
      changesRequested: sections.reduce((n, s) => n + s.signOffProgress.changesRequested, 0),
      required: new Set(sections.map((s) => s.signOffProgress.required)),
    }).toEqual({ sections: 100, threads: 50, approved: 25, changesRequested: 25, required: new Set([2]) });
    expect(large.statements.length).toBe(small.statements.length);
    // Both fields share one statement, whatever the number of sections.
    expect(large.statements.filter((sql) => /\bsign_offs\b/i.test(sql))).toHaveLength(1);
    expect(large.statements.filter((sql) => /\bcomments\b/i.test(sql))).toHaveLength(1);
    // A contributor's counts are filtered by their cycles (read once per request), still not per section.
    const contributorSmall = await statementsOf(t, OUTLINE_WITH_COUNTS, { id: pagedProfile[10] }, twg.tokens.ngo);
    const contributor = await statementsOf(t, OUTLINE_WITH_COUNTS, { id: pagedProfile[100] }, twg.tokens.ngo);
    expect(contributor.data['profile'].sections.reduce((n: number, s: { openThreadCount: number }) => n + s.openThreadCount, 0)).toBe(50);
    expect(contributor.statements.length).toBe(contributorSmall.statements.length);
  });
});
