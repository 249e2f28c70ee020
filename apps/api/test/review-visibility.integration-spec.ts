import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CLOSE_CYCLE, codeOf, gqlOk, openCycle, reviewTwg, ReviewTwg } from './support/reviews';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

const PROFILE = `query($id: ID!) { profile(id: $id) {
  sections { key number }
  reviewCycles { title status canComment }
} }`;

describe('who reads which sections and cycles (contributors: only those of their cycles)', () => {
  let t: TestApp;
  let twg: ReviewTwg;
  const cycles: Record<'trends' | 'economy' | 'earlier', string> = { trends: '', economy: '', earlier: '' };
  const key = (k: string) => twg.sections[k]!;

  const profileAs = async (token: string) => (await gqlOk(t, PROFILE, { id: twg.profileId }, token))['profile'];
  const keysAs = async (token: string) => (await profileAs(token)).sections.map((s: { key: string }) => s.key).sort();
  const sectionCode = async (token: string, id: string) => codeOf(await t.gql(`query($id: ID!) { section(id: $id) { id } }`, { id }, token));
  const cycleCode = async (token: string, id: string) => codeOf(await t.gql(`query($id: ID!) { reviewCycle(id: $id) { id } }`, { id }, token));

  beforeAll(async () => {
    t = await startTestApp();
    twg = await reviewTwg(t);
    cycles.earlier = await openCycle(t, twg, { title: 'Earlier', sections: [key('governance.policy')], participants: [twg.orgs.ngo] });
    await gqlOk(t, CLOSE_CYCLE, { id: cycles.earlier }, twg.tokens.coordinator);
    cycles.trends = await openCycle(t, twg, {
      title: 'Trends',
      sections: [key('trends.emigration'), key('trends.immigration')],
      participants: [twg.orgs.ngo],
      signatories: [twg.orgs.university],
    });
    cycles.economy = await openCycle(t, twg, { title: 'Economy', sections: [key('impact.economic')], participants: [twg.orgs.university] });
  }, BOOT_TIMEOUT);
  afterAll(async () => t?.close());

  it("shows a participant's contributors exactly the sections of their cycles, open or closed, numbered as everyone sees them", async () => {
    const ngo = await profileAs(twg.tokens.ngo);
    expect(ngo.sections).toEqual([
      { key: 'trends.immigration', number: 'A.2' },
      { key: 'trends.emigration', number: 'A.4' },
      { key: 'governance.policy', number: 'C.1' },
    ]);
    // A required signatory reads too, without being a participant.
    expect(await keysAs(twg.tokens.university)).toEqual(['impact.economic', 'trends.emigration', 'trends.immigration']);
  });

  it('answers NOT_FOUND for a section outside their cycles, and shows a contributor outside every cycle nothing', async () => {
    expect({
      ngoOther: await sectionCode(twg.tokens.ngo, key('impact.economic')),
      ngoOwn: await sectionCode(twg.tokens.ngo, key('trends.emigration')),
      ngoClosed: await sectionCode(twg.tokens.ngo, key('governance.policy')),
      outside: await sectionCode(twg.tokens.outside, key('trends.emigration')),
    }).toEqual({ ngoOther: 'NOT_FOUND', ngoOwn: 'OK', ngoClosed: 'OK', outside: 'NOT_FOUND' });
    expect(await profileAs(twg.tokens.outside)).toEqual({ sections: [], reviewCycles: [] });
  });

  it('lets observers and focal points read every section and every cycle', async () => {
    const all: Array<{ key: string }> = await t.dataSource.query('SELECT key FROM sections WHERE profile_id = $1 AND archived_at IS NULL', [twg.profileId]);
    for (const who of ['observer', 'focal'] as const) {
      const profile = await profileAs(twg.tokens[who]);
      expect({ who, sections: profile.sections.length, cycles: profile.reviewCycles.map((c: { title: string }) => c.title) }).toEqual({
        who,
        sections: all.length,
        cycles: ['Economy', 'Trends', 'Earlier'],
      });
    }
  });

  it('shows contributors only the cycles their organisation takes part in; others are NOT_FOUND', async () => {
    expect((await profileAs(twg.tokens.ngo)).reviewCycles).toEqual([
      { title: 'Trends', status: 'OPEN', canComment: true },
      { title: 'Earlier', status: 'CLOSED', canComment: false },
    ]);
    expect((await profileAs(twg.tokens.university)).reviewCycles.map((c: { title: string }) => c.title)).toEqual(['Economy', 'Trends']);
    expect({
      ngoEconomy: await cycleCode(twg.tokens.ngo, cycles.economy),
      ngoTrends: await cycleCode(twg.tokens.ngo, cycles.trends),
      outsideTrends: await cycleCode(twg.tokens.outside, cycles.trends),
      strangerTrends: await cycleCode(twg.tokens.stranger, cycles.trends),
      observerEconomy: await cycleCode(twg.tokens.observer, cycles.economy),
    }).toEqual({ ngoEconomy: 'NOT_FOUND', ngoTrends: 'OK', outsideTrends: 'NOT_FOUND', strangerTrends: 'NOT_FOUND', observerEconomy: 'OK' });
    const section = await gqlOk(
      t,
      `query($id: ID!) { section(id: $id) { reviewCycles { title } canSignOff } }`,
      { id: key('trends.emigration') },
      twg.tokens.ngo,
    );
    expect(section['section']).toEqual({ reviewCycles: [{ title: 'Trends' }], canSignOff: false });
  });

  it('keeps a closed cycle readable to its contributors, who can no longer comment in it', async () => {
    await gqlOk(t, CLOSE_CYCLE, { id: cycles.trends }, twg.tokens.coordinator);
    expect(await keysAs(twg.tokens.ngo)).toEqual(['governance.policy', 'trends.emigration', 'trends.immigration']);
    const cycle = await gqlOk(t, `query($id: ID!) { reviewCycle(id: $id) { status canComment sections { key } } }`, { id: cycles.trends }, twg.tokens.ngo);
    expect(cycle['reviewCycle']).toEqual({ status: 'CLOSED', canComment: false, sections: [{ key: 'trends.immigration' }, { key: 'trends.emigration' }] });
    const observer = await gqlOk(t, `query($id: ID!) { reviewCycle(id: $id) { canComment } }`, { id: cycles.economy }, twg.tokens.observer);
    expect(observer['reviewCycle']).toEqual({ canComment: false });
  });
});
