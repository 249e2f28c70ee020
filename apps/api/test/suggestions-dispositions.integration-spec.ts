import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ADD_COMMENT, anchorOn, codeOf, commentRows, commentsWorld, CommentsWorld } from './support/comments-world';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

/**
 * Suggested wording (applied through a save, or declined with a reason) and dispositions (docs/domain.md rule 6 and
 * the settled detail on suggestions), and who may see the cycle's comment-response matrix.
 */
describe('suggestions and dispositions', () => {
  let t: TestApp;
  let w: CommentsWorld;
  const TEXT = 'Personal remittances reached 9.8% of GDP in 2023. Emigration grew.';
  const QUOTE = 'Personal remittances reached 9.8% of GDP in 2023.';
  const WORDING = 'Personal remittances recorded by the National Bank reached 9.8% of GDP in 2023.';
  const DECLINE = `mutation($id: ID!, $reason: String!) { declineSuggestion(commentId: $id, reason: $reason) { id suggestion { status declineReason answeredAt } } }`;
  const DISPOSE = `mutation($input: SetCommentDispositionInput!) { setCommentDisposition(input: $input) { id disposition { value reason } dispositionBy { id } } }`;

  beforeAll(async () => {
    t = await startTestApp();
    w = await commentsWorld(t);
  }, BOOT_TIMEOUT);
  afterAll(async () => t?.close());

  /** A section in an open cycle with the civil-society organisation, and a contributor's suggestion on it. */
  async function suggestion() {
    const { sectionId, revisionId } = await w.section(TEXT);
    const cycleId = await w.openCycle([sectionId], [w.orgs.civil.id]);
    const res = await w.gql('contributor', ADD_COMMENT, {
      input: { sectionId, revisionId, body: 'Informal transfers are not in this figure.', anchor: anchorOn(TEXT, QUOTE), suggestion: WORDING },
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return { sectionId, revisionId, cycleId, commentId: res.data!['addComment'].id as string };
  }

  it('records the revision that took an applied suggestion (APPLIED) when the save names it', async () => {
    const { sectionId, commentId } = await suggestion();
    const saved = await w.save(sectionId, TEXT.replace(QUOTE, WORDING), { appliedSuggestionIds: [commentId] });
    expect(codeOf(saved)).toBe('OK');
    const res = await w.gql(
      'coordinator',
      `query($id: ID!) { section(id: $id) { comments { suggestion { status } suggestionAppliedIn { id number } anchor { revisionId quote orphaned } } } }`,
      { id: sectionId },
    );
    // The passage was replaced by the suggested wording: the thread now points at that wording, not at a lost quote.
    expect(res.data!['section'].comments).toEqual([
      {
        suggestion: { status: 'APPLIED' },
        suggestionAppliedIn: { id: saved.data!['saveSection'].id, number: 2 },
        anchor: { revisionId: saved.data!['saveSection'].id, quote: WORDING, orphaned: false },
      },
    ]);
    const audit = await t.dataSource.query(`SELECT action, data->>'revisionId' AS revision FROM audit_events WHERE subject_id = $1 ORDER BY at`, [commentId]);
    expect(audit).toEqual([
      { action: 'comment.added', revision: expect.any(String) },
      { action: 'comment.suggestion-applied', revision: saved.data!['saveSection'].id },
    ]);
    // Applying it again in a later save is ignored; declining it now is too late.
    expect(codeOf(await w.save(sectionId, `${TEXT.replace(QUOTE, WORDING)} More.`, { appliedSuggestionIds: [commentId] }))).toBe('OK');
    const late = await w.gql('focal', DECLINE, { id: commentId, reason: 'Changed my mind' });
    expect(codeOf(late)).toBe('FAILED_PRECONDITION');
  });

  it('refuses the whole save when an applied id is not a suggestion of that section (BAD_USER_INPUT, no revision written)', async () => {
    const { sectionId, revisionId } = await suggestion();
    const other = await suggestion();
    for (const ids of [[other.commentId], ['00000000-0000-4000-8000-000000000000'], ['not-an-id']]) {
      const res = await w.save(sectionId, 'Rewritten.', { appliedSuggestionIds: ids });
      expect({ ids, code: codeOf(res), field: res.errors?.[0]?.extensions['field'] }).toEqual({ ids, code: 'BAD_USER_INPUT', field: 'appliedSuggestionIds' });
    }
    expect(await w.currentRevisionId(sectionId)).toBe(revisionId);
    const revisions = await t.dataSource.query('SELECT count(*)::int AS n FROM revisions WHERE section_id = $1', [sectionId]);
    expect(revisions).toEqual([{ n: 1 }]);
    const status = await t.dataSource.query('SELECT suggestion_status FROM comments WHERE id = $1', [other.commentId]);
    expect(status).toEqual([{ suggestion_status: 'PENDING' }]);
  });

  it('declines a pending suggestion with a reason, by a focal point of the section; never twice, never without a reason', async () => {
    const { sectionId, commentId } = await suggestion();
    const before = await commentRows(t, sectionId);
    const refusals = {
      noReason: codeOf(await w.gql('focal', DECLINE, { id: commentId, reason: '   ' })),
      otherFocal: codeOf(await w.gql('focalOther', DECLINE, { id: commentId, reason: 'No' })),
      contributor: codeOf(await w.gql('contributor', DECLINE, { id: commentId, reason: 'No' })),
      observer: codeOf(await w.gql('observer', DECLINE, { id: commentId, reason: 'No' })),
    };
    expect(refusals).toEqual({ noReason: 'BAD_USER_INPUT', otherFocal: 'FORBIDDEN', contributor: 'FORBIDDEN', observer: 'FORBIDDEN' });
    expect(await commentRows(t, sectionId)).toEqual(before);

    const res = await w.gql('focal', DECLINE, { id: commentId, reason: 'The bank’s figure already excludes informal transfers: see note 3.' });
    expect(res.data?.['declineSuggestion'].suggestion).toMatchObject({
      status: 'DECLINED',
      declineReason: 'The bank’s figure already excludes informal transfers: see note 3.',
      answeredAt: expect.any(String),
    });
    const again = await w.gql('coordinator', DECLINE, { id: commentId, reason: 'Again' });
    expect(codeOf(again)).toBe('FAILED_PRECONDITION');
  });

  it('records dispositions by coordinators and focal points of the section, a new one replacing the old (the audit keeps both)', async () => {
    const { sectionId, commentId } = await suggestion();
    const before = await commentRows(t, sectionId);
    const input = (reason: string, disposition = 'ACCEPTED') => ({ input: { commentId, disposition, reason } });
    const refusals = {
      otherFocal: codeOf(await w.gql('focalOther', DISPOSE, input('x'))),
      contributor: codeOf(await w.gql('contributor', DISPOSE, input('x'))),
      noReason: codeOf(await w.gql('focal', DISPOSE, input(''))),
    };
    expect(refusals).toEqual({ otherFocal: 'FORBIDDEN', contributor: 'FORBIDDEN', noReason: 'BAD_USER_INPUT' });
    expect(await commentRows(t, sectionId)).toEqual(before);

    const first = await w.gql('focal', DISPOSE, input('Taken as proposed.'));
    expect(first.data?.['setCommentDisposition']).toMatchObject({ disposition: { value: 'ACCEPTED', reason: 'Taken as proposed.' }, dispositionBy: { id: w.userIds.focal } });
    const second = await w.gql('coordinator', DISPOSE, input('Only the first half was taken.', 'PARTLY_ACCEPTED'));
    expect(second.data?.['setCommentDisposition']).toMatchObject({ disposition: { value: 'PARTLY_ACCEPTED' }, dispositionBy: { id: w.userIds.coordinator } });
    const audit = await t.dataSource.query(
      `SELECT data->'before'->>'disposition' AS before, data->'after'->>'disposition' AS after FROM audit_events WHERE subject_id = $1 AND action = 'comment.disposition-set' ORDER BY at`,
      [commentId],
    );
    expect(audit).toEqual([
      { before: null, after: 'ACCEPTED' },
      { before: 'ACCEPTED', after: 'PARTLY_ACCEPTED' },
    ]);
  });

  it('refuses a disposition on a reply or an internal comment (BAD_USER_INPUT)', async () => {
    const { sectionId, revisionId, commentId } = await suggestion();
    const reply = await w.gql('focal', ADD_COMMENT, { input: { sectionId, revisionId, body: 'Good point.', parentId: commentId } });
    const onReply = await w.gql('coordinator', DISPOSE, { input: { commentId: reply.data!['addComment'].id, disposition: 'ACCEPTED', reason: 'x' } });
    const internalSection = await w.section('Internal only.');
    const internal = await w.gql('focal', ADD_COMMENT, { input: { sectionId: internalSection.sectionId, revisionId: internalSection.revisionId, body: 'Note to self' } });
    expect(internal.data?.['addComment'].internal).toBe(true);
    const onInternal = await w.gql('coordinator', DISPOSE, { input: { commentId: internal.data!['addComment'].id, disposition: 'ACCEPTED', reason: 'x' } });
    expect({ onReply: codeOf(onReply), onInternal: codeOf(onInternal) }).toEqual({ onReply: 'BAD_USER_INPUT', onInternal: 'BAD_USER_INPUT' });
  });

  it('shows the comment-response matrix to coordinators and focal points, FORBIDDEN to contributors and observers', async () => {
    const { sectionId, commentId } = await suggestion();
    // Reached through the comment's cycle, the same ReviewCycle.commentResponses as on the cycle page.
    const QUERY = `query($id: ID!) { section(id: $id) { comments { reviewCycle { commentResponses { id organization { id } } } } } }`;
    const results: Record<string, unknown> = {};
    for (const who of ['coordinator', 'focal', 'contributor', 'observer'] as const) {
      const res = await w.gql(who, QUERY, { id: sectionId });
      results[who] = res.errors ? res.errors.map((e) => e.extensions.code) : res.data!['section'].comments[0].reviewCycle.commentResponses;
    }
    const matrix = [{ id: commentId, organization: { id: w.orgs.civil.id } }];
    expect(results).toEqual({ coordinator: matrix, focal: matrix, contributor: ['FORBIDDEN'], observer: ['FORBIDDEN'] });
  });
});
