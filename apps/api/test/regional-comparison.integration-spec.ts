import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Fixtures } from '@mps/api-testing';
import { signIn } from './support/sign-in';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

/**
 * Regional comparison (issue 11 item 8): a REGIONAL workspace lists national workspaces as member countries (its
 * coordinators keep the list, audited) and compares the figures those countries published: only the frozen figures of
 * each profile's latest PUBLISHED release, never drafts, candidates or withdrawn releases, with flags where
 * definitions differ between countries or from the international reference, where figures are not comparable, and
 * where there are gaps.
 */

const MEMBERS = `query($w: ID!) { regionalMembers(workspaceId: $w) { workspaceId name countryCode addedAt } }`;
const CANDIDATES = `query($w: ID!) { regionalMemberCandidates(workspaceId: $w) { workspaceId name } }`;
const ADD = `mutation($w: ID!, $m: ID!) { addRegionalMember(workspaceId: $w, memberWorkspaceId: $m) { workspaceId name } }`;
const REMOVE = `mutation($w: ID!, $m: ID!) { removeRegionalMember(workspaceId: $w, memberWorkspaceId: $m) { workspaceId } }`;
const COMPARE = `query($w: ID!, $codes: [String!]!, $p: String) { regionalComparison(workspaceId: $w, indicatorCodes: $codes, period: $p) {
  countries { workspaceId name releases { version } }
  available { code name }
  indicators { code name internationalReference definitionsDiffer definitions { workspaceId definition } }
  periods
  cells { indicatorCode workspaceId period releaseVersion flags figures { value dataGap organizationName definition comparability } }
} }`;

const REFERENCE = 'UN Recommendations (Rev. 1): usual residence';
const STOCK = {
  code: 'IMM.STOCK',
  name: 'International migrant stock',
  unit: 'persons',
  definition: 'Foreign-born persons usually resident in the country.',
  internationalReference: REFERENCE,
  gmgPart: 'IV',
};

interface Country {
  id: string;
  orgId: string;
  token: string;
  stockId: string;
}

