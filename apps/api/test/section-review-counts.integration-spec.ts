import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CLOSE_CYCLE, currentRevisionId, gqlOk, openCycle, reviewTwg, ReviewTwg, saveText, SIGN_OFF } from './support/reviews';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

/** The outline's review counts, as the profile screen asks them. */
const OUTLINE = `query($id: ID!) { profile(id: $id) { sections { key openThreadCount signOffProgress { reviewCycleId required approved changesRequested } } } }`;
const ADD = `mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`;
const RESOLVE = `mutation($id: ID!) { resolveComment(id: $id, resolved: true) { id } }`;

type Counts = { openThreadCount: number; signOffProgress: { reviewCycleId: string; required: number; approved: number; changesRequested: number } | null };

describe("the outline's per-section review counts (open threads, sign-offs in the open cycle) respect who may read what", () => {
  let t: TestApp;
  let twg: ReviewTwg;
  let emigration: string;
  let immigration: string;
  let earlier: string;
  let consultation: string;
  const key = (k: string) => twg.sections[k]!;

  const countsAs = async (token: string): Promise<Record<string, Counts>> => {
    const sections: Array<Counts & { key: string }> = (await gqlOk(t, OUTLINE, { id: twg.profileId }, token))['profile'].sections;
    return Object.fromEntries(sections.map(({ key: k, ...counts }) => [k, counts]));
  };
  const comment = async (token: string, sectionId: string, body: string) =>
    (await gqlOk(t, ADD, { i: { sectionId, revisionId: await currentRevisionId(t, sectionId), body } }, token))['addComment'].id as string;
  const signOff = async (token: string, sectionId: string, decision: 'APPROVE' | 'REQUEST_CHANGES') =>
    gqlOk(t, SIGN_OFF, { i: { sectionId, revisionId: await currentRevisionId(t, sectionId), decision } }, token);

  beforeAll(async () => {
    t = await startTestApp();
    twg = await reviewTwg(t);
    emigration = key('trends.emigration');
    immigration = key('trends.immigration');
    for (const id of [emigration, immigration]) await saveText(t, twg.tokens.coordinator, id, 'Net emigration fell for the third year.');
    // An internal thread (no cycle is open): coordinators and focal points only.
    await comment(twg.tokens.coordinator, emigration, 'Check the 2023 figure before the consultation.');
    // An earlier, closed cycle the outside association took part in: its thread stays open after the close.
    earlier = await openCycle(t, twg, { title: 'Earlier', sections: [emigration], participants: [twg.orgs.outside] });
    await comment(twg.tokens.outside, emigration, 'Seasonal workers are missing.');
    await gqlOk(t, CLOSE_CYCLE, { id: earlier }, twg.tokens.coordinator);
    // The open consultation: the NGO takes part, the university and the labour ministry must sign.
    consultation = await openCycle(t, twg, {
      title: 'Consultation',
      sections: [emigration, immigration],
      participants: [twg.orgs.ngo],
      signatories: [twg.orgs.university, twg.orgs.labour],
    });
    await comment(twg.tokens.ngo, emigration, 'Please cite the survey.');
    const resolved = await comment(twg.tokens.ngo, emigration, 'Typo in the second sentence.');
    await gqlOk(t, RESOLVE, { id: resolved }, twg.tokens.coordinator);
    await comment(twg.tokens.university, immigration, 'Which year is this?');
    await signOff(twg.tokens.university, emigration, 'APPROVE');
    await signOff(twg.tokens.focal, emigration, 'REQUEST_CHANGES');
  }, BOOT_TIMEOUT);
  afterAll(async () => t?.close());

  it('counts for coordinators, focal points and observers every unresolved thread, internal ones included, and the open cycle\'s sign-offs', async () => {
    const progress = (approved: number, changesRequested: number) => ({ reviewCycleId: consultation, required: 2, approved, changesRequested });
    for (const who of ['coordinator', 'focal', 'observer'] as const) {
      const counts = await countsAs(twg.tokens[who]);
      expect({ who, emigration: counts['trends.emigration'], immigration: counts['trends.immigration'] }).toEqual({
        who,
        // internal + the outside association's (closed cycle) + the NGO's open one; the resolved thread is not counted
        emigration: { openThreadCount: 3, signOffProgress: progress(1, 1) },
        immigration: { openThreadCount: 1, signOffProgress: progress(0, 0) },
      });
      // Sections in no open cycle: no threads, no progress.
      expect(counts['impact.economic']).toEqual({ openThreadCount: 0, signOffProgress: null });
    }
  });

  it("counts for a contributor only the threads of their organisation's cycles, never internal ones", async () => {
    const ngo = await countsAs(twg.tokens.ngo);
    expect(ngo['trends.emigration']).toEqual({ openThreadCount: 1, signOffProgress: { reviewCycleId: consultation, required: 2, approved: 1, changesRequested: 1 } });
    expect(ngo['trends.immigration']).toEqual({ openThreadCount: 1, signOffProgress: { reviewCycleId: consultation, required: 2, approved: 0, changesRequested: 0 } });
    const university = await countsAs(twg.tokens.university);
    expect(university['trends.emigration']?.openThreadCount).toBe(1);
  });

  it('tells a contributor who reads the section through an earlier cycle nothing of the open cycle they are not part of', async () => {
    const outside = await countsAs(twg.tokens.outside);
    expect(Object.keys(outside)).toEqual(['trends.emigration']);
    // Their own (closed) cycle's thread only: not the internal one, not the consultation's, and no sign-off progress.
    expect(outside['trends.emigration']).toEqual({ openThreadCount: 1, signOffProgress: null });
  });

  it('stops counting sign-offs given on an older revision once the section is saved again', async () => {
    await saveText(t, twg.tokens.coordinator, emigration, 'Net emigration fell for the third year running.');
    const counts = await countsAs(twg.tokens.coordinator);
    expect(counts['trends.emigration']?.signOffProgress).toEqual({ reviewCycleId: consultation, required: 2, approved: 0, changesRequested: 0 });
    await signOff(twg.tokens.university, emigration, 'APPROVE');
    expect((await countsAs(twg.tokens.ngo))['trends.emigration']?.signOffProgress?.approved).toBe(1);
  });

  it('shows no progress once the cycle is closed, and keeps counting its unresolved threads', async () => {
    await gqlOk(t, CLOSE_CYCLE, { id: consultation }, twg.tokens.coordinator);
    const counts = await countsAs(twg.tokens.coordinator);
    expect(counts['trends.emigration']).toEqual({ openThreadCount: 3, signOffProgress: null });
    expect((await countsAs(twg.tokens.ngo))['trends.emigration']).toEqual({ openThreadCount: 1, signOffProgress: null });
  });
});
