import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EventBus } from '@mps/api-core';
import { ReleaseDocumentService, ReleasesService } from '@mps/api-releases';
import { Fixtures } from '@mps/api-testing';
import type { DomainEvent } from '@mps/shared-domain';
import { signIn } from './support/sign-in';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

/**
 * Releases (docs/domain.md rule 7): the gate and its blockers, freezing, version uniqueness (also under concurrency),
 * publish/withdraw, what anonymous readers may see, the database refusing changes to frozen content, and the next
 * edition. Review data (cycles, sign-offs, threads, statuses) belongs to the reviews domain and is arranged here
 * directly in its tables.
 */

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

const READINESS = `query($id: ID!) { releaseReadiness(profileId: $id) { ready blockers items { kind message sectionId reviewCycleId } } }`;
const PREPARE = `mutation($input: PrepareReleaseInput!) {
  prepareRelease(input: $input) { id version notes status createdAt preparedBy { email } sections { sectionId key number title depth revisionNumber html revision { id number } } }
}`;
const PUBLISH = `mutation($id: ID!) { publishRelease(id: $id) { id status publishedAt publishedBy { email } } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String!) { withdrawRelease(id: $id, reason: $reason) { id status withdrawalReason withdrawnAt } }`;
const PUBLIC_RELEASE = `query($id: ID!) { publicRelease(id: $id) { id version status profileTitle edition sections { number title html } } }`;
const PUBLIC_RELEASES = `query($c: String) { publicReleases(countryCode: $c) { id version status withdrawalReason } }`;
const NEXT = `mutation($input: StartNextEditionInput!) { startNextEdition(input: $input) { id title edition } }`;