describe('regional comparison', () => {
  let t: TestApp;
  let f: Fixtures;
  let regionalId: string;
  let norland: Country;
  let estmark: Country;
  let valoria: Country;
  let silent: Country;
  let tokens: Record<'coordinator' | 'focal' | 'observer' | 'contributor' | 'outsider', string>;
  const must = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await t.gql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const code = async (query: string, variables: Record<string, unknown>, token?: string) => (await t.gql(query, variables, token)).errors?.[0]?.extensions.code;

  /** A national workspace with a coordinator and the stock indicator in its catalogue. */
  const country = async (name: string, countryCode: string, definition = STOCK.definition, internationalReference: string | null = REFERENCE): Promise<Country> => {
    const ws = await f.workspace({ name, countryCode });
    const org = await f.organization(ws.id, { name: `${name} Statistics Office`, acronym: `${countryCode}SO` });
    const token = (await signIn(t, (await f.member(ws.id, org.id, 'COORDINATOR')).user.email)).accessToken;
    const created = await must(
      `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
      { input: { ...STOCK, definition, internationalReference, workspaceId: ws.id } },
      token,
    );
    return { id: ws.id, orgId: org.id, token, stockId: created['createIndicator'].id };
  };
  const record = (c: Country, period: string, value: number | null, extra: Record<string, unknown> = {}) =>
    must(
      `mutation($input: RecordDataPointInput!) { recordDataPoint(input: $input) { id } }`,
      {
        input: {
          indicatorId: c.stockId,
          organizationId: c.orgId,
          value,
          period,
          sourceType: 'CENSUS',
          sourceName: 'Population census',
          comparability: 'COMPARABLE',
          ...extra,
        },
      },
      c.token,
    );
  /** A profile with one approved section, prepared as `version` (and published unless told otherwise). */
  const release = async (c: Country, version: string, publish = true): Promise<string> => {
    const profileId = (await must(
      `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`,
      { input: { workspaceId: c.id, title: `Migration Profile ${version}`, edition: version } },
      c.token,
    ))['createProfile'].id;
    const sectionId = (await must(`mutation($input: AddSectionInput!) { addSection(input: $input) { id } }`, { input: { profileId, title: 'Summary' } }, c.token))[
      'addSection'
    ].id;
    await must(
      `mutation($input: SaveSectionInput!) { saveSection(input: $input) { id } }`,
      { input: { sectionId, baseRevisionId: null, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text.' }] }] } } },
      c.token,
    );
    await t.dataSource.query(`UPDATE sections SET review_status = 'APPROVED' WHERE profile_id = $1`, [profileId]);
    const id = (await must(`mutation($input: PrepareReleaseInput!) { prepareRelease(input: $input) { id } }`, { input: { profileId, version } }, c.token))[
      'prepareRelease'
    ].id as string;
    if (publish) await must(`mutation($id: ID!) { publishRelease(id: $id) { id } }`, { id }, c.token);
    return id;
  };

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t.dataSource);
    const regional = await f.workspace({ name: 'Northern Seas Regional Profile', kind: 'REGIONAL', countryCode: null });
    regionalId = regional.id;
    const secretariat = await f.organization(regional.id, { name: 'Regional secretariat' });
    const network = await f.organization(regional.id, { name: 'Regional research network', kind: 'ACADEMIA' });
    await t.dataSource.query(
      `INSERT INTO indicators (workspace_id, code, name, unit, definition, international_reference, gmg_part) VALUES ($1, $2, 'Migrant stock (regional)', 'persons', 'Regional words.', $3, 'IV')`,
      [regionalId, STOCK.code, REFERENCE],
    );
    norland = await country('Norland', 'NL');
    estmark = await country('Estmark', 'EM');
    valoria = await country('Valoria', 'VL', 'Foreign citizens holding a residence permit.', 'Citizenship concept');
    silent = await country('Silentia', 'SI');
    const outsiderWs = await f.workspace();
    const people = {
      coordinator: await f.member(regional.id, secretariat.id, 'COORDINATOR'),
      focal: await f.member(regional.id, secretariat.id, 'FOCAL_POINT'),
      observer: await f.member(regional.id, network.id, 'OBSERVER'),
      contributor: await f.member(regional.id, network.id, 'CONTRIBUTOR'),
      outsider: await f.member(outsiderWs.id, (await f.organization(outsiderWs.id)).id, 'COORDINATOR'),
    };
    tokens = Object.fromEntries(
      await Promise.all(Object.entries(people).map(async ([k, v]) => [k, (await signIn(t, v.user.email)).accessToken])),
    ) as typeof tokens;

    // Norland: 2021 and 2022 published in 2024.1; a later edition publishes 2023, then is withdrawn.
    await record(norland, '2021', 40100);
    await record(norland, '2022', 41250);
    await release(norland, '2024.1');
    await record(norland, '2023', 99999);
    const withdrawn = await release(norland, '2025.1');
    await must(`mutation($id: ID!) { withdrawRelease(id: $id, reason: "Corrected figures follow") { id } }`, { id: withdrawn }, norland.token);
    // A draft figure entered after every release: never shown.
    await record(norland, '2022', 55555);
    // Estmark: comparable 2022; a gap for 2021; later a candidate (prepared, not published) with other values.
    await record(estmark, '2022', 12000);
    await record(estmark, '2021', null, { dataGap: true });
    await release(estmark, '2024');
    await record(estmark, '2022', 77777);
    await release(estmark, '2025', false);
    // Valoria: another definition and reference, and marked not comparable.
    await record(valoria, '2022', 8000, { comparability: 'NOT_COMPARABLE', comparabilityNote: 'Counts citizenship, not birth abroad.' });
    await release(valoria, '2024');
    // Silentia: figures, but nothing published.
    await record(silent, '2022', 5);
  }, BOOT_TIMEOUT);
  afterAll(async () => t?.close());

  describe('member countries', () => {
    it('lets coordinators of the regional workspace list national workspaces that published something; others may not', async () => {
      const candidates = (await must(CANDIDATES, { w: regionalId }, tokens.coordinator))['regionalMemberCandidates'].map((c: { name: string }) => c.name);
      expect(candidates).toEqual(expect.arrayContaining(['Estmark', 'Norland', 'Valoria']));
      expect(candidates).not.toContain('Silentia');
      expect(await code(CANDIDATES, { w: regionalId }, tokens.focal)).toBe('FORBIDDEN');

      for (const c of [norland, estmark, valoria]) await must(ADD, { w: regionalId, m: c.id }, tokens.coordinator);
      expect(await code(ADD, { w: regionalId, m: norland.id }, tokens.coordinator)).toBe('CONFLICT');
      // Nothing published: as if it did not exist. Nor can a regional workspace be a member, nor a made-up id.
      expect(await code(ADD, { w: regionalId, m: silent.id }, tokens.coordinator)).toBe('NOT_FOUND');
      expect(await code(ADD, { w: regionalId, m: regionalId }, tokens.coordinator)).toBe('NOT_FOUND');
      expect(await code(ADD, { w: regionalId, m: 'nope' }, tokens.coordinator)).toBe('NOT_FOUND');
      expect(await code(ADD, { w: regionalId, m: silent.id }, tokens.focal)).toBe('FORBIDDEN');
      expect(await code(ADD, { w: regionalId, m: silent.id }, tokens.outsider)).toBe('NOT_FOUND');
      // A national workspace lists no member countries.
      expect(await code(ADD, { w: estmark.id, m: norland.id }, estmark.token)).toBe('BAD_USER_INPUT');

      const members = (await must(MEMBERS, { w: regionalId }, tokens.contributor))['regionalMembers'];
      expect(members.map((m: { name: string }) => m.name)).toEqual(['Estmark', 'Norland', 'Valoria']);
      expect(await code(MEMBERS, { w: regionalId }, tokens.outsider)).toBe('NOT_FOUND');
      expect(await code(MEMBERS, { w: regionalId })).toBe('UNAUTHENTICATED');
    });

    it('takes a country off the list and lists it again, every change audited with its actor', async () => {
      expect(await code(REMOVE, { w: regionalId, m: valoria.id }, tokens.observer)).toBe('FORBIDDEN');
      await must(REMOVE, { w: regionalId, m: valoria.id }, tokens.coordinator);
      expect(await code(REMOVE, { w: regionalId, m: valoria.id }, tokens.coordinator)).toBe('NOT_FOUND');
      expect((await must(MEMBERS, { w: regionalId }, tokens.observer))['regionalMembers']).toHaveLength(2);
      await must(ADD, { w: regionalId, m: valoria.id }, tokens.coordinator);
      const events = await t.dataSource.query(
        `SELECT action FROM audit_events WHERE workspace_id = $1 AND subject_id = $2 ORDER BY at, seq`,
        [regionalId, valoria.id],
      );
      expect(events.map((e: { action: string }) => e.action)).toEqual(['regional-member.added', 'regional-member.removed', 'regional-member.added']);
      const history = await t.dataSource.query(`SELECT count(*)::int AS n FROM regional_members WHERE member_workspace_id = $1`, [valoria.id]);
      expect(history[0].n).toBe(2);
    });
  });

  describe('the comparison', () => {
    const cell = (cells: Array<Record<string, any>>, c: Country, period: string) => cells.find((x) => x.workspaceId === c.id && x.period === period)!;

    it('reads only published releases: no drafts, no candidates, no withdrawn release', async () => {
      const result = (await must(COMPARE, { w: regionalId, codes: ['imm.stock'] }, tokens.observer))['regionalComparison'];
      expect(result.available).toEqual([{ code: 'IMM.STOCK', name: expect.any(String) }]);
      expect(result.periods).toEqual(['2021', '2022']);
      const norlandCountry = result.countries.find((c: { workspaceId: string }) => c.workspaceId === norland.id);
      expect(norlandCountry.releases.map((r: { version: string }) => r.version)).toEqual(['2024.1']);
      expect(cell(result.cells, norland, '2022')).toMatchObject({ releaseVersion: '2024.1', figures: [{ value: 41250 }] });
      expect(cell(result.cells, estmark, '2022').figures.map((x: { value: number }) => x.value)).toEqual([12000]);
      const values = result.cells.flatMap((c: { figures: Array<{ value: number | null }> }) => c.figures.map((x) => x.value));
      for (const unpublished of [99999, 55555, 77777, 5]) expect(values).not.toContain(unpublished);
    });

    it('names each release by the title and edition it was published under, whatever the profile is called since', async () => {
      const TITLES = `query($w: ID!, $codes: [String!]!) { regionalComparison(workspaceId: $w, indicatorCodes: $codes) { countries { workspaceId releases { version profileTitle edition } } } }`;
      const norlandReleases = async () =>
        (await must(TITLES, { w: regionalId, codes: ['imm.stock'] }, tokens.observer))['regionalComparison'].countries.find(
          (c: { workspaceId: string }) => c.workspaceId === norland.id,
        ).releases;
      const published = await norlandReleases();
      expect(published).toEqual([{ version: '2024.1', profileTitle: 'Migration Profile 2024.1', edition: '2024.1' }]);
      const [profile] = await t.dataSource.query(`SELECT profile_id FROM releases WHERE workspace_id = $1 AND version = '2024.1'`, [norland.id]);
      await t.dataSource.query(`UPDATE profiles SET title = 'Renamed afterwards', edition = '2099' WHERE id = $1`, [profile.profile_id]);
      try {
        expect(await norlandReleases()).toEqual(published);
      } finally {
        await t.dataSource.query(`UPDATE profiles SET title = 'Migration Profile 2024.1', edition = '2024.1' WHERE id = $1`, [profile.profile_id]);
      }
    });

    it('flags differing definitions, another reference, no comparability, gaps and missing figures in words', async () => {
      const result = (await must(COMPARE, { w: regionalId, codes: ['IMM.STOCK'] }, tokens.contributor))['regionalComparison'];
      expect(result.indicators).toEqual([
        expect.objectContaining({ code: 'IMM.STOCK', name: 'Migrant stock (regional)', internationalReference: REFERENCE, definitionsDiffer: true }),
      ]);
      expect(result.indicators[0].definitions.map((d: { definition: string }) => d.definition)).toContain('Foreign citizens holding a residence permit.');
      expect(cell(result.cells, norland, '2022').flags).toEqual([]);
      expect(cell(result.cells, valoria, '2022').flags).toEqual(['DEFINITION_DIFFERS_BETWEEN_COUNTRIES', 'DIFFERS_FROM_REFERENCE', 'NOT_COMPARABLE']);
      expect(cell(result.cells, estmark, '2021')).toMatchObject({ flags: ['GAP'], figures: [{ value: null, dataGap: true }] });
      expect(cell(result.cells, valoria, '2021')).toMatchObject({ flags: ['NO_FIGURE'], figures: [], releaseVersion: null });
      expect(result.cells).toHaveLength(3 * 2);
    });

    it('narrows to one period, answers only the countries for no indicator, and checks what it is asked', async () => {
      const one = (await must(COMPARE, { w: regionalId, codes: ['IMM.STOCK'], p: '2022' }, tokens.coordinator))['regionalComparison'];
      expect(one.periods).toEqual(['2022']);
      const none = (await must(COMPARE, { w: regionalId, codes: [] }, tokens.coordinator))['regionalComparison'];
      expect({ countries: none.countries.length, cells: none.cells.length }).toEqual({ countries: 3, cells: 0 });
      expect(await code(COMPARE, { w: regionalId, codes: ['bad code!'] }, tokens.coordinator)).toBe('BAD_USER_INPUT');
      expect(await code(COMPARE, { w: regionalId, codes: ['IMM.STOCK'], p: 'last year' }, tokens.coordinator)).toBe('BAD_USER_INPUT');
      expect(await code(COMPARE, { w: regionalId, codes: Array.from({ length: 21 }, (_, i) => `X${i}`) }, tokens.coordinator)).toBe('BAD_USER_INPUT');
    });

    it('is readable by members of the regional workspace only', async () => {
      expect(await code(COMPARE, { w: regionalId, codes: ['IMM.STOCK'] }, tokens.outsider)).toBe('NOT_FOUND');
      // Being a member country's coordinator does not make one a reader of the regional workspace.
      expect(await code(COMPARE, { w: regionalId, codes: ['IMM.STOCK'] }, norland.token)).toBe('NOT_FOUND');
      expect(await code(COMPARE, { w: regionalId, codes: ['IMM.STOCK'] })).toBe('UNAUTHENTICATED');
    });
  });
});
