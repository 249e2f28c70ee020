import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Fixtures } from '@mps/api-testing';
import { INPUT_LIMITS } from '@mps/shared-domain';
import { signIn } from './support/sign-in';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

const doc = (...texts: string[]) => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

const CREATE_PROFILE = `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id sections { id key number title } } }`;
const SAVE = `mutation($input: SaveSectionInput!) { saveSection(input: $input) { id number contentHash text html summary author { email } } }`;
const SECTION = `query($id: ID!) { section(id: $id) { id number title canEdit currentRevision { id number text } revisions { id number summary } } }`;

describe('profiles, outline and revisions', () => {
  let t: TestApp;
  let f: Fixtures;
  let tokens: Record<'coordinator' | 'focalAssigned' | 'focalOther' | 'observer' | 'contributor' | 'outsider', string>;
  let workspaceId: string;
  let ministryId: string;
  let sectionsByKey: Record<string, { id: string; number: string }>;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t.dataSource);
    const ws = await f.workspace();
    workspaceId = ws.id;
    const ministry = await f.organization(ws.id, { name: 'Ministry of Labour' });
    const other = await f.organization(ws.id, { name: 'Ministry of Health' });
    const ngo = await f.organization(ws.id, { name: 'Migrant Network', kind: 'CIVIL_SOCIETY' });
    ministryId = ministry.id;
    const elsewhere = await f.workspace();
    const elsewhereOrg = await f.organization(elsewhere.id);
    const people = {
      coordinator: await f.member(ws.id, ministry.id, 'COORDINATOR'),
      focalAssigned: await f.member(ws.id, ministry.id, 'FOCAL_POINT'),
      focalOther: await f.member(ws.id, other.id, 'FOCAL_POINT'),
      observer: await f.member(ws.id, other.id, 'OBSERVER'),
      contributor: await f.member(ws.id, ngo.id, 'CONTRIBUTOR'),
      outsider: await f.member(elsewhere.id, elsewhereOrg.id, 'COORDINATOR'),
    };
    tokens = Object.fromEntries(
      await Promise.all(Object.entries(people).map(async ([k, v]) => [k, (await signIn(t, v.user.email)).accessToken])),
    ) as typeof tokens;
    const created = await t.gql(
      CREATE_PROFILE,
      { input: { workspaceId, title: 'Migration Profile', edition: '2025', templateKey: 'iom-standard' } },
      tokens.coordinator,
    );
    sectionsByKey = Object.fromEntries(created.data!['createProfile'].sections.map((s: any) => [s.key, s]));
    await t.gql(
      `mutation($s: ID!, $o: [ID!]!) { assignSection(sectionId: $s, organizationIds: $o) { id } }`,
      { s: sectionsByKey['trends.emigration']!.id, o: [ministryId] },
      tokens.coordinator,
    );
  }, BOOT_TIMEOUT);
  afterAll(async () => t?.close());

  describe('profiles and outline', () => {
    it('creates the standard outline with derived numbers', () => {
      expect(Object.keys(sectionsByKey)).toHaveLength(28);
      expect(sectionsByKey['trends']!.number).toBe('A');
      expect(sectionsByKey['trends.emigration']!.number).toBe('A.4');
      expect(sectionsByKey['findings.statistics']!.number).toBe('D.4');
      expect(sectionsByKey['executive-summary']!.number).toBe('');
    });

    it('refuses an unknown template and lets only coordinators create profiles', async () => {
      const bad = await t.gql(CREATE_PROFILE, { input: { workspaceId, title: 'x', edition: '1', templateKey: 'nope' } }, tokens.coordinator);
      expect(bad.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
      const focal = await t.gql(CREATE_PROFILE, { input: { workspaceId, title: 'x', edition: '1' } }, tokens.focalAssigned);
      expect(focal.errors![0]!.extensions.code).toBe('FORBIDDEN');
      const outsider = await t.gql(CREATE_PROFILE, { input: { workspaceId, title: 'x', edition: '1' } }, tokens.outsider);
      expect(outsider.errors![0]!.extensions.code).toBe('NOT_FOUND');
    });

    it('adds, renames, moves and archives sections, renumbering the outline', async () => {
      const empty = await t.gql(CREATE_PROFILE, { input: { workspaceId, title: 'Scratch', edition: '1' } }, tokens.coordinator);
      const pid = empty.data!['createProfile'].id;
      const add = (title: string, parentId?: string, position?: number) =>
        t.gql(`mutation($i: AddSectionInput!) { addSection(input: $i) { id number title position } }`, { i: { profileId: pid, title, parentId, position } }, tokens.coordinator);
      const a = (await add('Alpha')).data!['addSection'];
      const b = (await add('Beta')).data!['addSection'];
      const first = (await add('First', undefined, 0)).data!['addSection'];
      expect(first.number).toBe('1');
      const child = (await add('Child of Beta', b.id)).data!['addSection'];
      expect(child.number).toBe('3.1');

      const renamed = await t.gql(`mutation($id: ID!) { renameSection(id: $id, title: "Alpha (revised)") { title } }`, { id: a.id }, tokens.coordinator);
      expect(renamed.data!['renameSection'].title).toBe('Alpha (revised)');

      const moved = await t.gql(`mutation($i: MoveSectionInput!) { moveSection(input: $i) { number parentId } }`, { i: { sectionId: child.id, parentId: a.id, position: 0 } }, tokens.coordinator);
      expect(moved.data!['moveSection']).toEqual({ number: '2.1', parentId: a.id });

      const cycle = await t.gql(`mutation($i: MoveSectionInput!) { moveSection(input: $i) { id } }`, { i: { sectionId: a.id, parentId: child.id, position: 0 } }, tokens.coordinator);
      expect(cycle.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');

      await t.gql(`mutation($id: ID!) { archiveSection(id: $id) { archived } }`, { id: first.id }, tokens.coordinator);
      const outline = await t.gql(`query($id: ID!) { profile(id: $id) { sections { title number } } }`, { id: pid }, tokens.coordinator);
      expect(outline.data!['profile'].sections).toEqual([
        { title: 'Alpha (revised)', number: '1' },
        { title: 'Child of Beta', number: '1.1' },
        { title: 'Beta', number: '2' },
      ]);
      const archived = await t.gql(SECTION, { id: first.id }, tokens.coordinator);
      expect(archived.data!['section']).toMatchObject({ title: 'First' });

      const byFocal = await t.gql(`mutation($id: ID!) { renameSection(id: $id, title: "x") { id } }`, { id: a.id }, tokens.focalAssigned);
      expect(byFocal.errors![0]!.extensions.code).toBe('FORBIDDEN');
    });

    it('refuses an empty or too long section title with BAD_USER_INPUT on title, by the shared limit', async () => {
      const empty = await t.gql(CREATE_PROFILE, { input: { workspaceId, title: 'Titles', edition: '1' } }, tokens.coordinator);
      const pid = empty.data!['createProfile'].id;
      const add = (title: string) =>
        t.gql(`mutation($i: AddSectionInput!) { addSection(input: $i) { id title } }`, { i: { profileId: pid, title } }, tokens.coordinator);
      const blank = await add('   ');
      expect(blank.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      expect(blank.errors![0]!.message).toBe('Enter a title for the section.');
      const longest = (await add(` ${'x'.repeat(INPUT_LIMITS.textMax)} `)).data!['addSection'];
      expect(longest.title).toHaveLength(INPUT_LIMITS.textMax);
      const rename = await t.gql(`mutation($id: ID!, $title: String!) { renameSection(id: $id, title: $title) { id } }`, {
        id: longest.id,
        title: 'x'.repeat(INPUT_LIMITS.textMax + 1),
      }, tokens.coordinator);
      expect(rename.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      expect(rename.errors![0]!.message).toBe(`Shorten the section title to ${INPUT_LIMITS.textMax} characters or fewer.`);
    });

    it('assigns sections only to organisations of the same workspace', async () => {
      const foreign = await f.organization((await f.workspace()).id);
      const res = await t.gql(
        `mutation($s: ID!, $o: [ID!]!) { assignSection(sectionId: $s, organizationIds: $o) { id } }`,
        { s: sectionsByKey['trends.return']!.id, o: [foreign.id] },
        tokens.coordinator,
      );
      expect(res.errors![0]!.extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('saving', () => {
    it('lets the assigned focal point save, records author, hash and html, and numbers revisions', async () => {
      const id = sectionsByKey['trends.emigration']!.id;
      const first = await t.gql(SAVE, { input: { sectionId: id, baseRevisionId: null, content: doc('About 12% of Norlanders live abroad.'), summary: 'First draft' } }, tokens.focalAssigned);
      expect(first.errors).toBeUndefined();
      expect(first.data!['saveSection']).toMatchObject({ number: 1, text: 'About 12% of Norlanders live abroad.', summary: 'First draft' });
      expect(first.data!['saveSection'].contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(first.data!['saveSection'].html).toBe('<p>About 12% of Norlanders live abroad.</p>');
      const second = await t.gql(SAVE, { input: { sectionId: id, baseRevisionId: first.data!['saveSection'].id, content: doc('About 14% of Norlanders live abroad.') } }, tokens.coordinator);
      expect(second.data!['saveSection'].number).toBe(2);
      const section = await t.gql(SECTION, { id }, tokens.focalAssigned);
      expect(section.data!['section']).toMatchObject({ canEdit: true, currentRevision: { number: 2 } });
      expect(section.data!['section'].revisions.map((r: any) => r.number)).toEqual([2, 1]);
    });

    it.each([
      ['focal point of another organisation', 'focalOther', 'FORBIDDEN'],
      ['observer', 'observer', 'FORBIDDEN'],
      ['contributor', 'contributor', 'FORBIDDEN'],
      ['member of another workspace', 'outsider', 'NOT_FOUND'],
    ] as const)('refuses a save by a %s (%s) with %s and writes nothing', async (_label, who, code) => {
      const id = sectionsByKey['trends.irregular']!.id;
      const res = await t.gql(SAVE, { input: { sectionId: id, baseRevisionId: null, content: doc('x') } }, tokens[who]);
      expect(res.errors![0]!.extensions.code).toBe(code);
      const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM revisions WHERE section_id = $1', [id]);
      expect(count).toBe(0);
    });

    it('tells a focal point of another organisation that they cannot edit', async () => {
      const res = await t.gql(SECTION, { id: sectionsByKey['trends.emigration']!.id }, tokens.focalOther);
      expect(res.data!['section'].canEdit).toBe(false);
    });

    it.each([
      ['an unknown node', { type: 'doc', content: [{ type: 'iframe' }] }, /section format/],
      ['a javascript: link', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] }, /http, https or mailto/],
      ['content over 2 MB', doc('x'.repeat(2_100_000)), /at most 2 MB/],
    ])('refuses %s with BAD_USER_INPUT', async (_label, content, message) => {
      const res = await t.gql(SAVE, { input: { sectionId: sectionsByKey['trends.return']!.id, baseRevisionId: null, content } }, tokens.coordinator);
      expect(res.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toMatch(message);
    });

    it('refuses a stale base with CONFLICT naming the current revision, and writes nothing', async () => {
      const id = sectionsByKey['trends.internal']!.id;
      const first = (await t.gql(SAVE, { input: { sectionId: id, content: doc('v1') } }, tokens.coordinator)).data!['saveSection'];
      const second = (await t.gql(SAVE, { input: { sectionId: id, baseRevisionId: first.id, content: doc('v2') } }, tokens.coordinator)).data!['saveSection'];
      const stale = await t.gql(SAVE, { input: { sectionId: id, baseRevisionId: first.id, content: doc('v2 from a stale tab') } }, tokens.coordinator);
      expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentRevisionId: second.id });
      const noBase = await t.gql(SAVE, { input: { sectionId: id, baseRevisionId: null, content: doc('x') } }, tokens.coordinator);
      expect(noBase.errors![0]!.extensions.code).toBe('CONFLICT');
      const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM revisions WHERE section_id = $1', [id]);
      expect(count).toBe(2);
    });

    it('creates exactly one revision when 50 saves race from the same base; the other 49 get CONFLICT', async () => {
      const id = sectionsByKey['impact.health']!.id;
      const base = (await t.gql(SAVE, { input: { sectionId: id, content: doc('base') } }, tokens.coordinator)).data!['saveSection'];
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          t.gql(SAVE, { input: { sectionId: id, baseRevisionId: base.id, content: doc(`racer ${i}`) } }, tokens.coordinator),
        ),
      );
      const won = results.filter((r) => r.data?.['saveSection']);
      const conflicts = results.filter((r) => r.errors?.[0]?.extensions.code === 'CONFLICT');
      expect(won).toHaveLength(1);
      expect(conflicts).toHaveLength(49);
      const rows = await t.dataSource.query('SELECT number FROM revisions WHERE section_id = $1 ORDER BY number', [id]);
      expect(rows.map((r: { number: number }) => r.number)).toEqual([1, 2]);
      const [{ current_revision_id }] = await t.dataSource.query('SELECT current_revision_id FROM sections WHERE id = $1', [id]);
      expect(current_revision_id).toBe(won[0]!.data!['saveSection'].id);
    });

    it('restores an old revision as a new one, and keeps revisions immutable', async () => {
      const id = sectionsByKey['impact.social']!.id;
      const r1 = (await t.gql(SAVE, { input: { sectionId: id, content: doc('original wording') } }, tokens.coordinator)).data!['saveSection'];
      const r2 = (await t.gql(SAVE, { input: { sectionId: id, baseRevisionId: r1.id, content: doc('worse wording') } }, tokens.coordinator)).data!['saveSection'];
      const restored = await t.gql(
        `mutation($s: ID!, $r: ID!, $b: ID!) { restoreRevision(sectionId: $s, revisionId: $r, baseRevisionId: $b) { number text contentHash summary restoredFromId } }`,
        { s: id, r: r1.id, b: r2.id },
        tokens.coordinator,
      );
      expect(restored.data!['restoreRevision']).toMatchObject({ number: 3, text: 'original wording', contentHash: r1.contentHash, summary: 'Restored revision 1', restoredFromId: r1.id });
      const stale = await t.gql(`mutation($s: ID!, $r: ID!, $b: ID!) { restoreRevision(sectionId: $s, revisionId: $r, baseRevisionId: $b) { id } }`, { s: id, r: r1.id, b: r2.id }, tokens.coordinator);
      expect(stale.errors![0]!.extensions.code).toBe('CONFLICT');
      await expect(t.dataSource.query(`UPDATE revisions SET text = 'x' WHERE id = $1`, [r1.id])).rejects.toThrow(/immutable/);
    });

    it('diffs two revisions word by word', async () => {
      const id = sectionsByKey['impact.economic']!.id;
      const r1 = (await t.gql(SAVE, { input: { sectionId: id, content: doc('Remittances reached 9% of GDP in 2022.') } }, tokens.coordinator)).data!['saveSection'];
      const r2 = (await t.gql(SAVE, { input: { sectionId: id, baseRevisionId: r1.id, content: doc('Remittances reached 11% of GDP in 2023.') } }, tokens.coordinator)).data!['saveSection'];
      const res = await t.gql(`query($a: ID!, $b: ID!) { diffRevisions(fromId: $a, toId: $b) { from { number } to { number } hunks { op text } } }`, { a: r1.id, b: r2.id }, tokens.observer);
      const { hunks } = res.data!['diffRevisions'];
      expect(hunks.filter((h: any) => h.op === 'DELETE').map((h: any) => h.text)).toEqual(['9', '2022']);
      expect(hunks.filter((h: any) => h.op === 'INSERT').map((h: any) => h.text)).toEqual(['11', '2023']);
      expect(hunks.filter((h: any) => h.op !== 'INSERT').map((h: any) => h.text).join('')).toBe('Remittances reached 9% of GDP in 2022.');
      const other = (await t.gql(SAVE, { input: { sectionId: sectionsByKey['impact.population']!.id, content: doc('x') } }, tokens.coordinator)).data!['saveSection'];
      const mixed = await t.gql(`query($a: ID!, $b: ID!) { diffRevisions(fromId: $a, toId: $b) { hunks { op } } }`, { a: r1.id, b: other.id }, tokens.coordinator);
      expect(mixed.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
      const outsider = await t.gql(`query($id: ID!) { revision(id: $id) { id } }`, { id: r1.id }, tokens.outsider);
      expect(outsider.errors![0]!.extensions.code).toBe('NOT_FOUND');
    });

    it('writes an audit event with before and after hashes for each save', async () => {
      const id = sectionsByKey['impact.economic']!.id;
      const rows = await t.dataSource.query(`SELECT data FROM audit_events WHERE subject_id = $1 AND action = 'section.saved' ORDER BY at`, [id]);
      expect(rows).toHaveLength(2);
      expect(rows[0].data.beforeHash).toBeNull();
      expect(rows[1].data.beforeHash).toBe(rows[0].data.afterHash);
    });
  });
});
