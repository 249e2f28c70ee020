import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Fixtures } from '@mps/api-testing';
import { signIn } from './support/sign-in';
import { BOOT_TIMEOUT, GqlResponse, startTestApp, TestApp } from './support/test-app';

/**
 * My work (docs/domain.md "My work"): one query answers, for the caller's role, their and their organisation's open
 * tasks, a coordinator's overdue tasks, their organisation's sections, sign-offs due, threads waiting for their
 * side's reply and cycles closing soon; never another workspace's, never what the caller may not read.
 */

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const DAY = 24 * 60 * 60 * 1000;
const MY_WORK = `query($ws: ID!) { myWork(workspaceId: $ws) {
  role organization { id }
  tasks { id title overdue section { id } } openTaskCount
  overdueTasks { id } overdueTaskCount
  sections { id title status profile { id } }
  signOffsDue { section { id } reviewCycle { id } }
  threadsAwaitingReply { id section { id } } threadsAwaitingReplyCount
  closingCycles { id }
} }`;

type Person = 'coordinator' | 'focal' | 'contributor' | 'observer' | 'outsider';

describe('myWork', () => {
  let t: TestApp;
  let workspaceId: string;
  let tokens: Record<Person, string>;
  let orgs: Record<'ministry' | 'statistics' | 'ngo', string>;
  let ids: { assigned: string; other: string; cycle: string; thread: string; late: string; mineLater: string };
  const gql = (query: string, variables: Record<string, unknown>, who: Person): Promise<GqlResponse> => t.gql(query, variables, tokens[who]);
  const must = async (query: string, variables: Record<string, unknown>, who: Person) => {
    const res = await gql(query, variables, who);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const work = async (who: Person) => (await must(MY_WORK, { ws: workspaceId }, who))['myWork'];

  beforeAll(async () => {
    t = await startTestApp();
    const f = new Fixtures(t.dataSource);
    const ws = await f.workspace();
    workspaceId = ws.id;
    const ministry = await f.organization(ws.id, { name: 'Ministry', acronym: 'MIN' });
    const statistics = await f.organization(ws.id, { name: 'Statistics Office', acronym: 'NSO' });
    const ngo = await f.organization(ws.id, { name: 'Migrant Network', kind: 'CIVIL_SOCIETY' });
    orgs = { ministry: ministry.id, statistics: statistics.id, ngo: ngo.id };
    const elsewhere = await f.workspace();
    const people = {
      coordinator: await f.member(ws.id, ministry.id, 'COORDINATOR'),
      focal: await f.member(ws.id, statistics.id, 'FOCAL_POINT'),
      contributor: await f.member(ws.id, ngo.id, 'CONTRIBUTOR'),
      observer: await f.member(ws.id, ministry.id, 'OBSERVER'),
      outsider: await f.member(elsewhere.id, (await f.organization(elsewhere.id)).id, 'COORDINATOR'),
    };
    tokens = Object.fromEntries(await Promise.all(Object.entries(people).map(async ([k, v]) => [k, (await signIn(t, v.user.email)).accessToken]))) as typeof tokens;
    const profileId = (
      await must(`mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`, { input: { workspaceId, title: 'Profile', edition: '2024' } }, 'coordinator')
    )['createProfile'].id as string;
    const add = async (title: string) =>
      (await must(`mutation($input: AddSectionInput!) { addSection(input: $input) { id } }`, { input: { profileId, title } }, 'coordinator'))['addSection'].id as string;
    const assigned = await add('Emigration');
    const other = await add('Health');
    const reviewed = await add('Labour market');
    for (const s of [assigned, reviewed]) {
      await must(`mutation($s: ID!, $o: [ID!]!) { assignSection(sectionId: $s, organizationIds: $o) { id } }`, { s, o: [statistics.id] }, 'coordinator');
    }
    const saved = async (sectionId: string, text: string) =>
      (await must(`mutation($input: SaveSectionInput!) { saveSection(input: $input) { id } }`, { input: { sectionId, baseRevisionId: null, content: doc(text) } }, 'coordinator'))[
        'saveSection'
      ].id as string;
    const revisionId = await saved(reviewed, 'Unemployment fell.');
    await saved(other, 'Doctors leave.');
    const cycle = (
      await must(
        `mutation($input: OpenReviewCycleInput!) { openReviewCycle(input: $input) { id } }`,
        {
          input: {
            profileId,
            title: 'Labour review',
            sectionIds: [reviewed],
            participantOrganizationIds: [ngo.id],
            requiredSignatoryOrganizationIds: [ngo.id, statistics.id],
            closesAt: new Date(Date.now() + 3 * DAY).toISOString(),
          },
        },
        'coordinator',
      )
    )['openReviewCycle'].id as string;
    const thread = (
      await must(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { sectionId: reviewed, revisionId, body: 'Which survey?' } }, 'contributor')
    )['addComment'].id as string;
    const create = async (input: Record<string, unknown>) =>
      (await must(`mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`, { input: { profileId, ...input } }, 'coordinator'))['createTask'].id as string;
    const late = await create({ title: 'Send the tables', assigneeOrganizationId: statistics.id, dueAt: new Date(Date.now() - DAY).toISOString(), sectionId: assigned });
    const mineLater = await create({ title: 'Check the annex', assigneeOrganizationId: statistics.id, dueAt: new Date(Date.now() + 9 * DAY).toISOString() });
    ids = { assigned, other, cycle, thread, late, mineLater };
  }, BOOT_TIMEOUT);
  afterAll(async () => t?.close());

  it("shows a focal point their organisation's tasks (overdue first), sections, sign-offs due and threads waiting for their reply", async () => {
    const w = await work('focal');
    expect(w.role).toBe('FOCAL_POINT');
    expect(w.organization).toEqual({ id: orgs.statistics });
    // The draft tasks of the two assignments (one done: its section went to review), the answer task, the sign-off task and the two made by hand.
    const titles = (w.tasks as Array<{ title: string }>).map((x) => x.title);
    expect(titles[0]).toBe('Send the tables');
    expect(w.tasks[0].overdue).toBe(true);
    expect(titles).toEqual(expect.arrayContaining(['Send the tables', 'Check the annex', expect.stringMatching(/^Draft .*Emigration$/), expect.stringMatching(/^Answer the comments on/), expect.stringMatching(/^Review and sign off/)]));
    expect(titles.some((x) => /^Draft .*Labour market$/.test(x))).toBe(false);
    expect(w.openTaskCount).toBe(w.tasks.length);
    expect(w.overdueTasks).toEqual([]);
    expect((w.sections as Array<{ id: string }>).map((s) => s.id).sort()).toEqual([ids.assigned, (w.signOffsDue[0] as { section: { id: string } }).section.id].sort());
    expect(w.signOffsDue).toEqual([{ section: { id: expect.any(String) }, reviewCycle: { id: ids.cycle } }]);
    expect(w.threadsAwaitingReply.map((c: { id: string }) => c.id)).toEqual([ids.thread]);
    expect(w.closingCycles).toEqual([{ id: ids.cycle }]);
  });

  it('shows a coordinator the overdue tasks to chase and the threads of open cycles', async () => {
    const w = await work('coordinator');
    expect(w.role).toBe('COORDINATOR');
    expect(w.overdueTasks.map((x: { id: string }) => x.id)).toEqual([ids.late]);
    expect(w.overdueTaskCount).toBe(1);
    expect(w.threadsAwaitingReply.map((c: { id: string }) => c.id)).toEqual([ids.thread]);
    expect(w.tasks).toEqual([]);
  });

  it("shows a contributor only their cycles' work, and a thread once another organisation answered it", async () => {
    let w = await work('contributor');
    expect(w.role).toBe('CONTRIBUTOR');
    expect(w.tasks.map((x: { title: string }) => x.title)).toEqual([expect.stringMatching(/^Review and sign off/)]);
    expect(w.signOffsDue.map((s: { reviewCycle: { id: string } }) => s.reviewCycle.id)).toEqual([ids.cycle]);
    expect(w.closingCycles).toEqual([{ id: ids.cycle }]);
    expect(w.sections).toEqual([]);
    expect(w.threadsAwaitingReply).toEqual([]);
    const [thread] = await t.dataSource.query('SELECT section_id, revision_id FROM comments WHERE id = $1', [ids.thread]);
    await must(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { sectionId: thread.section_id, revisionId: thread.revision_id, body: 'The labour force survey.', parentId: ids.thread } }, 'focal');
    w = await work('contributor');
    expect(w.threadsAwaitingReply.map((c: { id: string }) => c.id)).toEqual([ids.thread]);
    // Answered by the focal point: no longer waiting for them.
    expect((await work('focal')).threadsAwaitingReply).toEqual([]);
  });

  it('shows an observer what is in review, and nothing to do', async () => {
    const w = await work('observer');
    expect({ role: w.role, tasks: w.tasks, signOffsDue: w.signOffsDue, threads: w.threadsAwaitingReply, closing: w.closingCycles }).toEqual({
      role: 'OBSERVER',
      tasks: [],
      signOffsDue: [],
      threads: [],
      closing: [{ id: ids.cycle }],
    });
  });

  it("is NOT_FOUND for another workspace's member", async () => {
    const res = await gql(MY_WORK, { ws: workspaceId }, 'outsider');
    expect(res.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
