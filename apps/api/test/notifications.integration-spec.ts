import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { NotificationDelivery, NotificationDispatcher, NotificationSweep } from '@mps/api-notifications';
import { DAY, gqlOk, inDays, openCycle, reviewTwg, ReviewTwg, saveText, SIGN_OFF, codeOf, until, currentRevisionId } from './support/reviews';
import { REDIS_URL, redisAnswers } from './support/redis';
import { startSmtp } from './support/smtp';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

/**
 * Notifications (docs/adr/0012): every trigger notifies the people who may read its object and have reason to hear
 * of it, never the actor; the unread count and marking read; e-mail preferences with the mails a real SMTP server
 * receives; reminders before a cycle closes; and two instances on one database and one Redis sending each reminder
 * and digest exactly once.
 */

const LIST = `query($first: Int, $after: String, $unread: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unread) { nodes { id kind title link readAt dueAt actor { id } } hasNextPage endCursor }
  unreadNotificationCount
}`;
const ASSIGN = `mutation($s: ID!, $o: [ID!]!) { assignSection(sectionId: $s, organizationIds: $o) { id } }`;
const COMMENT = `mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`;
const PREFS = `mutation($e: EmailNotificationMode!) { updateNotificationPreferences(email: $e) { email } }`;
const PUBLIC_URL = 'https://mp.example.org';

type Who = keyof ReviewTwg['tokens'];
const EVERYONE: Who[] = ['coordinator', 'focal', 'ngo', 'ngo2', 'university', 'outside', 'observer', 'stranger'];

interface Listed {
  id: string;
  kind: string;
  title: string;
  link: string;
  readAt: string | null;
  dueAt: string | null;
  actor: { id: string } | null;
}

async function list(t: TestApp, token: string, variables: Record<string, unknown> = { first: 100 }) {
  const data = await gqlOk(t, LIST, variables, token);
  return { nodes: data['notifications'].nodes as Listed[], page: data['notifications'], unread: data['unreadNotificationCount'] as number };
}

/** Dispatches the workspace's audit events so far (a nudge may still be on its way), waiting for a run in progress. */
const settle = (t: TestApp, twg: ReviewTwg) => t.app.get(NotificationDispatcher).dispatchChain(twg.workspaceId, true);

/** Answers each person's notification kinds about `link`, once every audit event so far is dispatched. */
async function receivedAbout(t: TestApp, twg: ReviewTwg, link: string): Promise<Record<Who, string[]>> {
  await settle(t, twg);
  const out = {} as Record<Who, string[]>;
  for (const who of EVERYONE) {
    out[who] = (await list(t, twg.tokens[who])).nodes.filter((n) => n.link.startsWith(link)).map((n) => n.kind).sort();
  }
  return out;
}

const nobody = (): Record<Who, string[]> => Object.fromEntries(EVERYONE.map((w) => [w, []])) as unknown as Record<Who, string[]>;
const emailOf = async (t: TestApp, userId: string) =>
  ((await t.dataSource.query('SELECT email FROM users WHERE id = $1', [userId])) as Array<{ email: string }>)[0]!.email;

/** Each test builds its own working group (nine sign-ins, argon2 each): generous on a busy machine. */
const TEST_TIMEOUT = 120_000;
jest.setTimeout(TEST_TIMEOUT);

