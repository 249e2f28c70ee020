import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ADD_COMMENT, anchorOn, codeOf, commentsWorld, CommentsWorld } from './support/comments-world';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

/**
 * docs/domain.md rule 6: on later revisions an anchor follows its quoted text (offsets in UTF-16 code units of
 * Revision.text), or is marked orphaned when the text is gone, keeping its quote and the last revision holding it.
 */
describe('comment anchors across revisions', () => {
  let t: TestApp;
  let w: CommentsWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await commentsWorld(t);
  }, BOOT_TIMEOUT);
  afterAll(async () => t?.close());

  const ANCHOR = `query($id: ID!) { section(id: $id) { currentRevision { id text } comments(includeResolved: true) { id resolved anchor { revisionId start end quote orphaned } } } }`;

  async function anchors(sectionId: string) {
    const res = await w.gql('coordinator', ANCHOR, { id: sectionId });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const section = res.data!['section'];
    return { current: section.currentRevision as { id: string; text: string }, comments: section.comments as Array<Record<string, any>> };
  }

  async function comment(sectionId: string, revisionId: string, text: string, quote: string, occurrence = 0) {
    const res = await w.gql('focal', ADD_COMMENT, { input: { sectionId, revisionId, body: `On "${quote}"`, anchor: anchorOn(text, quote, occurrence) } });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!['addComment'].id as string;
  }

  it('moves every anchor (resolved threads too) to where its quote is in the new revision', async () => {
    const before = 'Remittances rose by 12% in 2023. Émigration to the EU — mostly seasonal — grew.';
    const { sectionId, revisionId } = await w.section(before);
    const rose = await comment(sectionId, revisionId, before, 'rose by 12%');
    const seasonal = await comment(sectionId, revisionId, before, 'mostly seasonal');
    await w.gql('coordinator', `mutation($id: ID!) { resolveComment(id: $id, resolved: true) { id } }`, { id: seasonal });

    const after = 'A new first sentence with “quotes”. Remittances rose by 12% in 2023. Émigration to the EU — mostly seasonal — grew.';
    expect(codeOf(await w.save(sectionId, after))).toBe('OK');
    const { current, comments } = await anchors(sectionId);
    expect(current.text).toBe(after);
    const byId = new Map(comments.map((c) => [c.id, c]));
    for (const [id, quote] of [
      [rose, 'rose by 12%'],
      [seasonal, 'mostly seasonal'],
    ] as const) {
      const anchor = byId.get(id)!.anchor;
      expect({ id, anchor, slice: after.slice(anchor.start, anchor.end) }).toEqual({
        id,
        anchor: { revisionId: current.id, start: after.indexOf(quote), end: after.indexOf(quote) + quote.length, quote, orphaned: false },
        slice: quote,
      });
    }
    expect(byId.get(seasonal)!.resolved).toBe(true);
  });

  it('follows the occurrence the comment was on, not the first one, when the quote appears twice', async () => {
    const before = 'The data are weak. More text here. The data are weak.';
    const { sectionId, revisionId } = await w.section(before);
    const second = await comment(sectionId, revisionId, before, 'The data are weak', 1);
    const after = 'Intro. The data are weak. More text here, and more. The data are weak.';
    await w.save(sectionId, after);
    const { comments } = await anchors(sectionId);
    const anchor = comments.find((c) => c.id === second)!.anchor;
    expect(anchor.start).toBe(after.lastIndexOf('The data are weak'));
  });

  it('orphans an anchor whose text is gone, keeping its quote and last revision, and takes it back when the text returns', async () => {
    const before = 'Irregular stays fell. Permits expired without departure being recorded.';
    const { sectionId, revisionId } = await w.section(before);
    const id = await comment(sectionId, revisionId, before, 'without departure being recorded');
    await w.save(sectionId, 'Irregular stays fell. The census comparison is in the annex.');
    let { comments } = await anchors(sectionId);
    expect(comments.find((c) => c.id === id)!.anchor).toEqual({ revisionId, ...anchorOn(before, 'without departure being recorded'), orphaned: true });

    // Another edit without the text: still orphaned, still on the last revision that held it.
    await w.save(sectionId, 'Irregular stays fell sharply. The census comparison is in the annex.');
    ({ comments } = await anchors(sectionId));
    expect(comments.find((c) => c.id === id)!.anchor).toMatchObject({ revisionId, orphaned: true });

    const back = 'Irregular stays fell sharply. Permits expired without departure being recorded.';
    await w.save(sectionId, back);
    const now = await anchors(sectionId);
    expect(now.comments.find((c) => c.id === id)!.anchor).toEqual({
      revisionId: now.current.id,
      ...anchorOn(back, 'without departure being recorded'),
      orphaned: false,
    });
  });

  it('maps a comment made on an older revision to the current one, and orphans it at once when its text is gone', async () => {
    const first = 'Old wording about returnees. Return migration doubled.';
    const { sectionId, revisionId: old } = await w.section(first);
    const second = 'New opening. Return migration doubled since 2019.';
    await w.save(sectionId, second);
    const mapped = await comment(sectionId, old, first, 'Return migration doubled');
    const gone = await comment(sectionId, old, first, 'Old wording about returnees');
    const { current, comments } = await anchors(sectionId);
    expect(comments.find((c) => c.id === mapped)!.anchor).toEqual({
      revisionId: current.id,
      ...anchorOn(second, 'Return migration doubled'),
      orphaned: false,
    });
    expect(comments.find((c) => c.id === gone)!.anchor).toEqual({ revisionId: old, ...anchorOn(first, 'Old wording about returnees'), orphaned: true });
  });

  it('checks the anchor against the revision that was read, and refuses a revision of another section (NOT_FOUND)', async () => {
    const a = await w.section('Alpha text only.');
    const b = await w.section('Beta text only.');
    const wrongRevision = await w.gql('focal', ADD_COMMENT, { input: { sectionId: a.sectionId, revisionId: b.revisionId, body: 'x', anchor: anchorOn('Beta text only.', 'Beta') } });
    expect(codeOf(wrongRevision)).toBe('NOT_FOUND');
  });

  it('moves 500 anchors in one save', async () => {
    const sentence = (i: number) => `Finding number ${i} holds.`;
    const text = Array.from({ length: 500 }, (_, i) => sentence(i)).join(' ');
    const { sectionId, revisionId } = await w.section(text);
    const values = Array.from({ length: 500 }, (_, i) => {
      const { start, end, quote } = anchorOn(text, sentence(i));
      return `('${sectionId}', '${revisionId}', '${w.userIds.focal}', '${w.orgs.ministry.id}', 'Thread ${i}', '${revisionId}', ${start}, ${end}, '${quote}')`;
    });
    await t.dataSource.query(
      `INSERT INTO comments (section_id, revision_id, author_id, organization_id, body, anchor_revision_id, anchor_start, anchor_end, anchor_quote)
       VALUES ${values.join(', ')}`,
    );
    const after = `A preamble. ${text}`;
    expect(codeOf(await w.save(sectionId, after))).toBe('OK');
    const rows: Array<{ anchor_revision_id: string; anchor_start: number; anchor_quote: string; anchor_orphaned: boolean }> = await t.dataSource.query(
      'SELECT anchor_revision_id, anchor_start, anchor_quote, anchor_orphaned FROM comments WHERE section_id = $1',
      [sectionId],
    );
    const current = await w.currentRevisionId(sectionId);
    const wrong = rows.filter((r) => r.anchor_revision_id !== current || r.anchor_orphaned || after.indexOf(r.anchor_quote) !== r.anchor_start);
    expect({ rows: rows.length, wrong }).toEqual({ rows: 500, wrong: [] });
  });
});
