import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ADD_COMMENT, anchorOn, codeOf, commentRows, commentsWorld, CommentsWorld } from './support/comments-world';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

/**
 * Who may comment where, threads and replies, resolving and reopening (docs/domain.md rules 2 and 6 and the settled
 * details on internal comments and resolution), over GraphQL on the real AppModule.
 */
describe('comments', () => {
  let t: TestApp;
  let w: CommentsWorld;
  const TEXT = 'Emigration grew by 12% in 2023. Remittances reached 9.8% of GDP.';

  beforeAll(async () => {
    t = await startTestApp();
    w = await commentsWorld(t);
  }, BOOT_TIMEOUT);
  afterAll(async () => t?.close());

  const SECTION_COMMENTS = `query($id: ID!, $all: Boolean!) { section(id: $id) { canComment comments(includeResolved: $all) {
      id body internal resolved replies { id body resolved } } } }`;

  it('lets a contributor of a participating organisation comment on a passage while the cycle is open, as their organisation', async () => {
    const { sectionId, revisionId } = await w.section(TEXT);
    const cycleId = await w.openCycle([sectionId], [w.orgs.civil.id]);
    const res = await w.gql('contributor', ADD_COMMENT, {
      input: { sectionId, revisionId, body: 'Which survey is this?', anchor: anchorOn(TEXT, 'grew by 12%') },
    });
    expect(res.errors).toBeUndefined();
    const comment = res.data!['addComment'];
    expect(comment).toMatchObject({
      body: 'Which survey is this?',
      internal: false,
      resolved: false,
      anchor: { revisionId, ...anchorOn(TEXT, 'grew by 12%'), orphaned: false },
      organization: { id: w.orgs.civil.id },
      author: { id: w.userIds.contributor },
      reviewCycle: { id: cycleId },
    });
    const audit = await t.dataSource.query(`SELECT action FROM audit_events WHERE subject_id = $1`, [comment.id]);
    expect(audit).toEqual([{ action: 'comment.added' }]);
    const seen = await w.gql('contributor', SECTION_COMMENTS, { id: sectionId, all: false });
    expect(seen.data!['section']).toMatchObject({ canComment: true, comments: [{ id: comment.id }] });
  });

  it('refuses a contributor once their cycle closed (FAILED_PRECONDITION naming it), and leaves the comments as they were', async () => {
    const { sectionId, revisionId } = await w.section(TEXT);
    const cycleId = await w.openCycle([sectionId], [w.orgs.civil.id], 'First round');
    await w.closeCycle(cycleId);
    const before = await commentRows(t, sectionId);
    const res = await w.gql('contributor', ADD_COMMENT, { input: { sectionId, revisionId, body: 'Too late?' } });
    expect({ code: codeOf(res), blockers: res.errors?.[0]?.extensions['blockers'] }).toEqual({
      code: 'FAILED_PRECONDITION',
      blockers: [expect.stringMatching(/^The review cycle 'First round' closed on \d{4}-\d{2}-\d{2}\.$/)],
    });
    expect(await commentRows(t, sectionId)).toEqual(before);
    // Still readable, no longer commentable.
    const seen = await w.gql('contributor', SECTION_COMMENTS, { id: sectionId, all: true });
    expect(seen.data!['section']).toMatchObject({ canComment: false });
  });

  it('answers NOT_FOUND to a contributor outside every cycle of the section, and FORBIDDEN to an observer', async () => {
    const { sectionId, revisionId } = await w.section(TEXT);
    await w.openCycle([sectionId], [w.orgs.civil.id]);
    const input = { sectionId, revisionId, body: 'Let me in' };
    const outsider = await w.gql('contributorOut', ADD_COMMENT, { input });
    const observer = await w.gql('observer', ADD_COMMENT, { input });
    expect({ outsider: codeOf(outsider), observer: codeOf(observer) }).toEqual({ outsider: 'NOT_FOUND', observer: 'FORBIDDEN' });
    expect(await commentRows(t, sectionId)).toEqual([]);
  });

  it('makes a focal point comment internal when no cycle is open, never shown to contributors', async () => {
    const { sectionId, revisionId } = await w.section(TEXT);
    const closed = await w.openCycle([sectionId], [w.orgs.civil.id]);
    await w.closeCycle(closed);
    const res = await w.gql('focal', ADD_COMMENT, { input: { sectionId, revisionId, body: 'Check the 2023 figure with the bank.' } });
    expect(res.data?.['addComment']).toMatchObject({ internal: true, reviewCycle: null, organization: { id: w.orgs.ministry.id } });
    const contributor = await w.gql('contributor', SECTION_COMMENTS, { id: sectionId, all: true });
    expect(contributor.data!['section'].comments).toEqual([]);
    const coordinator = await w.gql('coordinator', SECTION_COMMENTS, { id: sectionId, all: true });
    expect(coordinator.data!['section'].comments.map((c: { internal: boolean }) => c.internal)).toEqual([true]);
    // A contributor cannot reply to it either: it does not exist for them.
    const reply = await w.gql('contributor', ADD_COMMENT, {
      input: { sectionId, revisionId, body: 'Hello', parentId: res.data!['addComment'].id },
    });
    expect(codeOf(reply)).toBe('NOT_FOUND');
  });

  it('threads replies (a reply to a reply joins the thread, oldest first) and refuses an anchor on a reply', async () => {
    const { sectionId, revisionId } = await w.section(TEXT);
    await w.openCycle([sectionId], [w.orgs.civil.id]);
    const opening = (await w.gql('contributor', ADD_COMMENT, { input: { sectionId, revisionId, body: 'Source?' } })).data!['addComment'];
    const first = (await w.gql('focal', ADD_COMMENT, { input: { sectionId, revisionId, body: 'The labour force survey.', parentId: opening.id } }))
      .data!['addComment'];
    const second = await w.gql('contributor', ADD_COMMENT, { input: { sectionId, revisionId, body: 'Thanks!', parentId: first.id } });
    expect(second.data!['addComment'].parentId).toBe(opening.id);
    const anchored = await w.gql('contributor', ADD_COMMENT, {
      input: { sectionId, revisionId, body: 'Here', parentId: opening.id, anchor: anchorOn(TEXT, 'Remittances') },
    });
    expect({ code: codeOf(anchored), field: anchored.errors?.[0]?.extensions['field'] }).toEqual({ code: 'BAD_USER_INPUT', field: 'anchor' });
    const seen = await w.gql('contributor', SECTION_COMMENTS, { id: sectionId, all: false });
    expect(seen.data!['section'].comments).toEqual([
      {
        id: opening.id,
        body: 'Source?',
        internal: false,
        resolved: false,
        replies: [
          { id: first.id, body: 'The labour force survey.', resolved: false },
          { id: second.data!['addComment'].id, body: 'Thanks!', resolved: false },
        ],
      },
    ]);
  });

  it('refuses an anchor whose quote does not match its revision (BAD_USER_INPUT), writing nothing', async () => {
    const { sectionId, revisionId } = await w.section(TEXT);
    await w.openCycle([sectionId], [w.orgs.civil.id]);
    const res = await w.gql('contributor', ADD_COMMENT, {
      input: { sectionId, revisionId, body: 'Hm', anchor: { start: 0, end: 10, quote: 'Immigrati' } },
    });
    expect({ code: codeOf(res), field: res.errors?.[0]?.extensions['field'], message: res.errors?.[0]?.message }).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'anchor',
      message: expect.stringContaining('does not match'),
    });
    const suggestionWithoutPassage = await w.gql('contributor', ADD_COMMENT, { input: { sectionId, revisionId, body: 'Hm', suggestion: 'Better words' } });
    expect(codeOf(suggestionWithoutPassage)).toBe('BAD_USER_INPUT');
    expect(await commentRows(t, sectionId)).toEqual([]);
  });

  describe('resolving and reopening', () => {
    const RESOLVE = `mutation($id: ID!, $r: Boolean!) { resolveComment(id: $id, resolved: $r) { id resolved resolvedBy { id } } }`;
    let sectionId: string;
    let threadId: string;
    let replyId: string;
    let cycleId: string;

    beforeAll(async () => {
      const made = await w.section(TEXT);
      sectionId = made.sectionId;
      cycleId = await w.openCycle([sectionId], [w.orgs.civil.id]);
      threadId = (await w.gql('contributor', ADD_COMMENT, { input: { sectionId, revisionId: made.revisionId, body: 'Unclear' } })).data!['addComment'].id;
      replyId = (await w.gql('coordinator', ADD_COMMENT, { input: { sectionId, revisionId: made.revisionId, body: 'Noted', parentId: threadId } })).data![
        'addComment'
      ].id;
    });

    it('lets the author, a focal point of the section and a coordinator resolve and reopen; a reply stands for its thread', async () => {
      const steps: Array<[Parameters<CommentsWorld['gql']>[0], string, boolean]> = [
        ['contributor', threadId, true],
        ['focal', replyId, false],
        ['coordinator', threadId, true],
        ['contributor', replyId, false],
      ];
      const outcomes = [];
      for (const [who, id, resolved] of steps) {
        const res = await w.gql(who, RESOLVE, { id, r: resolved });
        outcomes.push({ who, code: codeOf(res), id: res.data?.['resolveComment']?.id, resolved: res.data?.['resolveComment']?.resolved });
      }
      expect(outcomes).toEqual(steps.map(([who, , resolved]) => ({ who, code: 'OK', id: threadId, resolved })));
      const audit = await t.dataSource.query(`SELECT action FROM audit_events WHERE subject_id = $1 AND action LIKE 'comment.%' ORDER BY at`, [
        threadId,
      ]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['comment.added', 'comment.resolved', 'comment.reopened', 'comment.resolved', 'comment.reopened']);
    });

    it('treats the same state again as a no-op (no audit event)', async () => {
      const count = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE subject_id = $1`, [threadId]))[0].n as number;
      const before = await count();
      const res = await w.gql('coordinator', RESOLVE, { id: threadId, r: false });
      expect({ code: codeOf(res), resolved: res.data?.['resolveComment'].resolved, audit: await count() }).toEqual({ code: 'OK', resolved: false, audit: before });
    });

    it("refuses a focal point of another organisation (FORBIDDEN), an observer (FORBIDDEN) and a contributor outside the cycle (NOT_FOUND)", async () => {
      const before = await commentRows(t, sectionId);
      const codes: Record<string, string> = {};
      for (const who of ['focalOther', 'observer', 'contributorOut'] as const) codes[who] = codeOf(await w.gql(who, RESOLVE, { id: threadId, r: true }));
      expect(codes).toEqual({ focalOther: 'FORBIDDEN', observer: 'FORBIDDEN', contributorOut: 'NOT_FOUND' });
      expect(await commentRows(t, sectionId)).toEqual(before);
    });

    it('hides resolved threads unless includeResolved, and stops a contributor resolving once the cycle closed', async () => {
      await w.gql('coordinator', RESOLVE, { id: threadId, r: true });
      const open = await w.gql('contributor', SECTION_COMMENTS, { id: sectionId, all: false });
      const all = await w.gql('contributor', SECTION_COMMENTS, { id: sectionId, all: true });
      expect({ open: open.data!['section'].comments.length, all: all.data!['section'].comments.length }).toEqual({ open: 0, all: 1 });
      await w.closeCycle(cycleId);
      const res = await w.gql('contributor', RESOLVE, { id: threadId, r: false });
      expect(codeOf(res)).toBe('FAILED_PRECONDITION');
      const canResolve = await w.gql('contributor', `query($id: ID!) { section(id: $id) { comments(includeResolved: true) { canResolve canAnswer } } }`, { id: sectionId });
      expect(canResolve.data!['section'].comments).toEqual([{ canResolve: false, canAnswer: false }]);
      const coordinator = await w.gql('coordinator', RESOLVE, { id: threadId, r: false });
      expect(coordinator.data?.['resolveComment'].resolved).toBe(false);
    });
  });
});