describe('notifications', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL });
  }, BOOT_TIMEOUT);
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('each trigger notifies the right people, never the actor, nor anyone who may not read the object', async () => {
    const twg = await reviewTwg(t);
    const section = twg.sections['trends.emigration']!;
    const sectionLink = `/profiles/${twg.profileId}/sections/${section}`;

    // Assigned to the labour ministry: its focal point drafts it now.
    await gqlOk(t, ASSIGN, { s: section, o: [twg.orgs.labour] }, twg.tokens.coordinator);
    expect(await receivedAbout(t, twg, sectionLink)).toEqual({ ...nobody(), focal: ['SECTION_ASSIGNED'] });

    // A cycle: the NGO takes part, the university and the labour ministry sign; the outside association and the
    // observer (whose organisation is not in it) hear nothing, nor does the coordinator who opened it.
    await saveText(t, twg.tokens.focal, section, 'Emigration rose in 2023.');
    const cycleId = await openCycle(t, twg, {
      title: 'Consultation on emigration',
      sections: [section],
      participants: [twg.orgs.ngo],
      signatories: [twg.orgs.university, twg.orgs.labour],
      closesAt: inDays(10),
    });
    expect(await receivedAbout(t, twg, `/review-cycles/${cycleId}`)).toEqual({
      ...nobody(),
      focal: ['SIGN_OFF_REQUESTED'],
      ngo: ['REVIEW_CYCLE_OPENED'],
      ngo2: ['REVIEW_CYCLE_OPENED'],
      university: ['SIGN_OFF_REQUESTED'],
    });
    const opened = (await list(t, twg.tokens.ngo)).nodes.find((n) => n.kind === 'REVIEW_CYCLE_OPENED')!;
    expect(opened).toMatchObject({ title: 'Consultation on emigration', actor: { id: twg.userIds.coordinator }, readAt: null });
    expect(new Date(opened.dueAt!).getTime()).toBeGreaterThan(Date.now() + 9 * DAY);

    // A thread of the NGO; the focal point replies, then the second NGO member: each earlier writer hears of it.
    const revisionId = await currentRevisionId(t, section);
    const thread = (await gqlOk(t, COMMENT, { i: { sectionId: section, revisionId, body: 'Which year is the baseline?' } }, twg.tokens.ngo))[
      'addComment'
    ].id as string;
    await gqlOk(t, COMMENT, { i: { sectionId: section, revisionId, parentId: thread, body: '2015, as in the census.' } }, twg.tokens.focal);
    expect(await receivedAbout(t, twg, `${sectionLink}?thread=${thread}`)).toEqual({ ...nobody(), ngo: ['COMMENT_REPLY'] });
    await gqlOk(t, COMMENT, { i: { sectionId: section, revisionId, parentId: thread, body: 'Thank you.' } }, twg.tokens.ngo2);
    expect(await receivedAbout(t, twg, `${sectionLink}?thread=${thread}`)).toEqual({
      ...nobody(),
      ngo: ['COMMENT_REPLY', 'COMMENT_REPLY'],
      focal: ['COMMENT_REPLY'],
    });

    // The university requests changes: the drafting organisation's focal point is told.
    const signed = await t.gql(SIGN_OFF, { i: { sectionId: section, revisionId, decision: 'REQUEST_CHANGES', note: 'Add the baseline.' } }, twg.tokens.university);
    expect(codeOf(signed)).toBe('OK');
    const afterRequest = await receivedAbout(t, twg, sectionLink);
    expect(afterRequest.focal.filter((k) => k === 'CHANGES_REQUESTED')).toEqual(['CHANGES_REQUESTED']);
    expect(EVERYONE.filter((w) => afterRequest[w].includes('CHANGES_REQUESTED'))).toEqual(['focal']);

    // The labour ministry approves, then its focal point saves a new revision: the university's and the ministry's
    // sign-offs are stale; the focal point made the change and hears nothing of it.
    await gqlOk(t, SIGN_OFF, { i: { sectionId: section, revisionId, decision: 'APPROVE' } }, twg.tokens.focal);
    await saveText(t, twg.tokens.focal, section, 'Emigration rose in 2023 from a 2015 baseline.');
    const afterSave = await receivedAbout(t, twg, sectionLink);
    expect(EVERYONE.filter((w) => afterSave[w].includes('SIGN_OFF_STALE'))).toEqual(['university']);
  });

  it('a published release notifies every member of the workspace but its publisher', async () => {
    const twg = await reviewTwg(t);
    const created = await gqlOk(
      t,
      `mutation($w: ID!) { createProfile(input: { workspaceId: $w, title: "Short profile", edition: "2026" }) { id } }`,
      { w: twg.workspaceId },
      twg.tokens.coordinator,
    );
    const profileId = created['createProfile'].id as string;
    const section = (await gqlOk(t, `mutation($p: ID!) { addSection(input: { profileId: $p, title: "Summary" }) { id } }`, { p: profileId }, twg.tokens.coordinator))[
      'addSection'
    ].id as string;
    const revisionId = await saveText(t, twg.tokens.coordinator, section, 'A short summary.');
    await openCycle(t, { ...twg, profileId }, { sections: [section], signatories: [twg.orgs.lead] });
    await gqlOk(t, SIGN_OFF, { i: { sectionId: section, revisionId, decision: 'APPROVE' } }, twg.tokens.coordinator);
    const release = (await gqlOk(t, `mutation($p: ID!) { prepareRelease(input: { profileId: $p, version: "2026.1" }) { id } }`, { p: profileId }, twg.tokens.coordinator))[
      'prepareRelease'
    ].id as string;
    await gqlOk(t, `mutation($id: ID!) { publishRelease(id: $id) { id } }`, { id: release }, twg.tokens.coordinator);
    const got = await receivedAbout(t, twg, `/releases?release=${release}`);
    expect(got).toEqual({
      ...nobody(),
      focal: ['RELEASE_PUBLISHED'],
      ngo: ['RELEASE_PUBLISHED'],
      ngo2: ['RELEASE_PUBLISHED'],
      university: ['RELEASE_PUBLISHED'],
      outside: ['RELEASE_PUBLISHED'],
      observer: ['RELEASE_PUBLISHED'],
    });
    const [node] = (await list(t, twg.tokens.ngo)).nodes.filter((n) => n.kind === 'RELEASE_PUBLISHED');
    expect(node!.title).toBe('Short profile 2026.1');
  });

  it('counts unread, pages newest first, marks one or all read, and never touches anyone else\'s', async () => {
    const twg = await reviewTwg(t);
    for (const key of ['trends.emigration', 'trends.immigration', 'impact.economic']) {
      await gqlOk(t, ASSIGN, { s: twg.sections[key], o: [twg.orgs.labour] }, twg.tokens.coordinator);
    }
    await until(async () => (await list(t, twg.tokens.focal)).unread === 3, 20_000, 'three notifications');
    const first = await list(t, twg.tokens.focal, { first: 2 });
    expect(first.page.hasNextPage).toBe(true);
    const second = await list(t, twg.tokens.focal, { first: 2, after: first.page.endCursor });
    expect(second.page.hasNextPage).toBe(false);
    const all = [...first.nodes, ...second.nodes];
    expect(new Set(all.map((n) => n.id)).size).toBe(3);
    expect(all.map((n) => n.title)).toEqual(['B.2 Economic development', 'A.2 Immigration', 'A.4 Emigration']);

    // Someone else's notification is NOT_FOUND, and stays unread.
    expect(codeOf(await t.gql(`mutation($id: ID!) { markNotificationRead(id: $id) { id } }`, { id: all[0]!.id }, twg.tokens.ngo))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(`mutation($id: ID!) { markNotificationRead(id: $id) { id } }`, { id: 'nope' }, twg.tokens.focal))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(LIST, { first: 2, after: 'bm90IGEgY3Vyc29y' }, twg.tokens.focal))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(LIST, { first: 10_000 }, twg.tokens.focal))).toBe('BAD_USER_INPUT');

    const read = await gqlOk(t, `mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`, { id: all[0]!.id }, twg.tokens.focal);
    expect(read['markNotificationRead'].readAt).not.toBeNull();
    const after = await list(t, twg.tokens.focal, { first: 10, unread: true });
    expect({ unread: after.unread, listed: after.nodes.map((n) => n.id) }).toEqual({ unread: 2, listed: [all[1]!.id, all[2]!.id] });
    expect((await gqlOk(t, `mutation { markAllNotificationsRead }`, {}, twg.tokens.focal))['markAllNotificationsRead']).toBe(2);
    expect((await list(t, twg.tokens.focal)).unread).toBe(0);
  });

  it('e-mails at once by default, through the real SMTP server, with what happened, what to do and the link', async () => {
    const twg = await reviewTwg(t);
    const focalEmail = await emailOf(t, twg.userIds.focal);
    await gqlOk(t, ASSIGN, { s: twg.sections['trends.emigration'], o: [twg.orgs.labour] }, twg.tokens.coordinator);
    await until(() => smtp.received.some((m) => m.to.includes(focalEmail)), 20_000, 'the assignment e-mail');
    const mails = smtp.received.filter((m) => m.to.includes(focalEmail));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Section assigned to your organisation: A.4 Emigration');
    expect(mails[0]!.text).toContain('assigned the section "A.4 Emigration" to your organisation.');
    expect(mails[0]!.text).toContain(`Open: ${PUBLIC_URL}/profiles/${twg.profileId}/sections/${twg.sections['trends.emigration']}`);
    expect(mails[0]!.text).toContain(`To change this, open ${PUBLIC_URL}/notifications/settings`);
  });

  it('OFF sends no e-mail (the notification is still in the app); DAILY_DIGEST sends one digest with everything', async () => {
    const twg = await reviewTwg(t);
    const focalEmail = await emailOf(t, twg.userIds.focal);
    const ngoEmail = await emailOf(t, twg.userIds.ngo);
    expect((await gqlOk(t, PREFS, { e: 'OFF' }, twg.tokens.focal))['updateNotificationPreferences']).toEqual({ email: 'OFF' });
    expect((await gqlOk(t, PREFS, { e: 'DAILY_DIGEST' }, twg.tokens.ngo))['updateNotificationPreferences']).toEqual({ email: 'DAILY_DIGEST' });
    expect((await gqlOk(t, `query { notificationPreferences { email } }`, {}, twg.tokens.ngo))['notificationPreferences']).toEqual({ email: 'DAILY_DIGEST' });
    expect(codeOf(await t.gql(PREFS, { e: 'SOMETIMES' }, twg.tokens.ngo))).not.toBe('OK');

    await gqlOk(t, ASSIGN, { s: twg.sections['trends.emigration'], o: [twg.orgs.labour] }, twg.tokens.coordinator);
    await openCycle(t, twg, { title: 'Round one', sections: [twg.sections['trends.immigration']!], participants: [twg.orgs.ngo] });
    await openCycle(t, twg, { title: 'Round two', sections: [twg.sections['impact.economic']!], participants: [twg.orgs.ngo] });
    await until(async () => (await list(t, twg.tokens.ngo)).unread === 2 && (await list(t, twg.tokens.focal)).unread === 1, 20_000, 'notifications');
    const delivery = t.app.get(NotificationDelivery);
    await delivery.sendImmediate();
    expect(smtp.received.filter((m) => m.to.includes(focalEmail) || m.to.includes(ngoEmail))).toEqual([]);

    // Tomorrow at 07:30 UTC: the digest holds what arrived before 07:00; sending twice still sends one.
    const tomorrow = new Date(Date.now() + DAY);
    const at = new Date(Date.UTC(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth(), tomorrow.getUTCDate(), 7, 30));
    await Promise.all([delivery.sendDueDigests(at), delivery.sendDueDigests(at)]);
    await delivery.sendDueDigests(at);
    const digests = smtp.received.filter((m) => m.to.includes(ngoEmail));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toMatch(/^Your daily summary for .*: 2 notifications$/);
    expect(digests[0]!.text).toContain('Review cycle opened: Round one');
    expect(digests[0]!.text).toContain('Review cycle opened: Round two');
    expect(smtp.received.filter((m) => m.to.includes(focalEmail))).toEqual([]);
    expect((await list(t, twg.tokens.focal)).unread).toBe(1);

    const audit = await t.dataSource.query(`SELECT data FROM audit_events WHERE action = 'notification-preferences.updated' AND actor_id = $1`, [twg.userIds.ngo]);
    expect(audit).toEqual([{ data: { before: 'IMMEDIATE', after: 'DAILY_DIGEST' } }]);
  });

  it('reminds pending signatories 1 day before a cycle closes, once, and not those who signed', async () => {
    const twg = await reviewTwg(t);
    const [a, b] = [twg.sections['trends.emigration']!, twg.sections['trends.immigration']!];
    const revA = await saveText(t, twg.tokens.coordinator, a, 'Text A.');
    await saveText(t, twg.tokens.coordinator, b, 'Text B.');
    const cycleId = await openCycle(t, twg, { sections: [a, b], participants: [twg.orgs.ngo], signatories: [twg.orgs.university, twg.orgs.labour], closesAt: inDays(0.5) });
    // The labour ministry signed both; the university only one: only the university still has something to do.
    await gqlOk(t, SIGN_OFF, { i: { sectionId: a, revisionId: revA, decision: 'APPROVE' } }, twg.tokens.focal);
    await gqlOk(t, SIGN_OFF, { i: { sectionId: b, revisionId: await currentRevisionId(t, b), decision: 'APPROVE' } }, twg.tokens.focal);
    await gqlOk(t, SIGN_OFF, { i: { sectionId: a, revisionId: revA, decision: 'APPROVE' } }, twg.tokens.university);
    const dispatcher = t.app.get(NotificationDispatcher);
    // Opened half a day before closing: no reminder is due (its time had passed when the cycle opened).
    await dispatcher.sendDueReminders();
    expect((await receivedAbout(t, twg, `/review-cycles/${cycleId}`)).university).toEqual(['SIGN_OFF_REQUESTED']);

    await t.dataSource.query(`UPDATE review_cycles SET opened_at = now() - interval '5 days' WHERE id = $1`, [cycleId]);
    await Promise.all([dispatcher.sendDueReminders(), dispatcher.sendDueReminders()]);
    await dispatcher.sendDueReminders();
    const got = await receivedAbout(t, twg, `/review-cycles/${cycleId}`);
    expect(got).toEqual({ ...nobody(), focal: ['SIGN_OFF_REQUESTED'], ngo: ['REVIEW_CYCLE_OPENED'], ngo2: ['REVIEW_CYCLE_OPENED'], university: ['REVIEW_CYCLE_CLOSING', 'SIGN_OFF_REQUESTED'] });
    const universityEmail = await emailOf(t, twg.userIds.university);
    await until(() => smtp.received.some((m) => m.to.includes(universityEmail) && m.subject.startsWith('Review cycle closes on')), 20_000, 'the reminder');
  });
});