describe('releases', () => {
  let t: TestApp;
  let f: Fixtures;
  let workspaceId: string;
  let profileId: string;
  let ids: Record<'chapter' | 'emigration' | 'environment' | 'summary', string>;
  let orgs: Record<'ministry' | 'cms' | 'ngo', string>;
  let users: Record<'coordinator' | 'focal' | 'contributor' | 'observer' | 'outsider', string>;
  let tokens: Record<'coordinator' | 'focal' | 'contributor' | 'observer' | 'outsider', string>;
  const events: DomainEvent[] = [];
  const count = async (sql: string, params: unknown[] = []) => Number((await t.dataSource.query(sql, params))[0].n);
  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => t.gql(query, variables, token);
  const must = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await t.gql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const save = async (sectionId: string, text: string) => {
    const section = await must(`query($id: ID!) { section(id: $id) { currentRevision { id } } }`, { id: sectionId }, tokens.coordinator);
    const data = await must(
      `mutation($input: SaveSectionInput!) { saveSection(input: $input) { id } }`,
      { input: { sectionId, baseRevisionId: section['section'].currentRevision?.id ?? null, content: doc(text) } },
      tokens.coordinator,
    );
    return data['saveSection'].id as string;
  };
  const currentRevision = async (sectionId: string) =>
    (await t.dataSource.query(`SELECT current_revision_id AS id FROM sections WHERE id = $1`, [sectionId]))[0].id as string;
  const setStatus = (sectionId: string, status: string) =>
    t.dataSource.query(`UPDATE sections SET review_status = $2 WHERE id = $1`, [sectionId, status]);
  /** A review cycle of the profile holding `sectionIds`, opened `minutesAgo`, with required signatories. */
  const cycle = async (title: string, minutesAgo: number, sectionIds: string[], signatories: string[]) => {
    const [row] = await t.dataSource.query(
      `INSERT INTO review_cycles (profile_id, workspace_id, title, status, closes_at, opened_at, opened_by_id)
       VALUES ($1, $2, $3, 'OPEN', now() + interval '7 days', now() - ($4 || ' minutes')::interval, $5) RETURNING id`,
      [profileId, workspaceId, title, String(minutesAgo), users.coordinator],
    );
    for (const s of sectionIds) await t.dataSource.query(`INSERT INTO review_cycle_sections (review_cycle_id, section_id) VALUES ($1, $2)`, [row.id, s]);
    for (const o of signatories) {
      await t.dataSource.query(
        `INSERT INTO review_cycle_organizations (review_cycle_id, organization_id, participant, required_signatory) VALUES ($1, $2, true, true)`,
        [row.id, o],
      );
    }
    return row.id as string;
  };
  const thread = async (cycleId: string, sectionId: string, resolved: boolean) => {
    await t.dataSource.query(
      `INSERT INTO comments (section_id, revision_id, review_cycle_id, author_id, organization_id, body, resolved_at)
       VALUES ($1, $2, $3, $4, $5, 'Please check the 2023 figure.', ${resolved ? 'now()' : 'NULL'})`,
      [sectionId, await currentRevision(sectionId), cycleId, users.contributor, orgs.ngo],
    );
  };
  const approve = async (sectionId: string, organizationId: string) => {
    await t.dataSource.query(
      `INSERT INTO sign_offs (section_id, revision_id, organization_id, user_id, decision) VALUES ($1, $2, $3, $4, 'APPROVE')`,
      [sectionId, await currentRevision(sectionId), organizationId, users.coordinator],
    );
  };

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t.dataSource);
    t.app.get(EventBus).subscribe((event) => events.push(event));
    const ws = await f.workspace({ countryCode: 'RL' });
    workspaceId = ws.id;
    const ministry = await f.organization(ws.id, { name: 'Ministry of Labour', acronym: 'MoL' });
    const cms = await f.organization(ws.id, { name: 'Centre for Migration Studies', acronym: 'CMS', kind: 'ACADEMIA' });
    const ngo = await f.organization(ws.id, { name: 'Migrant Network', kind: 'CIVIL_SOCIETY' });
    orgs = { ministry: ministry.id, cms: cms.id, ngo: ngo.id };
    const elsewhere = await f.workspace();
    const people = {
      coordinator: await f.member(ws.id, ministry.id, 'COORDINATOR'),
      focal: await f.member(ws.id, ministry.id, 'FOCAL_POINT'),
      contributor: await f.member(ws.id, ngo.id, 'CONTRIBUTOR'),
      observer: await f.member(ws.id, cms.id, 'OBSERVER'),
      outsider: await f.member(elsewhere.id, (await f.organization(elsewhere.id)).id, 'COORDINATOR'),
    };
    users = Object.fromEntries(Object.entries(people).map(([k, v]) => [k, v.user.id])) as typeof users;
    tokens = Object.fromEntries(
      await Promise.all(Object.entries(people).map(async ([k, v]) => [k, (await signIn(t, v.user.email)).accessToken])),
    ) as typeof tokens;
    const created = await must(
      `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`,
      { input: { workspaceId, title: 'Migration Profile of Norland', edition: '2024' } },
      tokens.coordinator,
    );
    profileId = created['createProfile'].id;
    const add = async (title: string, parentId: string | null, numbered = true) =>
      (await must(`mutation($input: AddSectionInput!) { addSection(input: $input) { id } }`, { input: { profileId, title, parentId, numbered } }, tokens.coordinator))[
        'addSection'
      ].id as string;
    const summary = await add('Executive summary', null, false);
    const chapter = await add('Migration trends', null);
    const emigration = await add('Emigration', chapter);
    const environment = await add('Environment', chapter);
    ids = { chapter, emigration, environment, summary };
    await must(`mutation($s: ID!, $o: [ID!]!) { assignSection(sectionId: $s, organizationIds: $o) { id } }`, { s: emigration, o: [orgs.ministry] }, tokens.coordinator);
    await save(summary, 'Norland is a country of emigration.');
    await save(emigration, 'About 12% of Norland-born people live abroad.');
  }, BOOT_TIMEOUT);
  afterAll(async () => t?.close());

  describe('the gate', () => {
    it('lists every blocker in plain words, with where to fix it; chapter headings are covered by their sections', async () => {
      const res = await gql(READINESS, { id: profileId }, tokens.coordinator);
      expect(res.data!['releaseReadiness']).toEqual({
        ready: false,
        blockers: [
          'Executive summary is not approved at its current revision (drafting, not reviewed)',
          '1.1 Emigration is not approved at its current revision (drafting, not reviewed)',
          '1.2 Environment has no text: write it or archive it',
        ],
        items: [
          { kind: 'NOT_APPROVED', message: expect.any(String), sectionId: ids.summary, reviewCycleId: null },
          { kind: 'NOT_APPROVED', message: expect.any(String), sectionId: ids.emigration, reviewCycleId: null },
          { kind: 'NO_TEXT', message: expect.any(String), sectionId: ids.environment, reviewCycleId: null },
        ],
      });
    });

    it('names the required signatories of the latest cycle who have not approved the current revision', async () => {
      await cycle('First reading', 60, [ids.emigration, ids.summary], [orgs.ministry]);
      const second = await cycle('Validation', 30, [ids.emigration], [orgs.cms, orgs.ministry]);
      await setStatus(ids.emigration, 'CHANGES_REQUESTED');
      await approve(ids.emigration, orgs.ministry);
      const res = await gql(READINESS, { id: profileId }, tokens.observer);
      const readiness = res.data!['releaseReadiness'];
      expect(readiness.blockers).toEqual([
        'Executive summary is not approved at its current revision (drafting, not reviewed)',
        'MoL has not signed off Executive summary',
        '1.1 Emigration is not approved at its current revision (changes requested)',
        'CMS has not signed off 1.1 Emigration',
        '1.2 Environment has no text: write it or archive it',
      ]);
      expect(second).toBeDefined();
    });

    it("counts unresolved threads of the profile's most recently opened cycle only", async () => {
      const first = (await t.dataSource.query(`SELECT id FROM review_cycles WHERE title = 'First reading'`))[0].id;
      const second = (await t.dataSource.query(`SELECT id FROM review_cycles WHERE title = 'Validation'`))[0].id;
      await thread(first, ids.summary, false); // an older cycle's open thread does not block
      await thread(second, ids.emigration, false);
      await thread(second, ids.emigration, false);
      await thread(second, ids.emigration, true);
      const res = await gql(READINESS, { id: profileId }, tokens.focal);
      const items = res.data!['releaseReadiness'].items;
      expect(items.at(-1)).toEqual({
        kind: 'UNRESOLVED_THREADS',
        message: "2 unresolved threads in the latest cycle 'Validation'",
        sectionId: null,
        reviewCycleId: second,
      });
    });

    it('is for those who read every draft: contributors FORBIDDEN, outsiders NOT_FOUND', async () => {
      expect((await gql(READINESS, { id: profileId }, tokens.contributor)).errors![0]!.extensions.code).toBe('FORBIDDEN');
      expect((await gql(READINESS, { id: profileId }, tokens.outsider)).errors![0]!.extensions.code).toBe('NOT_FOUND');
      expect((await gql(READINESS, { id: profileId })).errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    });

    it('refuses to prepare while blocked: FAILED_PRECONDITION with the same blockers, nothing written', async () => {
      const readiness = (await gql(READINESS, { id: profileId }, tokens.coordinator)).data!['releaseReadiness'];
      const audit = await count(`SELECT count(*)::int AS n FROM audit_events`);
      const res = await gql(PREPARE, { input: { profileId, version: '2024.1' } }, tokens.coordinator);
      expect(res.errors![0]!.extensions).toEqual({ code: 'FAILED_PRECONDITION', blockers: readiness.blockers });
      expect(await count(`SELECT count(*)::int AS n FROM releases`)).toBe(0);
      expect(await count(`SELECT count(*)::int AS n FROM audit_events`)).toBe(audit);
    });

    it("words the blockers in the asking person's language (users.locale), in the checklist and in the refusal alike", async () => {
      await must(`mutation { setMyLocale(locale: "fr") { id } }`, {}, tokens.coordinator);
      try {
        const readiness = (await gql(READINESS, { id: profileId }, tokens.coordinator)).data!['releaseReadiness'];
        expect(readiness.blockers).toContain('La section « 1.2 Environment » n’a pas de texte : rédigez-la ou archivez-la');
        expect(readiness.blockers.some((b: string) => b.startsWith('La section « Executive summary » n’est pas approuvée dans sa révision actuelle ('))).toBe(true);
        expect(readiness.items.map((i: { kind: string }) => i.kind)).toContain('NO_TEXT');
        const res = await gql(PREPARE, { input: { profileId, version: '2024.1' } }, tokens.coordinator);
        expect(res.errors![0]!.extensions).toEqual({ code: 'FAILED_PRECONDITION', blockers: readiness.blockers });
        // Another person, with no language chosen, reads them in English at the same moment.
        const english = (await gql(READINESS, { id: profileId }, tokens.observer)).data!['releaseReadiness'];
        expect(english.blockers).toContain('1.2 Environment has no text: write it or archive it');
      } finally {
        await must(`mutation { setMyLocale(locale: "en") { id } }`, {}, tokens.coordinator);
      }
    });

    it('is ready once every section with text is approved, leaves without text are archived and threads resolved', async () => {
      await must(`mutation($id: ID!) { archiveSection(id: $id) { id } }`, { id: ids.environment }, tokens.coordinator);
      await approve(ids.emigration, orgs.cms);
      await approve(ids.summary, orgs.ministry);
      await setStatus(ids.emigration, 'APPROVED');
      await setStatus(ids.summary, 'APPROVED');
      await t.dataSource.query(`UPDATE comments SET resolved_at = now() WHERE resolved_at IS NULL`);
      const res = await gql(READINESS, { id: profileId }, tokens.coordinator);
      expect(res.data!['releaseReadiness']).toEqual({ ready: true, blockers: [], items: [] });
    });
  });

  describe('preparing, publishing, withdrawing', () => {
    let candidateId: string;

    it('validates the version and lets only coordinators prepare', async () => {
      for (const version of ['', 'two words', 'x'.repeat(21), '2024/1']) {
        const res = await gql(PREPARE, { input: { profileId, version } }, tokens.coordinator);
        expect({ version, code: res.errors?.[0]?.extensions.code, field: res.errors?.[0]?.extensions['field'] }).toEqual({
          version,
          code: 'BAD_USER_INPUT',
          field: 'version',
        });
      }
      expect((await gql(PREPARE, { input: { profileId, version: '2024.1' } }, tokens.focal)).errors![0]!.extensions.code).toBe('FORBIDDEN');
      expect((await gql(PREPARE, { input: { profileId, version: '2024.1' } }, tokens.outsider)).errors![0]!.extensions.code).toBe('NOT_FOUND');
      expect(await count(`SELECT count(*)::int AS n FROM releases`)).toBe(0);
    });

    it('freezes the current revision of every section with text, in outline order with numbers and titles as they are', async () => {
      const res = await gql(PREPARE, { input: { profileId, version: '2024.1', notes: 'First edition' } }, tokens.coordinator);
      expect(res.errors).toBeUndefined();
      const release = res.data!['prepareRelease'];
      candidateId = release.id;
      expect(release).toMatchObject({ version: '2024.1', notes: 'First edition', status: 'CANDIDATE' });
      expect(release.sections.map((s: any) => [s.number, s.title, s.revisionNumber, s.depth])).toEqual([
        ['', 'Executive summary', 1, 0],
        ['1.1', 'Emigration', 1, 1],
      ]);
      expect(release.sections[1].html).toContain('12% of Norland-born');
      expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'release.prepared' AND subject_id = $1`, [candidateId])).toBe(1);
      // Its documents (portal pages, Word, PDF) also keep the chapter heading between them, which has no revision.
      const frozenDocument = await t.app.get(ReleaseDocumentService).forRelease(await t.app.get(ReleasesService).find(candidateId));
      expect(frozenDocument.sections.map((s) => [s.number, s.title, s.depth, s.revisionNumber])).toEqual([
        ['', 'Executive summary', 0, 1],
        ['1', 'Migration trends', 0, null],
        ['1.1', 'Emigration', 1, 1],
      ]);
      // Later edits do not touch the frozen release.
      await must(`mutation($id: ID!, $title: String!) { renameSection(id: $id, title: $title) { id } }`, { id: ids.emigration, title: 'Emigration and diaspora' }, tokens.coordinator);
      await save(ids.emigration, 'About 13% of Norland-born people live abroad.');
      const again = await must(`query($id: ID!) { release(id: $id) { sections { title revisionNumber html } } }`, { id: candidateId }, tokens.coordinator);
      expect(again['release'].sections[1]).toMatchObject({ title: 'Emigration', revisionNumber: 1 });
      expect(again['release'].sections[1].html).toContain('12%');
      await must(`mutation($id: ID!, $title: String!) { renameSection(id: $id, title: $title) { id } }`, { id: ids.chapter, title: 'Trends' }, tokens.coordinator);
      const document = await t.app.get(ReleaseDocumentService).forRelease(await t.app.get(ReleasesService).find(candidateId));
      expect(document.sections.map((s) => s.title)).toEqual(['Executive summary', 'Migration trends', 'Emigration']);
      await must(`mutation($id: ID!, $title: String!) { renameSection(id: $id, title: $title) { id } }`, { id: ids.chapter, title: 'Migration trends' }, tokens.coordinator);
    });

    it('refuses a version the profile already has with CONFLICT', async () => {
      // The new revision made the section IN_REVIEW again in real life; approve it to reach the version check.
      await setStatus(ids.emigration, 'APPROVED');
      const res = await gql(PREPARE, { input: { profileId, version: '2024.1' } }, tokens.coordinator);
      expect(res.errors![0]!.extensions.code).toBe('CONFLICT');
      expect(await count(`SELECT count(*)::int AS n FROM releases WHERE version = '2024.1'`)).toBe(1);
    });

    it('lets exactly one of two concurrent prepares of the same version through', async () => {
      const [a, b] = await Promise.all([
        gql(PREPARE, { input: { profileId, version: '2024.2' } }, tokens.coordinator),
        gql(PREPARE, { input: { profileId, version: '2024.2' } }, tokens.coordinator),
      ]);
      const codes = [a, b].map((r) => r.errors?.[0]?.extensions.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      expect(await count(`SELECT count(*)::int AS n FROM releases WHERE version = '2024.2'`)).toBe(1);
    });

    it('keeps candidates from contributors and anonymous readers (NOT_FOUND), and out of the public list', async () => {
      expect((await gql(`query($id: ID!) { release(id: $id) { id } }`, { id: candidateId }, tokens.contributor)).errors![0]!.extensions.code).toBe('NOT_FOUND');
      expect((await gql(PUBLIC_RELEASE, { id: candidateId })).errors![0]!.extensions.code).toBe('NOT_FOUND');
      expect((await gql(PUBLIC_RELEASES, { c: 'RL' })).data!['publicReleases']).toEqual([]);
      const list = await gql(`query($id: ID!) { profile(id: $id) { releases { version } } }`, { id: profileId }, tokens.contributor);
      expect(list.data?.['profile']?.releases ?? []).toEqual([]);
    });

    it('publishes a candidate (coordinators only), once', async () => {
      expect((await gql(PUBLISH, { id: candidateId }, tokens.focal)).errors![0]!.extensions.code).toBe('FORBIDDEN');
      expect((await gql(PUBLISH, { id: candidateId }, tokens.outsider)).errors![0]!.extensions.code).toBe('NOT_FOUND');
      const res = await gql(PUBLISH, { id: candidateId }, tokens.coordinator);
      expect(res.errors).toBeUndefined();
      expect(res.data!['publishRelease']).toMatchObject({ status: 'PUBLISHED', publishedBy: { email: expect.any(String) } });
      const again = await gql(PUBLISH, { id: candidateId }, tokens.coordinator);
      expect(again.errors![0]!.extensions).toEqual({ code: 'FAILED_PRECONDITION', blockers: ['Release 2024.1 is already published: only a candidate can be published'] });
      expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'release.published'`)).toBe(1);
    });

    it('shows a published release to anyone, without the workspace content around it', async () => {
      const res = await gql(PUBLIC_RELEASE, { id: candidateId });
      expect(res.data!['publicRelease']).toMatchObject({ version: '2024.1', status: 'PUBLISHED', profileTitle: 'Migration Profile of Norland', edition: '2024' });
      expect(res.data!['publicRelease'].sections.map((s: any) => s.number)).toEqual(['', '1.1']);
      const people = await gql(`query($id: ID!) { publicRelease(id: $id) { id preparedBy { email } } }`, { id: candidateId });
      expect(people.errors![0]!.extensions.code).toBe('NOT_FOUND');
      const profile = await gql(`query($id: ID!) { publicRelease(id: $id) { id profile { id workspace { id } } } }`, { id: candidateId });
      expect(profile.errors![0]!.extensions.code).toBe('NOT_FOUND');
      const revision = await gql(`query($id: ID!) { publicRelease(id: $id) { sections { revision { author { email } } } } }`, { id: candidateId });
      expect(revision.errors![0]!.extensions.code).toBe('NOT_FOUND');
      expect((await gql(PUBLIC_RELEASES, { c: 'RL' })).data!['publicReleases'].map((r: any) => r.version)).toEqual(['2024.1']);
      expect((await gql(PUBLIC_RELEASES, { c: 'ZZ' })).data!['publicReleases']).toEqual([]);
      const contributor = await gql(`query($id: ID!) { release(id: $id) { version } }`, { id: candidateId }, tokens.contributor);
      expect(contributor.data!['release']).toEqual({ version: '2024.1' });
    });

    it('keeps what it says around its sections as at preparation: renaming or adding an organisation, or retitling, changes no release', async () => {
      const documents = t.app.get(ReleaseDocumentService);
      const release = await t.app.get(ReleasesService).find(candidateId);
      const before = await documents.forRelease(release);
      expect(before.organizations.map((o) => o.name)).toEqual(['Centre for Migration Studies', 'Migrant Network', 'Ministry of Labour']);
      await must(`mutation { renameOrganization(id: "${orgs.ngo}", name: "Migrant Rights Network", acronym: "MRN") { id } }`, {}, tokens.coordinator);
      await f.organization(workspaceId, { name: 'Bureau of Statistics', acronym: 'BoS' });
      // No operation retitles a profile today; the database stands in for a future one.
      await t.dataSource.query(`UPDATE profiles SET title = 'Renamed profile' WHERE id = $1`, [profileId]);
      try {
        const after = await documents.forRelease(release);
        expect({ title: after.title, edition: after.edition, organizations: after.organizations }).toEqual({
          title: before.title,
          edition: before.edition,
          organizations: before.organizations,
        });
        expect((await gql(PUBLIC_RELEASE, { id: candidateId })).data!['publicRelease']).toMatchObject({ profileTitle: 'Migration Profile of Norland', edition: '2024' });
        const openData = await fetch(`${t.baseUrl}/open-data/releases/${candidateId}/indicators.json`);
        expect(((await openData.json()) as { release: unknown }).release).toMatchObject({ profileTitle: 'Migration Profile of Norland', edition: '2024' });
        // A draft, by contrast, reads them as they are now.
        const draft = await documents.forDraft(await t.app.get(ReleasesService).profile(profileId));
        expect(draft.title).toBe('Renamed profile');
        expect(draft.organizations.map((o) => o.name)).toEqual(['Bureau of Statistics', 'Centre for Migration Studies', 'Migrant Rights Network', 'Ministry of Labour']);
      } finally {
        await t.dataSource.query(`UPDATE profiles SET title = 'Migration Profile of Norland' WHERE id = $1`, [profileId]);
        await must(`mutation { renameOrganization(id: "${orgs.ngo}", name: "Migrant Network") { id } }`, {}, tokens.coordinator);
      }
    });

    it("announces preparing and publishing on the profile's events, with ids only", () => {
      const announced = events.filter((e) => e.type.startsWith('RELEASE_') && 'releaseId' in e && e.releaseId === candidateId);
      expect(announced.map((e) => ({ ...e, at: typeof e.at }))).toEqual([
        { type: 'RELEASE_PREPARED', workspaceId, actorId: users.coordinator, at: 'string', profileId, sectionId: null, releaseId: candidateId },
        { type: 'RELEASE_PUBLISHED', workspaceId, actorId: users.coordinator, at: 'string', profileId, sectionId: null, releaseId: candidateId },
      ]);
    });

    it('has the database refuse any change to frozen content, even as the owner', async () => {
      const attempts = [
        [`UPDATE releases SET notes = 'changed' WHERE id = $1`, [candidateId]],
        [`UPDATE releases SET version = '9.9' WHERE id = $1`, [candidateId]],
        [`UPDATE releases SET status = 'CANDIDATE', published_at = NULL, published_by_id = NULL WHERE id = $1`, [candidateId]],
        [`UPDATE releases SET status = 'WITHDRAWN', withdrawn_at = now(), withdrawn_by_id = prepared_by_id WHERE id = $1`, [candidateId]],
        [`DELETE FROM releases WHERE id = $1`, [candidateId]],
        [`UPDATE release_sections SET title = 'changed' WHERE release_id = $1`, [candidateId]],
        [`UPDATE release_sections SET revision_id = revision_id WHERE release_id = $1`, [candidateId]],
        [`DELETE FROM release_sections WHERE release_id = $1`, [candidateId]],
        [`UPDATE release_frames SET title = 'changed' WHERE release_id = $1`, [candidateId]],
        [`UPDATE release_frames SET organizations = '[]' WHERE release_id = $1`, [candidateId]],
        [`DELETE FROM release_frames WHERE release_id = $1`, [candidateId]],
        [`TRUNCATE release_frames`, []],
        [`TRUNCATE release_sections, releases, profile_editions`, []],
        [`INSERT INTO releases (profile_id, workspace_id, version, status, prepared_by_id) SELECT profile_id, workspace_id, '7.0', 'PUBLISHED', prepared_by_id FROM releases WHERE id = $1`, [candidateId]],
      ] as const;
      for (const [sql, params] of attempts) {
        const refused = await t.dataSource.query(sql, [...params]).then(
          () => 'accepted',
          (e: Error) => e.message,
        );
        expect({ sql, refused: refused !== 'accepted' }).toEqual({ sql, refused: true });
      }
      const [row] = await t.dataSource.query(`SELECT version, notes, status FROM releases WHERE id = $1`, [candidateId]);
      expect(row).toEqual({ version: '2024.1', notes: 'First edition', status: 'PUBLISHED' });
      expect(await count(`SELECT count(*)::int AS n FROM release_sections WHERE release_id = $1`, [candidateId])).toBe(2);
    });
  });

  describe('editions and withdrawal', () => {
    let releaseId: string;
    beforeAll(async () => {
      releaseId = (await t.dataSource.query(`SELECT id FROM releases WHERE version = '2024.1'`))[0].id;
    });

    it('starts the next edition only from a published release, as a coordinator', async () => {
      const candidate = (await t.dataSource.query(`SELECT id FROM releases WHERE version = '2024.2'`))[0].id;
      const input = { releaseId: candidate, title: 'Migration Profile of Norland', edition: '2025' };
      expect((await gql(NEXT, { input }, tokens.coordinator)).errors![0]!.extensions.code).toBe('FAILED_PRECONDITION');
      expect((await gql(NEXT, { input: { ...input, releaseId } }, tokens.focal)).errors![0]!.extensions.code).toBe('FORBIDDEN');
      expect((await gql(NEXT, { input: { ...input, releaseId, edition: '' } }, tokens.coordinator)).errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    });

    it('carries over the outline, section identities (keys), assignments and frozen texts, linked to the release', async () => {
      const res = await gql(NEXT, { input: { releaseId, title: 'Migration Profile of Norland', edition: '2025' } }, tokens.coordinator);
      expect(res.errors).toBeUndefined();
      const next = res.data!['startNextEdition'];
      expect(next).toMatchObject({ title: 'Migration Profile of Norland', edition: '2025' });
      const data = await must(
        `query($id: ID!) { profile(id: $id) {
          previousEdition { id } basedOnRelease { id version }
          sections { key number title assignedOrganizations { id } currentRevision { number text summary author { id } } }
        } }`,
        { id: next.id },
        tokens.coordinator,
      );
      const profile = data['profile'];
      expect(profile.previousEdition).toEqual({ id: profileId });
      expect(profile.basedOnRelease).toEqual({ id: releaseId, version: '2024.1' });
      const old = await must(`query($id: ID!) { profile(id: $id) { sections { id key } } }`, { id: profileId }, tokens.coordinator);
      const keyOf = Object.fromEntries(old['profile'].sections.map((s: any) => [s.id, s.key]));
      expect(profile.sections.map((s: any) => [s.key, s.number, s.title])).toEqual([
        [keyOf[ids.summary], '', 'Executive summary'],
        [keyOf[ids.chapter], '1', 'Migration trends'],
        // The title as the release froze it; the archived Environment stays behind.
        [keyOf[ids.emigration], '1.1', 'Emigration'],
      ]);
      expect(profile.sections.every((s: any) => typeof s.key === 'string')).toBe(true);
      const emigration = profile.sections[2];
      expect(emigration.assignedOrganizations).toEqual([{ id: orgs.ministry }]);
      expect(emigration.currentRevision).toEqual({
        number: 1,
        text: expect.stringContaining('12% of Norland-born'),
        summary: 'Carried over from release 2024.1',
        author: { id: users.coordinator },
      });
      expect(profile.sections[1].currentRevision).toBeNull();
    });

    it('withdraws a published release with a reason; it stays listed, marked', async () => {
      const candidate = (await t.dataSource.query(`SELECT id FROM releases WHERE version = '2024.2'`))[0].id;
      expect((await gql(WITHDRAW, { id: candidate, reason: 'x' }, tokens.coordinator)).errors![0]!.extensions.code).toBe('FAILED_PRECONDITION');
      expect((await gql(WITHDRAW, { id: releaseId, reason: '  ' }, tokens.coordinator)).errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
      expect((await gql(WITHDRAW, { id: releaseId, reason: 'Wrong census year' }, tokens.observer)).errors![0]!.extensions.code).toBe('FORBIDDEN');
      const res = await gql(WITHDRAW, { id: releaseId, reason: 'Wrong census year' }, tokens.coordinator);
      expect(res.data!['withdrawRelease']).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: 'Wrong census year' });
      expect((await gql(WITHDRAW, { id: releaseId, reason: 'Again' }, tokens.coordinator)).errors![0]!.extensions.code).toBe('FAILED_PRECONDITION');
      expect((await gql(PUBLIC_RELEASES, { c: 'RL' })).data!['publicReleases']).toEqual([
        { id: releaseId, version: '2024.1', status: 'WITHDRAWN', withdrawalReason: 'Wrong census year' },
      ]);
      expect((await gql(PUBLIC_RELEASE, { id: releaseId })).data!['publicRelease'].status).toBe('WITHDRAWN');
      const refused = await t.dataSource
        .query(`UPDATE releases SET status = 'PUBLISHED' WHERE id = $1`, [releaseId])
        .then(() => false, () => true);
      expect(refused).toBe(true);
    });
  });
});
