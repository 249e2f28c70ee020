import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CLOSE_CYCLE,
  codeOf,
  currentRevisionId,
  doc,
  gqlOk,
  openCycle,
  reviewTwg,
  ReviewTwg,
  SAVE,
  saveText,
  SIGN_OFF,
  statusesOf,
} from './support/reviews';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

const SECTION_SIGN_OFFS = `query($id: ID!) { section(id: $id) {
  status canSignOff
  requiredSignatories { name }
  signOffs { decision stale superseded organization { name } user { id } revision { id } section { id number } }
  signOffHistory { decision stale superseded organization { name } }
} }`;

const MATRIX = `query($id: ID!) { reviewCycle(id: $id) {
  progress { sections sectionsApproved sectionsChangesRequested signOffsExpected signOffsGiven threads comments }
  signOffMatrix { section { number title } cells { organization { name } decision stale awaiting signOff { decision stale } } }
} }`;

describe('sign-offs bound to revisions', () => {
  let t: TestApp;
  let twg: ReviewTwg;
  const sign = (token: string, sectionId: string, revisionId: string | null, decision = 'APPROVE', note: string | null = null) =>
    t.gql(SIGN_OFF, { i: { sectionId, revisionId, decision, note } }, token);
  const signCurrent = async (token: string, sectionId: string, decision = 'APPROVE') =>
    gqlOk(t, SIGN_OFF, { i: { sectionId, revisionId: await currentRevisionId(t, sectionId), decision } }, token);
  const signOffRows = async (sectionId: string) =>
    Number((await t.dataSource.query('SELECT count(*)::int AS n FROM sign_offs WHERE section_id = $1', [sectionId]))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    twg = await reviewTwg(t);
  }, BOOT_TIMEOUT);
  afterAll(async () => t?.close());

  it('lets members of required signatories sign off and refuses everyone else, writing nothing', async () => {
    const s = twg.sections['trends.emigration']!;
    const revision = await saveText(t, twg.tokens.coordinator, s, 'Emigration text');
    await openCycle(t, twg, { sections: [s], participants: [twg.orgs.ngo], signatories: [twg.orgs.university, twg.orgs.labour] });
    const codes: Record<string, string> = {};
    for (const who of ['ngo', 'coordinator', 'observer', 'outside', 'stranger'] as const) {
      codes[who] = codeOf(await sign(twg.tokens[who], s, revision));
    }
    codes['unknownSection'] = codeOf(await sign(twg.tokens.university, '00000000-0000-4000-8000-000000000000', revision));
    expect(codes).toEqual({ ngo: 'FORBIDDEN', coordinator: 'FORBIDDEN', observer: 'FORBIDDEN', outside: 'NOT_FOUND', stranger: 'NOT_FOUND', unknownSection: 'NOT_FOUND' });
    expect(await signOffRows(s)).toBe(0);

    const given = await gqlOk(t, SIGN_OFF, { i: { sectionId: s, revisionId: revision, decision: 'APPROVE', note: '  Fine.  ' } }, twg.tokens.university);
    expect(given['signOff']).toMatchObject({ decision: 'APPROVE', note: 'Fine.', stale: false, superseded: false, organization: { id: twg.orgs.university }, revision: { id: revision } });
    // A focal point signs for their ministry when it is a required signatory.
    await signCurrent(twg.tokens.focal, s);
    expect(await statusesOf(t, [s])).toEqual(['APPROVED']);
    const audit = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'section.signed-off' AND subject_id = $1`, [s]);
    expect(audit[0].n).toBe(2);
  });

  it('refuses an older revision with CONFLICT and a revision of another section with NOT_FOUND', async () => {
    const s = twg.sections['trends.immigration']!;
    const first = await saveText(t, twg.tokens.coordinator, s, 'First');
    const second = await saveText(t, twg.tokens.coordinator, s, 'Second');
    await openCycle(t, twg, { sections: [s], signatories: [twg.orgs.university] });
    const older = await sign(twg.tokens.university, s, first);
    expect({ code: codeOf(older), current: older.errors?.[0]?.extensions['currentRevisionId'] }).toEqual({ code: 'CONFLICT', current: second });
    const elsewhere = await currentRevisionId(t, twg.sections['trends.emigration']!);
    expect(codeOf(await sign(twg.tokens.university, s, elsewhere))).toBe('NOT_FOUND');
    expect(codeOf(await sign(twg.tokens.university, s, 'not-an-id'))).toBe('NOT_FOUND');
    expect(await signOffRows(s)).toBe(0);
    expect(await statusesOf(t, [s])).toEqual(['IN_REVIEW']);
  });

  it('keeps one current decision per organisation: a new one supersedes, the history keeps both', async () => {
    const s = twg.sections['impact.economic']!;
    await saveText(t, twg.tokens.coordinator, s, 'Remittances');
    await openCycle(t, twg, { sections: [s], participants: [twg.orgs.ngo], signatories: [twg.orgs.university, twg.orgs.ngo] });
    await signCurrent(twg.tokens.university, s, 'APPROVE');
    await signCurrent(twg.tokens.ngo, s, 'APPROVE');
    expect(await statusesOf(t, [s])).toEqual(['APPROVED']);
    await signCurrent(twg.tokens.ngo2, s, 'REQUEST_CHANGES');
    expect(await statusesOf(t, [s])).toEqual(['CHANGES_REQUESTED']);
    const section = (await gqlOk(t, SECTION_SIGN_OFFS, { id: s }, twg.tokens.coordinator))['section'];
    expect(section.signOffs.map((o: any) => [o.organization.name, o.decision, o.stale, o.superseded])).toEqual([
      ['University centre', 'APPROVE', false, false],
      ['Migrant Support Network', 'REQUEST_CHANGES', false, false],
    ]);
    expect(section.signOffHistory.map((o: any) => [o.organization.name, o.decision, o.superseded])).toEqual([
      ['Migrant Support Network', 'REQUEST_CHANGES', false],
      ['Migrant Support Network', 'APPROVE', true],
      ['University centre', 'APPROVE', false],
    ]);
    expect(section.requiredSignatories).toEqual([{ name: 'Migrant Support Network' }, { name: 'University centre' }]);
    const current = await t.dataSource.query('SELECT count(*)::int AS n FROM sign_offs WHERE section_id = $1 AND superseded_at IS NULL', [s]);
    expect(current[0].n).toBe(2);
    // Approving again answers the request: APPROVED once more.
    await signCurrent(twg.tokens.ngo, s, 'APPROVE');
    expect(await statusesOf(t, [s])).toEqual(['APPROVED']);
  });

  it('makes sign-offs stale on a new revision: that section returns to IN_REVIEW, no other section changes', async () => {
    const [a, b] = [twg.sections['governance.policy']!, twg.sections['governance.laws']!];
    await saveText(t, twg.tokens.coordinator, a, 'Policy');
    await saveText(t, twg.tokens.coordinator, b, 'Laws');
    const cycle = await openCycle(t, twg, { sections: [a, b], signatories: [twg.orgs.university] });
    await signCurrent(twg.tokens.university, a);
    await signCurrent(twg.tokens.university, b);
    expect(await statusesOf(t, [a, b])).toEqual(['APPROVED', 'APPROVED']);
    const matrixBefore = (await gqlOk(t, MATRIX, { id: cycle }, twg.tokens.coordinator))['reviewCycle'];
    expect(matrixBefore.progress).toMatchObject({ sections: 2, sectionsApproved: 2, signOffsExpected: 2, signOffsGiven: 2 });

    await saveText(t, twg.tokens.coordinator, a, 'Policy, revised');
    expect(await statusesOf(t, [a, b])).toEqual(['IN_REVIEW', 'APPROVED']);
    const section = (await gqlOk(t, SECTION_SIGN_OFFS, { id: a }, twg.tokens.coordinator))['section'];
    expect({ signOffs: section.signOffs, history: section.signOffHistory.map((o: any) => o.stale) }).toEqual({ signOffs: [], history: [true] });

    const matrix = (await gqlOk(t, MATRIX, { id: cycle }, twg.tokens.focal))['reviewCycle'];
    expect(matrix.progress).toMatchObject({ sections: 2, sectionsApproved: 1, signOffsExpected: 2, signOffsGiven: 1 });
    expect(matrix.signOffMatrix).toEqual([
      {
        section: { number: 'C.1', title: 'Policy framework' },
        cells: [{ organization: { name: 'University centre' }, decision: null, stale: true, awaiting: true, signOff: { decision: 'APPROVE', stale: true } }],
      },
      {
        section: { number: 'C.2', title: 'Laws and regulations' },
        cells: [{ organization: { name: 'University centre' }, decision: 'APPROVE', stale: false, awaiting: false, signOff: { decision: 'APPROVE', stale: false } }],
      },
    ]);
    for (const who of ['university', 'observer'] as const) {
      const res = await t.gql(`query($id: ID!) { reviewCycle(id: $id) { signOffMatrix { cells { awaiting } } } }`, { id: cycle }, twg.tokens[who]);
      expect({ who, code: codeOf(res) }).toEqual({ who, code: 'FORBIDDEN' });
    }
  });

  it('accepts sign-offs after the cycle closed (they belong to a revision) and moves the status by them', async () => {
    const s = twg.sections['governance.institutions']!;
    await saveText(t, twg.tokens.coordinator, s, 'Institutions');
    const cycle = await openCycle(t, twg, { sections: [s], signatories: [twg.orgs.university] });
    await gqlOk(t, CLOSE_CYCLE, { id: cycle }, twg.tokens.coordinator);
    expect(await statusesOf(t, [s])).toEqual(['DRAFTING']);
    const view = (await gqlOk(t, SECTION_SIGN_OFFS, { id: s }, twg.tokens.university))['section'];
    expect(view.canSignOff).toBe(true);
    await signCurrent(twg.tokens.university, s, 'APPROVE');
    expect(await statusesOf(t, [s])).toEqual(['APPROVED']);
    // A new revision after the close: its signatories must look again.
    await saveText(t, twg.tokens.coordinator, s, 'Institutions, revised');
    expect(await statusesOf(t, [s])).toEqual(['IN_REVIEW']);
    await signCurrent(twg.tokens.university, s, 'REQUEST_CHANGES');
    expect(await statusesOf(t, [s])).toEqual(['CHANGES_REQUESTED']);
  });

  it('never leaves a sign-off counted on a non-current revision when a save and a sign-off race', async () => {
    const s = twg.sections['governance.cooperation']!;
    await saveText(t, twg.tokens.coordinator, s, 'Cooperation 0');
    await openCycle(t, twg, { sections: [s], signatories: [twg.orgs.university] });
    const outcomes: string[] = [];
    for (let round = 1; round <= 12; round += 1) {
      const base = await currentRevisionId(t, s);
      const [saved, signed] = await Promise.all([
        t.gql(SAVE, { s, b: base, c: doc(`Cooperation ${round}`) }, twg.tokens.coordinator),
        sign(twg.tokens.university, s, base, 'APPROVE'),
      ]);
      outcomes.push(`${codeOf(saved)}/${codeOf(signed)}`);
      const facts: Array<{ review_status: string; counted: number }> = await t.dataSource.query(
        `SELECT s.review_status,
                (SELECT count(*)::int FROM sign_offs so WHERE so.section_id = s.id AND so.superseded_at IS NULL
                    AND so.revision_id = s.current_revision_id AND so.decision = 'APPROVE') AS counted
           FROM sections s WHERE s.id = $1`,
        [s],
      );
      // The stored status always agrees with the decisions on the current revision.
      expect({ round, status: facts[0]!.review_status }).toEqual({ round, status: facts[0]!.counted === 1 ? 'APPROVED' : 'IN_REVIEW' });
      expect(codeOf(saved)).toBe('OK');
      expect(['OK', 'CONFLICT']).toContain(codeOf(signed));
    }
    // After the last save no approval is on the current revision.
    expect(await statusesOf(t, [s])).toEqual(['IN_REVIEW']);
    expect(outcomes.length).toBe(12);
  });
});