describe('notifications: the audit log as outbox', () => {
  it('catches up from the log without nudges; an upgraded database starts at the end of each chain, a new workspace at its start', async () => {
    const t = await startTestApp();
    try {
      const twg = await reviewTwg(t);
      await gqlOk(t, ASSIGN, { s: twg.sections['trends.emigration'], o: [twg.orgs.labour] }, twg.tokens.coordinator);
      await settle(t, twg);
      expect((await list(t, twg.tokens.focal)).unread).toBe(1);
      // A nudge that never came (an event Redis dropped, an instance that stopped): the periodic sweep reads the log.
      await t.dataSource.query(`DELETE FROM notifications`);
      await t.dataSource.query(`UPDATE notification_cursors SET last_seq = 0 WHERE chain = $1`, [twg.workspaceId]);
      await t.app.get(NotificationSweep).sweep();
      // A nudge still running from the arrangement's events holds the cursor, and the sweep skips a locked chain
      // (that instance finishes it): wait for it, as the sweep's own caller would on the next round.
      await t.app.get(NotificationSweep).settled();
      expect((await list(t, twg.tokens.focal)).nodes.map((n) => n.kind)).toEqual(['SECTION_ASSIGNED']);
      // The migration's statement, run again over this database: every cursor goes to its chain's end.
      await t.dataSource.query(`DELETE FROM notification_cursors`);
      await t.dataSource.query(`DELETE FROM notifications`);
      await t.dataSource.query(
        `INSERT INTO notification_cursors (chain, last_seq)
         SELECT w.id::text, coalesce((SELECT max(a.seq) FROM audit_events a WHERE a.chain = w.id::text), 0) FROM workspaces w`,
      );
      await settle(t, twg);
      expect((await list(t, twg.tokens.focal)).unread).toBe(0);
    } finally {
      await t.close();
    }
  }, BOOT_TIMEOUT * 2);
});

