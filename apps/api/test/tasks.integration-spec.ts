import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EventBus } from '@mps/api-core';
import { ReviewCyclesService } from '@mps/api-reviews';
import { Fixtures } from '@mps/api-testing';
import type { DomainEvent } from '@mps/shared-domain';
import { signIn } from './support/sign-in';
import { BOOT_TIMEOUT, GqlResponse, startTestApp, TestApp } from './support/test-app';

/**
 * Tasks (docs/domain.md "Tasks"): createTask, setTaskStatus and myTasks (access, validation, the status filter,
 * organisation tasks visible to every member, overdue), two members taking one organisation task at once, and every
 * task the workflow creates and completes (Draft, Review and sign off, Answer the comments): created in the change's
 * transaction, never duplicated, completed or cancelled when the facts say so.
 */

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const DAY = 24 * 60 * 60 * 1000;
const TASK_FIELDS = `id title description status overdue automatic dueAt assignee { id } assigneeOrganization { id } section { id number title } reviewCycle { id } statusChoices`;
const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${TASK_FIELDS} } }`;
const SET_STATUS = `mutation($id: ID!, $status: TaskStatus!) { setTaskStatus(id: $id, status: $status) { ${TASK_FIELDS} } }`;
const MY_TASKS = `query($status: TaskStatus) { myTasks(status: $status) { ${TASK_FIELDS} } }`;
const ASSIGN = `mutation($s: ID!, $o: [ID!]!) { assignSection(sectionId: $s, organizationIds: $o) { id } }`;
const OPEN_CYCLE = `mutation($input: OpenReviewCycleInput!) { openReviewCycle(input: $input) { id } }`;

type Person = 'coordinator' | 'focal' | 'focal2' | 'otherFocal' | 'contributor' | 'observer' | 'outsider';
type TaskRow = { id: string; title: string; status: string; overdue: boolean; automatic: boolean; assigneeOrganization: { id: string } | null; assignee: { id: string } | null; section: { id: string } | null; reviewCycle: { id: string } | null; statusChoices: string[] };

describe('tasks', () => {
  let t: TestApp;
  let f: Fixtures;
  let workspaceId: string;
  let profileId: string;
  let orgs: Record<'ministry' | 'statistics' | 'ngo' | 'academy', string>;
  let users: Record<Person, string>;
  let tokens: Record<Person, string>;
  const events: DomainEvent[] = [];
  const gql = (query: string, variables: Record<string, unknown>, who: Person): Promise<GqlResponse> => t.gql(query, variables, tokens[who]);
  const must = async (query: string, variables: Record<string, unknown>, who: Person) => {
    const res = await gql(query, variables, who);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const code = (res: GqlResponse) => ({ code: res.errors?.[0]?.extensions?.['code'], field: res.errors?.[0]?.extensions?.['field'] });
  const addSection = async (title: string) =>
    (await must(`mutation($input: AddSectionInput!) { addSection(input: $input) { id } }`, { input: { profileId, title } }, 'coordinator'))['addSection'].id as string;
  const save = async (sectionId: string, text: string, who: Person = 'coordinator') => {
    const [row] = await t.dataSource.query('SELECT current_revision_id AS id FROM sections WHERE id = $1', [sectionId]);
    return (
      await must(`mutation($input: SaveSectionInput!) { saveSection(input: $input) { id } }`, { input: { sectionId, baseRevisionId: row.id, content: doc(text) } }, who)
    )['saveSection'].id as string;
  };
  /** The automatic tasks whose source key starts with `prefix`, by organisation. */
  const automatic = async (prefix: string): Promise<Array<{ id: string; status: string; org: string; title: string; due_at: Date | null }>> =>
    t.dataSource.query(
      `SELECT id, status, assignee_organization_id AS org, title, due_at FROM tasks WHERE source_key LIKE $1 || '%' ORDER BY title, assignee_organization_id`,
      [prefix],
    );
  const mine = async (who: Person, status?: string) => (await must(MY_TASKS, { status: status ?? null }, who))['myTasks'] as TaskRow[];

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t.dataSource);
    t.app.get(EventBus).subscribe((event) => events.push(event));
    const ws = await f.workspace();
    workspaceId = ws.id;
    const ministry = await f.organization(ws.id, { name: 'Ministry of Labour', acronym: 'MoL' });
    const statistics = await f.organization(ws.id, { name: 'Statistics Office', acronym: 'NSO' });
    const ngo = await f.organization(ws.id, { name: 'Migrant Network', kind: 'CIVIL_SOCIETY' });
    const academy = await f.organization(ws.id, { name: 'Centre for Migration Studies', acronym: 'CMS', kind: 'ACADEMIA' });
    orgs = { ministry: ministry.id, statistics: statistics.id, ngo: ngo.id, academy: academy.id };
    const elsewhere = await f.workspace();
    const people = {
      coordinator: await f.member(ws.id, ministry.id, 'COORDINATOR'),
      focal: await f.member(ws.id, statistics.id, 'FOCAL_POINT'),
      focal2: await f.member(ws.id, statistics.id, 'FOCAL_POINT'),
      otherFocal: await f.member(ws.id, ministry.id, 'FOCAL_POINT'),
      contributor: await f.member(ws.id, ngo.id, 'CONTRIBUTOR'),
      observer: await f.member(ws.id, academy.id, 'OBSERVER'),
      outsider: await f.member(elsewhere.id, (await f.organization(elsewhere.id)).id, 'COORDINATOR'),
    };
    users = Object.fromEntries(Object.entries(people).map(([k, v]) => [k, v.user.id])) as typeof users;
    tokens = Object.fromEntries(await Promise.all(Object.entries(people).map(async ([k, v]) => [k, (await signIn(t, v.user.email)).accessToken]))) as typeof tokens;
    profileId = (
      await must(`mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`, { input: { workspaceId, title: 'Migration Profile of Norland', edition: '2024' } }, 'coordinator')
    )['createProfile'].id;
  }, BOOT_TIMEOUT);
  afterAll(async () => t?.close());

  describe('created by hand', () => {
    it('gives an organisation task to every member of the organisation, and to nobody else', async () => {
      const sectionId = await addSection('Emigration');
      const created = await must(
        CREATE,
        { input: { profileId, sectionId, title: '  Send the 2023 survey tables  ', description: 'Both sexes, by age group.', assigneeOrganizationId: orgs.statistics, dueAt: new Date(Date.now() + 7 * DAY).toISOString() } },
        'coordinator',
      );
      const task = created['createTask'] as TaskRow;
      expect(task).toMatchObject({ title: 'Send the 2023 survey tables', status: 'OPEN', overdue: false, automatic: false, assignee: null, assigneeOrganization: { id: orgs.statistics }, section: { id: sectionId } });
      for (const who of ['focal', 'focal2'] as const) {
        const listed = (await mine(who)).find((x) => x.id === task.id);
        expect({ who, listed: listed?.statusChoices }).toEqual({ who, listed: ['IN_PROGRESS', 'DONE'] });
      }
      for (const who of ['otherFocal', 'contributor', 'observer', 'outsider'] as const) {
        expect({ who, listed: (await mine(who)).some((x) => x.id === task.id) }).toEqual({ who, listed: false });
      }
      const [audit] = await t.dataSource.query(`SELECT actor_id, data->>'automatic' AS automatic FROM audit_events WHERE action = 'task.created' AND subject_id = $1`, [task.id]);
      expect(audit).toEqual({ actor_id: users.coordinator, automatic: 'false' });
      expect(events.some((e) => e.type === 'TASK_CREATED' && 'taskId' in e && e.taskId === task.id)).toBe(true);
    });

    it('gives a person task to that person only', async () => {
      const task = (await must(CREATE, { input: { profileId, title: 'Check the remittance figure', assigneeUserId: users.contributor } }, 'coordinator'))['createTask'] as TaskRow;
      expect(task.assignee).toEqual({ id: users.contributor });
      expect((await mine('contributor')).some((x) => x.id === task.id)).toBe(true);
      expect((await mine('focal')).some((x) => x.id === task.id)).toBe(false);
    });

    it('refuses bad input with the field to fix, and ids of other workspaces as NOT_FOUND', async () => {
      const outsiderOrg = (await t.dataSource.query('SELECT organization_id AS id FROM memberships WHERE user_id = $1', [users.outsider]))[0].id;
      const cases: Array<[string, Record<string, unknown>, { code: string; field?: string }]> = [
        ['no assignee', { title: 'x' }, { code: 'BAD_USER_INPUT', field: 'assigneeUserId' }],
        ['two assignees', { title: 'x', assigneeUserId: users.focal, assigneeOrganizationId: orgs.statistics }, { code: 'BAD_USER_INPUT', field: 'assigneeUserId' }],
        ['empty title', { title: '   ', assigneeOrganizationId: orgs.statistics }, { code: 'BAD_USER_INPUT', field: 'title' }],
        ['huge title', { title: 'x'.repeat(201), assigneeOrganizationId: orgs.statistics }, { code: 'BAD_USER_INPUT', field: 'title' }],
        ['huge description', { title: 'x', description: 'y'.repeat(2001), assigneeOrganizationId: orgs.statistics }, { code: 'BAD_USER_INPUT', field: 'description' }],
        ['absurd due date', { title: 'x', assigneeOrganizationId: orgs.statistics, dueAt: '9999-01-01T00:00:00Z' }, { code: 'BAD_USER_INPUT', field: 'dueAt' }],
        ['observer assignee', { title: 'x', assigneeUserId: users.observer }, { code: 'BAD_USER_INPUT', field: 'assigneeUserId' }],
        ['outsider assignee', { title: 'x', assigneeUserId: users.outsider }, { code: 'NOT_FOUND' }],
        ["another workspace's organisation", { title: 'x', assigneeOrganizationId: outsiderOrg }, { code: 'NOT_FOUND' }],
        ['not an id', { title: 'x', assigneeOrganizationId: 'nope' }, { code: 'NOT_FOUND' }],
        ['unknown section', { title: 'x', assigneeOrganizationId: orgs.statistics, sectionId: '00000000-0000-4000-8000-000000000000' }, { code: 'NOT_FOUND' }],
      ];
      for (const [name, input, expected] of cases) {
        const res = await gql(CREATE, { input: { profileId, ...input } }, 'coordinator');
        expect({ name, ...code(res) }).toEqual({ name, field: undefined, ...expected });
      }
    });

    it('lets coordinators create for anyone, focal points for their own organisation, and nobody else', async () => {
      const forStatistics = { profileId, title: 'Our task', assigneeOrganizationId: orgs.statistics };
      expect(code(await gql(CREATE, { input: forStatistics }, 'focal'))).toEqual({ code: undefined, field: undefined });
      expect(code(await gql(CREATE, { input: { profileId, title: 'A colleague', assigneeUserId: users.focal2 } }, 'focal'))).toEqual({ code: undefined, field: undefined });
      expect(code(await gql(CREATE, { input: { ...forStatistics, assigneeOrganizationId: orgs.ministry } }, 'focal')).code).toBe('FORBIDDEN');
      expect(code(await gql(CREATE, { input: { profileId, title: 'x', assigneeUserId: users.otherFocal } }, 'focal')).code).toBe('FORBIDDEN');
      expect(code(await gql(CREATE, { input: forStatistics }, 'contributor')).code).toBe('FORBIDDEN');
      expect(code(await gql(CREATE, { input: forStatistics }, 'observer')).code).toBe('FORBIDDEN');
      expect(code(await gql(CREATE, { input: forStatistics }, 'outsider')).code).toBe('NOT_FOUND');
    });
  });

  describe('status', () => {
    const organisationTask = async () =>
      ((await must(CREATE, { input: { profileId, title: `Task ${Math.random()}`, assigneeOrganizationId: orgs.statistics } }, 'coordinator'))['createTask'] as TaskRow).id;

    it('moves by the assignee organisation and coordinators; cancelling is for coordinators; others are refused', async () => {
      const id = await organisationTask();
      expect((await must(SET_STATUS, { id, status: 'DONE' }, 'focal2'))['setTaskStatus'].status).toBe('DONE');
      expect((await must(SET_STATUS, { id, status: 'OPEN' }, 'focal'))['setTaskStatus'].status).toBe('OPEN');
      expect(code(await gql(SET_STATUS, { id, status: 'CANCELLED' }, 'focal')).code).toBe('FORBIDDEN');
      expect(code(await gql(SET_STATUS, { id, status: 'DONE' }, 'otherFocal')).code).toBe('FORBIDDEN');
      expect(code(await gql(SET_STATUS, { id, status: 'DONE' }, 'observer')).code).toBe('FORBIDDEN');
      expect(code(await gql(SET_STATUS, { id, status: 'DONE' }, 'outsider')).code).toBe('NOT_FOUND');
      expect(code(await gql(SET_STATUS, { id: 'nope', status: 'DONE' }, 'coordinator')).code).toBe('NOT_FOUND');
      expect((await must(SET_STATUS, { id, status: 'CANCELLED' }, 'coordinator'))['setTaskStatus'].status).toBe('CANCELLED');
      const audits = await t.dataSource.query(`SELECT data->>'before' AS b, data->>'after' AS a FROM audit_events WHERE action = 'task.status-changed' AND subject_id = $1 ORDER BY seq`, [id]);
      expect(audits).toEqual([
        { b: 'OPEN', a: 'DONE' },
        { b: 'DONE', a: 'OPEN' },
        { b: 'OPEN', a: 'CANCELLED' },
      ]);
    });

    it('lets one of two members who take the same organisation task at once have it; the other is told who did', async () => {
      for (let round = 0; round < 5; round++) {
        const id = await organisationTask();
        const [a, b] = await Promise.all([gql(SET_STATUS, { id, status: 'IN_PROGRESS' }, 'focal'), gql(SET_STATUS, { id, status: 'IN_PROGRESS' }, 'focal2')]);
        const outcomes = [code(a).code ?? 'OK', code(b).code ?? 'OK'].sort();
        expect({ round, outcomes }).toEqual({ round, outcomes: ['CONFLICT', 'OK'] });
        const loser = code(a).code ? a : b;
        expect(loser.errors![0]!.message).toMatch(/already started this task/);
        const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'task.status-changed' AND subject_id = $1`, [id]);
        expect({ round, n }).toEqual({ round, n: 1 });
        // Taking it again oneself changes nothing and is no error.
        const winner: Person = code(a).code ? 'focal2' : 'focal';
        expect(code(await gql(SET_STATUS, { id, status: 'IN_PROGRESS' }, winner)).code).toBeUndefined();
      }
    });

    it('filters myTasks by status and flags overdue work still to do', async () => {
      const past = new Date(Date.now() - 2 * DAY).toISOString();
      const late = (await must(CREATE, { input: { profileId, title: 'Late', assigneeUserId: users.focal2, dueAt: past } }, 'coordinator'))['createTask'] as TaskRow;
      const lateDone = (await must(CREATE, { input: { profileId, title: 'Late but done', assigneeUserId: users.focal2, dueAt: past } }, 'coordinator'))['createTask'] as TaskRow;
      await must(SET_STATUS, { id: lateDone.id, status: 'DONE' }, 'focal2');
      expect(late.overdue).toBe(true);
      const all = await mine('focal2');
      expect(all.find((x) => x.id === late.id)?.overdue).toBe(true);
      expect(all.find((x) => x.id === lateDone.id)?.overdue).toBe(false);
      const done = await mine('focal2', 'DONE');
      expect(done.every((x) => x.status === 'DONE') && done.some((x) => x.id === lateDone.id)).toBe(true);
      expect((await mine('focal2', 'OPEN')).some((x) => x.id === lateDone.id)).toBe(false);
      // Work still to do comes first.
      const firstDone = all.findIndex((x) => x.status === 'DONE' || x.status === 'CANCELLED');
      expect(all.slice(firstDone).every((x) => x.status === 'DONE' || x.status === 'CANCELLED')).toBe(true);
    });
  });

  describe('created and completed by the workflow', () => {
    it('gives each assigned organisation one "Draft" task; re-assigning does not duplicate it, losing the section cancels it, getting it back reopens it', async () => {
      const sectionId = await addSection('Return migration');
      await must(ASSIGN, { s: sectionId, o: [orgs.statistics, orgs.ministry] }, 'coordinator');
      const first = await automatic(`draft:${sectionId}`);
      expect(first.map((x) => ({ title: x.title, status: x.status, org: x.org })).sort((a, b) => a.org.localeCompare(b.org))).toEqual(
        [orgs.statistics, orgs.ministry].sort().map((org) => ({ title: '2 Return migration', status: 'OPEN', org })).map((x) => ({ ...x, title: expect.stringMatching(/^Draft .*Return migration$/) })),
      );
      // The task is created in the assignment's transaction.
      const [sameTx] = await t.dataSource.query(
        `SELECT (SELECT xmin::text FROM tasks WHERE id = $1) = (SELECT xmin::text FROM audit_events WHERE action = 'section.assigned' AND subject_id = $2 ORDER BY seq DESC LIMIT 1) AS same`,
        [first[0]!.id, sectionId],
      );
      expect(sameTx.same).toBe(true);
      await must(ASSIGN, { s: sectionId, o: [orgs.ministry, orgs.statistics] }, 'coordinator');
      expect((await automatic(`draft:${sectionId}`)).length).toBe(2);
      await must(ASSIGN, { s: sectionId, o: [orgs.ministry] }, 'coordinator');
      const after = await automatic(`draft:${sectionId}`);
      expect(after.find((x) => x.org === orgs.statistics)?.status).toBe('CANCELLED');
      expect(after.find((x) => x.org === orgs.ministry)?.status).toBe('OPEN');
      expect((await mine('focal')).some((x) => x.id === after.find((y) => y.org === orgs.statistics)!.id && x.status === 'CANCELLED')).toBe(true);
      await must(ASSIGN, { s: sectionId, o: [orgs.ministry, orgs.statistics] }, 'coordinator');
      const back = await automatic(`draft:${sectionId}`);
      expect(back.map((x) => x.status)).toEqual(['OPEN', 'OPEN']);
      expect(back.map((x) => x.id).sort()).toEqual(first.map((x) => x.id).sort());
      // A focal point of the organisation sees it and lands on the section from it.
      const listed = (await mine('focal')).find((x) => x.section?.id === sectionId && x.automatic);
      expect(listed).toMatchObject({ status: 'OPEN', assigneeOrganization: { id: orgs.statistics } });
      // Archiving the section cancels its drafting.
      await must(`mutation($id: ID!) { archiveSection(id: $id) { id } }`, { id: sectionId }, 'coordinator');
      expect((await automatic(`draft:${sectionId}`)).map((x) => x.status)).toEqual(['CANCELLED', 'CANCELLED']);
    });

    it('gives each required signatory a "Review and sign off" task: done when it decided on every section, open again after a new revision, done when the cycle closes', async () => {
      const a = await addSection('Immigration');
      const b = await addSection('Internal migration');
      await must(ASSIGN, { s: a, o: [orgs.statistics] }, 'coordinator');
      await save(a, 'Immigration grew.');
      await save(b, 'People moved to the capital.');
      const closesAt = new Date(Date.now() + 5 * DAY);
      const cycleId = (
        await must(
          OPEN_CYCLE,
          { input: { profileId, title: 'Spring review', sectionIds: [a, b], participantOrganizationIds: [orgs.ngo], requiredSignatoryOrganizationIds: [orgs.ngo, orgs.statistics], closesAt: closesAt.toISOString() } },
          'coordinator',
        )
      )['openReviewCycle'].id as string;
      const signOffTasks = () => automatic(`sign-off:${cycleId}`);
      const opened = await signOffTasks();
      expect(opened.map((x) => ({ status: x.status, title: x.title, due: x.due_at?.toISOString() }))).toEqual([
        { status: 'OPEN', title: expect.stringMatching(/^Review and sign off .*Immigration and .*Internal migration$/), due: closesAt.toISOString() },
        { status: 'OPEN', title: expect.stringMatching(/^Review and sign off /), due: closesAt.toISOString() },
      ]);
      // Drafting is done once the sections are in review.
      expect((await automatic(`draft:${a}`)).map((x) => x.status)).toEqual(['DONE']);
      // The contributor's organisation task is theirs to see, with its cycle.
      const contributorTask = (await mine('contributor')).find((x) => x.reviewCycle?.id === cycleId);
      expect(contributorTask).toMatchObject({ status: 'OPEN', assigneeOrganization: { id: orgs.ngo } });

      const sign = async (sectionId: string) => {
        const [row] = await t.dataSource.query('SELECT current_revision_id AS id FROM sections WHERE id = $1', [sectionId]);
        await must(`mutation($input: SignOffInput!) { signOff(input: $input) { id } }`, { input: { sectionId, revisionId: row.id, decision: 'APPROVE' } }, 'contributor');
      };
      await sign(a);
      expect((await signOffTasks()).find((x) => x.org === orgs.ngo)?.status).toBe('OPEN');
      await sign(b);
      expect((await signOffTasks()).find((x) => x.org === orgs.ngo)?.status).toBe('DONE');
      expect((await signOffTasks()).find((x) => x.org === orgs.statistics)?.status).toBe('OPEN');
      // A new revision makes the decision stale: the signatory must look again.
      await save(b, 'People moved to the capital and to the coast.');
      expect((await signOffTasks()).find((x) => x.org === orgs.ngo)?.status).toBe('OPEN');
      expect((await signOffTasks()).length).toBe(2);
      await must(`mutation($id: ID!) { closeReviewCycle(id: $id) { id } }`, { id: cycleId }, 'coordinator');
      expect((await signOffTasks()).map((x) => x.status)).toEqual(['DONE', 'DONE']);
      expect(events.some((e) => e.type === 'TASK_STATUS_CHANGED' && e.reviewCycleId === cycleId && e.status === 'DONE')).toBe(true);
    });

    it('completes the signatories\' tasks when a cycle closes by its date (the job)', async () => {
      const s = await addSection('Health');
      await save(s, 'Health workers emigrate.');
      const cycleId = (
        await must(
          OPEN_CYCLE,
          { input: { profileId, title: 'Quick look', sectionIds: [s], participantOrganizationIds: [], requiredSignatoryOrganizationIds: [orgs.academy], closesAt: new Date(Date.now() + DAY).toISOString() } },
          'coordinator',
        )
      )['openReviewCycle'].id as string;
      expect((await automatic(`sign-off:${cycleId}`)).map((x) => x.status)).toEqual(['OPEN']);
      await t.dataSource.query(`UPDATE review_cycles SET closes_at = now() - interval '1 minute' WHERE id = $1`, [cycleId]);
      await t.app.get(ReviewCyclesService).closeByDate(cycleId);
      expect((await automatic(`sign-off:${cycleId}`)).map((x) => x.status)).toEqual(['DONE']);
      const [audit] = await t.dataSource.query(`SELECT actor_id FROM audit_events WHERE action = 'task.status-changed' AND subject_type = 'Task' AND data->>'after' = 'DONE' ORDER BY seq DESC LIMIT 1`);
      expect(audit.actor_id).toBeNull();
    });

    it('gives the section\'s organisations one "Answer the comments" task while a participant\'s comment awaits a disposition', async () => {
      const s = await addSection('Labour market');
      await must(ASSIGN, { s, o: [orgs.statistics] }, 'coordinator');
      const revisionId = await save(s, 'Unemployment fell to 5%.');
      const cycleId = (
        await must(
          OPEN_CYCLE,
          { input: { profileId, title: 'Labour review', sectionIds: [s], participantOrganizationIds: [orgs.ngo], requiredSignatoryOrganizationIds: [], closesAt: new Date(Date.now() + 3 * DAY).toISOString() } },
          'coordinator',
        )
      )['openReviewCycle'].id as string;
      const comment = async (body: string) =>
        (await must(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { sectionId: s, revisionId, body } }, 'contributor'))['addComment'].id as string;
      const answerTasks = () => automatic(`answer-comments:${cycleId}:${s}`);
      expect(await answerTasks()).toEqual([]);
      const first = await comment('Which survey?');
      const second = await comment('Men and women separately, please.');
      const tasks = await answerTasks();
      expect(tasks.map((x) => ({ status: x.status, org: x.org, title: x.title }))).toEqual([{ status: 'OPEN', org: orgs.statistics, title: expect.stringMatching(/^Answer the comments on .*Labour market$/) }]);
      // A reply is part of the discussion: no new task.
      await must(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { sectionId: s, revisionId, body: 'The labour force survey.', parentId: first } }, 'focal');
      expect((await answerTasks()).length).toBe(1);
      const dispose = (commentId: string) =>
        must(`mutation($input: SetCommentDispositionInput!) { setCommentDisposition(input: $input) { id } }`, { input: { commentId, disposition: 'ACCEPTED', reason: 'Added.' } }, 'focal');
      await dispose(first);
      expect((await answerTasks())[0]!.status).toBe('OPEN');
      await dispose(second);
      expect((await answerTasks())[0]!.status).toBe('DONE');
      await comment('And the informal sector?');
      const reopened = await answerTasks();
      expect(reopened.map((x) => ({ id: x.id, status: x.status }))).toEqual([{ id: tasks[0]!.id, status: 'OPEN' }]);
      // Another organisation takes the section over: it gets the task, the one that lost it has it cancelled.
      await must(ASSIGN, { s, o: [orgs.ministry] }, 'coordinator');
      const moved = await answerTasks();
      expect(moved.map((x) => ({ org: x.org, status: x.status })).sort((p, q) => p.org.localeCompare(q.org))).toEqual(
        [
          { org: orgs.ministry, status: 'OPEN' },
          { org: orgs.statistics, status: 'CANCELLED' },
        ].sort((p, q) => p.org.localeCompare(q.org)),
      );
    });
  });
});