(redisAnswers ? describe : describe.skip)('notifications: two instances on one database and one Redis', () => {
  let a: TestApp;
  let b: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    // One deployment: the instances share the token secret as they share the database and Redis.
    const env = { SMTP_URL: smtp.url, PUBLIC_URL, REDIS_URL, JWT_SECRET: randomBytes(32).toString('hex') };
    a = await startTestApp(env);
    b = await startTestApp(env, { sharedWith: a });
  }, BOOT_TIMEOUT * 2);
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await smtp?.close();
  });

  it('send each notification e-mail, reminder and digest exactly once', async () => {
    const twg = await reviewTwg(a);
    await gqlOk(b, PREFS, { e: 'DAILY_DIGEST' }, twg.tokens.ngo);
    const section = twg.sections['trends.emigration']!;
    await saveText(a, twg.tokens.coordinator, section, 'Text.');
    const cycleId = await openCycle(a, twg, { sections: [section], participants: [twg.orgs.ngo], signatories: [twg.orgs.university], closesAt: inDays(0.5) });
    await a.dataSource.query(`UPDATE review_cycles SET opened_at = now() - interval '5 days' WHERE id = $1`, [cycleId]);

    // Both instances sweep at once, twice: dispatch, reminders, immediate mail, and tomorrow's digests.
    const tomorrow = new Date(Date.now() + DAY);
    const digestTime = new Date(Date.UTC(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth(), tomorrow.getUTCDate(), 8, 0));
    const [sa, sb] = [a.app.get(NotificationSweep), b.app.get(NotificationSweep)];
    await Promise.all([sa.sweep(), sb.sweep()]);
    await Promise.all([sa.sweep(digestTime), sb.sweep(digestTime), sa.sweep(digestTime)]);

    const [universityEmail, ngoEmail, ngo2Email] = await Promise.all([emailOf(a, twg.userIds.university), emailOf(a, twg.userIds.ngo), emailOf(a, await userIdOf(a, twg, 'ngo2'))]);
    await until(() => smtp.received.filter((m) => m.to.includes(universityEmail)).length >= 1, 20_000, 'university mail');
    // The university's two notifications (sign-off requested, the reminder) may come as one mail or two, never more.
    const toUniversity = await until(async () => {
      const [{ n }] = await a.dataSource.query(
        // Tomorrow's sweep also finds the university's sign-off task overdue (its own reminder): count the two kinds here.
        `SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND email_status = 'SENT' AND kind IN ('SIGN_OFF_REQUESTED', 'REVIEW_CYCLE_CLOSING')`,
        [twg.userIds.university],
      );
      return n === 2;
    }, 60_000, 'both university notifications sent').then(() => smtp.received.filter((m) => m.to.includes(universityEmail)));
    // One mail each, or one mail naming both (the headline is the subject of a single mail, a bullet of a batch).
    const told = toUniversity.map((m) => `${m.subject}\n${m.text}`).join('\n');
    expect(told.match(/Review cycle closes on/g)).toHaveLength(1);
    expect(told.match(/Sign-off requested/g)).toHaveLength(1);
    expect(smtp.received.filter((m) => m.to.includes(ngoEmail))).toHaveLength(1);
    expect(smtp.received.filter((m) => m.to.includes(ngoEmail))[0]!.subject).toMatch(/^Your daily summary/);
    await until(() => smtp.received.some((m) => m.to.includes(ngo2Email)), 20_000, 'ngo2 mail');
    expect(smtp.received.filter((m) => m.to.includes(ngo2Email))).toHaveLength(1);
    const reminders = await a.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'REVIEW_CYCLE_CLOSING' AND subject_id = $1`, [cycleId]);
    expect(reminders).toEqual([{ n: 1 }]);
  });

  it('a change on one instance reaches the other instance\'s subscriber as a notification', async () => {
    const twg = await reviewTwg(a);
    await gqlOk(b, ASSIGN, { s: twg.sections['trends.emigration'], o: [twg.orgs.labour] }, twg.tokens.coordinator);
    await until(async () => (await list(a, twg.tokens.focal)).unread === 1, 20_000, 'the notification on the other instance');
  });
});

async function userIdOf(t: TestApp, twg: ReviewTwg, who: Who): Promise<string> {
  const data = await gqlOk(t, `query { me { id } }`, {}, twg.tokens[who]);
  return data['me'].id as string;
}


describe('notifications: overdue tasks', () => {
  it('remind the people who may do an overdue task once per due date, not observers, and not once it is done', async () => {
    const t = await startTestApp();
    try {
      const twg = await reviewTwg(t);
      const created = await gqlOk(
        t,
        `mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`,
        { i: { profileId: twg.profileId, title: 'Send the 2024 labour migration figures', assigneeOrganizationId: twg.orgs.labour, dueAt: inDays(2) } },
        twg.tokens.coordinator,
      );
      const taskId: string = created['createTask'].id;
      const dispatcher = t.app.get(NotificationDispatcher);
      const reminders = async () =>
        (await t.dataSource.query(`SELECT recipient_id, link FROM notifications WHERE kind = 'TASK_OVERDUE' AND subject_id = $1`, [taskId])) as Array<{
          recipient_id: string;
          link: string;
        }>;

      await dispatcher.sendOverdueTaskReminders();
      expect(await reminders()).toEqual([]);

      await t.dataSource.query(`UPDATE tasks SET due_at = now() - interval '1 hour' WHERE id = $1`, [taskId]);
      await Promise.all([dispatcher.sendOverdueTaskReminders(), dispatcher.sendOverdueTaskReminders()]);
      await dispatcher.sendOverdueTaskReminders();
      expect(await reminders()).toEqual([{ recipient_id: twg.userIds.focal, link: '/' }]);
      expect((await list(t, twg.tokens.focal)).nodes.map((n) => n.kind)).toContain('TASK_OVERDUE');

      // A new due date that passes too reminds again; a task that is done does not.
      await t.dataSource.query(`UPDATE tasks SET due_at = now() - interval '1 minute' WHERE id = $1`, [taskId]);
      await dispatcher.sendOverdueTaskReminders();
      expect(await reminders()).toHaveLength(2);
      await gqlOk(t, `mutation($id: ID!) { setTaskStatus(id: $id, status: DONE) { id } }`, { id: taskId }, twg.tokens.focal);
      await t.dataSource.query(`UPDATE tasks SET due_at = now() - interval '2 minutes' WHERE id = $1`, [taskId]);
      await dispatcher.sendOverdueTaskReminders();
      expect(await reminders()).toHaveLength(2);
    } finally {
      await t.close();
    }
  });
});
