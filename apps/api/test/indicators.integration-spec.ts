import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Workbook } from 'exceljs';
import { Fixtures } from '@mps/api-testing';
import { signIn } from './support/sign-in';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

/**
 * Indicators (docs/domain.md rule 9, issue 11): the catalogue and its adopted versions, who may enter figures for
 * which organisation, differing figures kept side by side until a coordinator chooses or footnotes (audited), the
 * import (row-by-row report, all-or-nothing, hostile files), figures frozen into a release at preparation, the
 * open-data files, and the time series across periods and editions.
 */

const INDICATOR_FIELDS = 'id code name unit definition internationalReference gmgPart sdgTarget gcmObjective toBeConfirmed';
const CREATE = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { ${INDICATOR_FIELDS} } }`;
const RECORD = `mutation($input: RecordDataPointInput!) { recordDataPoint(input: $input) { id value dataGap period sex ageGroup countryCode organization { id } comparability comparabilityNote } }`;
const DIFFERING = `query($w: ID!, $u: Boolean) { differingFigures(workspaceId: $w, unresolvedOnly: $u) { indicatorId period sex figures { id value organization { acronym } } resolution { chosenDataPointId footnote } indicator { code } } }`;
const RESOLVE = `mutation($input: ResolveDifferingFiguresInput!) { resolveDifferingFigures(input: $input) { period resolution { chosenDataPointId footnote } } }`;
const PREVIEW = `query($input: IndicatorDataFileInput!) { indicatorImportPreview(input: $input) { fileName rowCount addCount replaceCount problemCount problems { row column message } rows { row indicatorCode value organizationName replaces } } }`;
const IMPORT = `mutation($input: IndicatorDataFileInput!) { importIndicatorData(input: $input) { id fileName addedCount replacedCount } }`;
const SERIES = `query($id: ID!) { indicatorSeries(indicatorId: $id) { indicator { code } points { period value organizationName differing } editions { version edition points { period value } } } }`;

const HEADER = 'indicator_code,period,value,unit,sex,age_group,country,organisation,source_type,source_name,national_definition,comparability,comparability_note,data_gap,note';
const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

describe('indicators', () => {
  let t: TestApp;
  let f: Fixtures;
  let workspaceId: string;
  let orgs: Record<'interior' | 'statistics' | 'ngo', string>;
  let tokens: Record<'coordinator' | 'focalInterior' | 'focalStatistics' | 'contributor' | 'observer' | 'outsider', string>;
  let stockId: string;
  let remittancesId: string;
  const count = async (sql: string, params: unknown[] = []) => Number((await t.dataSource.query(sql, params))[0].n);
  const must = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await t.gql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const code = async (query: string, variables: Record<string, unknown>, token?: string) => (await t.gql(query, variables, token)).errors?.[0]?.extensions.code;
  const figure = (overrides: Record<string, unknown>) => ({
    indicatorId: stockId,
    organizationId: orgs.interior,
    value: 41250,
    period: '2022',
    sourceType: 'ADMINISTRATIVE_REGISTER',
    sourceName: 'Register of foreign residents',
    comparability: 'COMPARABLE',
    ...overrides,
  });
  const file = (fileName: string, content: string | Buffer) => ({ input: { workspaceId, fileName, contentBase64: b64(content) } });

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t.dataSource);
    const ws = await f.workspace({ countryCode: 'NL' });
    workspaceId = ws.id;
    const interior = await f.organization(ws.id, { name: 'Ministry of Internal Affairs', acronym: 'MIA' });
    const statistics = await f.organization(ws.id, { name: 'National Bureau of Statistics', acronym: 'NBS', kind: 'GOVERNMENT_AGENCY' });
    const ngo = await f.organization(ws.id, { name: 'Migrant Support Network', acronym: 'MSN', kind: 'CIVIL_SOCIETY' });
    orgs = { interior: interior.id, statistics: statistics.id, ngo: ngo.id };
    const elsewhere = await f.workspace();
    const people = {
      coordinator: await f.member(ws.id, interior.id, 'COORDINATOR'),
      focalInterior: await f.member(ws.id, interior.id, 'FOCAL_POINT'),
      focalStatistics: await f.member(ws.id, statistics.id, 'FOCAL_POINT'),
      contributor: await f.member(ws.id, ngo.id, 'CONTRIBUTOR'),
      observer: await f.member(ws.id, ngo.id, 'OBSERVER'),
      outsider: await f.member(elsewhere.id, (await f.organization(elsewhere.id)).id, 'COORDINATOR'),
    };
    tokens = Object.fromEntries(
      await Promise.all(Object.entries(people).map(async ([k, v]) => [k, (await signIn(t, v.user.email)).accessToken])),
    ) as typeof tokens;
  }, BOOT_TIMEOUT);
  afterAll(async () => t?.close());

  describe('the catalogue', () => {
    it('lets coordinators add indicators with a stable upper-case code; others may not', async () => {
      const input = {
        workspaceId,
        code: 'imm.stock',
        name: 'International migrant stock',
        unit: 'persons',
        definition: 'Foreign-born persons usually resident in the country at the reference date.',
        internationalReference: 'UN Recommendations (Rev. 1): stock of international migrants, usual residence',
        gmgPart: 'IV',
        sdgTarget: '10.7',
      };
      const created = (await must(CREATE, { input }, tokens.coordinator))['createIndicator'];
      stockId = created.id;
      expect(created).toMatchObject({ code: 'IMM.STOCK', gmgPart: 'IV', toBeConfirmed: true, gcmObjective: null });
      expect(await code(CREATE, { input: { ...input, code: 'IMM.STOCK' } }, tokens.coordinator)).toBe('CONFLICT');
      expect(await code(CREATE, { input: { ...input, code: 'bad code!' } }, tokens.coordinator)).toBe('BAD_USER_INPUT');
      expect(await code(CREATE, { input: { ...input, code: 'X1' } }, tokens.focalInterior)).toBe('FORBIDDEN');
      expect(await code(CREATE, { input: { ...input, code: 'X1' } }, tokens.outsider)).toBe('NOT_FOUND');
      const remittances = await must(
        CREATE,
        { input: { ...input, code: 'REM.IN', name: 'Remittance inflows', unit: 'USD million', gmgPart: 'III', definition: 'Personal remittances received.' } },
        tokens.coordinator,
      );
      remittancesId = remittances['createIndicator'].id;
      const list = await must(`query($w: ID!) { indicators(workspaceId: $w) { code } }`, { w: workspaceId }, tokens.contributor);
      expect(list['indicators'].map((i: { code: string }) => i.code)).toEqual(['REM.IN', 'IMM.STOCK']);
    });

    it('records an adopted version that keeps the entries as they were, and which version a profile follows', async () => {
      const adopt = `mutation($input: AdoptIndicatorCatalogueInput!) { adoptIndicatorCatalogue(input: $input) { id number decision adoptedOn indicators { code name } } }`;
      expect(await code(adopt, { input: { workspaceId, decision: 'TWG meeting 1', adoptedOn: '2025-02-30' } }, tokens.coordinator)).toBe('BAD_USER_INPUT');
      const v1 = (await must(adopt, { input: { workspaceId, decision: 'TWG meeting of 12 March 2025', adoptedOn: '2025-03-12' } }, tokens.coordinator))[
        'adoptIndicatorCatalogue'
      ];
      expect(v1).toMatchObject({ number: 1, adoptedOn: '2025-03-12' });
      await must(
        `mutation($id: ID!, $input: IndicatorInput!) { updateIndicator(id: $id, input: $input) { code name } }`,
        { id: stockId, input: { name: 'Immigrant stock', unit: 'persons', definition: 'Foreign-born residents.', gmgPart: 'IV', toBeConfirmed: false } },
        tokens.coordinator,
      );
      const versions = await must(`query($w: ID!) { indicatorCatalogueVersions(workspaceId: $w) { number indicators { code name } } }`, { w: workspaceId }, tokens.observer);
      expect(versions['indicatorCatalogueVersions'][0].indicators).toContainEqual({ code: 'IMM.STOCK', name: 'International migrant stock' });
      await expect(t.dataSource.query(`UPDATE indicator_catalogue_versions SET decision = 'x'`)).rejects.toThrow(/never changes/);
    });
  });

  describe('figures', () => {
    it('coordinators enter for any organisation, focal points for their own only, contributors and observers not at all', async () => {
      const own = (await must(RECORD, { input: figure({}) }, tokens.focalInterior))['recordDataPoint'];
      expect(own).toMatchObject({ value: 41250, sex: 'TOTAL', ageGroup: null, countryCode: null, organization: { id: orgs.interior } });
      expect(await code(RECORD, { input: figure({ organizationId: orgs.statistics }) }, tokens.focalInterior)).toBe('FORBIDDEN');
      expect(await code(RECORD, { input: figure({}) }, tokens.contributor)).toBe('FORBIDDEN');
      expect(await code(RECORD, { input: figure({}) }, tokens.observer)).toBe('FORBIDDEN');
      expect(await code(RECORD, { input: figure({}) }, tokens.outsider)).toBe('NOT_FOUND');
      const again = (await must(RECORD, { input: figure({ value: 41300 }) }, tokens.coordinator))['recordDataPoint'];
      expect({ id: again.id, value: again.value }).toEqual({ id: own.id, value: 41300 });
      expect(await count(`SELECT count(*)::int AS n FROM data_points`)).toBe(1);
    });

    it('checks a figure: a gap has no value, a value is needed otherwise, partial comparability needs a reason, periods are periods', async () => {
      const field = async (input: Record<string, unknown>) => (await t.gql(RECORD, { input: figure(input) }, tokens.coordinator)).errors?.[0]?.extensions['field'];
      expect(await field({ dataGap: true })).toBe('value');
      expect(await field({ value: null })).toBe('value');
      expect(await field({ comparability: 'PARTLY_COMPARABLE' })).toBe('comparabilityNote');
      expect(await field({ period: 'last year' })).toBe('period');
      expect(await field({ countryCode: 'Ukraine' })).toBe('countryCode');
      const gap = (await must(RECORD, { input: figure({ value: null, dataGap: true, period: '2018', organizationId: orgs.statistics }) }, tokens.coordinator))['recordDataPoint'];
      expect(gap).toMatchObject({ value: null, dataGap: true });
    });
  });

  describe('differing figures', () => {
    it('keeps both figures side by side when two organisations differ on the same slice; equal ones agree', async () => {
      await must(RECORD, { input: figure({ value: 38900, organizationId: orgs.statistics, sourceType: 'CENSUS', sourceName: 'Census 2022' }) }, tokens.focalStatistics);
      await must(RECORD, { input: figure({ period: '2021', value: 40000 }) }, tokens.coordinator);
      await must(RECORD, { input: figure({ period: '2021', value: 40000, organizationId: orgs.statistics }) }, tokens.coordinator);
      const res = await must(DIFFERING, { w: workspaceId }, tokens.observer);
      expect(res['differingFigures']).toEqual([
        {
          indicatorId: stockId,
          period: '2022',
          sex: 'TOTAL',
          figures: expect.arrayContaining([
            expect.objectContaining({ value: 41300, organization: { acronym: 'MIA' } }),
            expect.objectContaining({ value: 38900, organization: { acronym: 'NBS' } }),
          ]),
          resolution: null,
          indicator: { code: 'IMM.STOCK' },
        },
      ]);
    });

    it('lets a coordinator choose one or footnote the difference, audited with the figures; focal points may not', async () => {
      const [slice] = (await must(DIFFERING, { w: workspaceId }, tokens.coordinator))['differingFigures'];
      const nbs = slice.figures.find((x: { organization: { acronym: string } }) => x.organization.acronym === 'NBS');
      const input = { indicatorId: stockId, period: '2022', chosenDataPointId: nbs.id, footnote: 'The census counts residents of 12 months or more.' };
      expect(await code(RESOLVE, { input }, tokens.focalStatistics)).toBe('FORBIDDEN');
      expect(await code(RESOLVE, { input: { indicatorId: stockId, period: '2022' } }, tokens.coordinator)).toBe('BAD_USER_INPUT');
      expect(await code(RESOLVE, { input: { ...input, period: '2021' } }, tokens.coordinator)).toBe('NOT_FOUND');
      const other = (await t.dataSource.query(`SELECT id FROM data_points WHERE period = '2021' LIMIT 1`))[0].id;
      expect(await code(RESOLVE, { input: { ...input, chosenDataPointId: other } }, tokens.coordinator)).toBe('BAD_USER_INPUT');
      const resolved = (await must(RESOLVE, { input }, tokens.coordinator))['resolveDifferingFigures'];
      expect(resolved.resolution).toEqual({ chosenDataPointId: nbs.id, footnote: input.footnote });
      expect((await must(DIFFERING, { w: workspaceId, u: true }, tokens.coordinator))['differingFigures']).toEqual([]);
      const [event] = await t.dataSource.query(`SELECT data FROM audit_events WHERE action = 'differing-figures.resolved'`);
      expect(event.data).toMatchObject({ indicatorCode: 'IMM.STOCK', period: '2022', chosenDataPointId: nbs.id });
      expect(event.data.figures).toHaveLength(2);
    });
  });

  describe('import', () => {
    const good = [
      HEADER,
      'IMM.STOCK,2023,43100,,,,,MIA,administrative register,Register of foreign residents,,comparable,,,',
      'IMM.STOCK,2023,21000,,female,,,MIA,administrative register,Register of foreign residents,,comparable,,,',
      'REM.IN,2023,512.5,,,,,NBS,survey,Balance of payments,BPM6,partly comparable,Excludes informal channels,,',
    ].join('\n');

    it('previews a good file without writing anything, and imports every row in one go', async () => {
      const before = await count(`SELECT count(*)::int AS n FROM data_points`);
      const preview = (await must(PREVIEW, file('figures.csv', good), tokens.coordinator))['indicatorImportPreview'];
      expect(preview).toMatchObject({ rowCount: 3, addCount: 3, replaceCount: 0, problemCount: 0, problems: [] });
      expect(preview.rows[2]).toEqual({ row: 4, indicatorCode: 'REM.IN', value: 512.5, organizationName: 'National Bureau of Statistics', replaces: false });
      expect(await count(`SELECT count(*)::int AS n FROM data_points`)).toBe(before);
      const imported = (await must(IMPORT, file('figures.csv', good), tokens.coordinator))['importIndicatorData'];
      expect(imported).toMatchObject({ fileName: 'figures.csv', addedCount: 3, replacedCount: 0 });
      expect(await count(`SELECT count(*)::int AS n FROM data_points`)).toBe(before + 3);
      const again = (await must(PREVIEW, file('figures.csv', good), tokens.coordinator))['indicatorImportPreview'];
      expect({ add: again.addCount, replace: again.replaceCount }).toEqual({ add: 0, replace: 3 });
    });

    it('reports each problem by row and column, and imports nothing from a file with any problem', async () => {
      const bad = [
        HEADER,
        'IMM.STOCK,2024,44000,,,,,MIA,administrative register,Register,,comparable,,,',
        'NOPE,2024,1,,,,,MIA,census,Census,,comparable,,,',
        'IMM.STOCK,in 2024,12 thousand,,,,,MIA,administrative register,Register,,comparable,,,',
        'IMM.STOCK,2024,44000,,,,,NBS,census,Census,,partly comparable,,,',
        'IMM.STOCK,2024,44000,,,,,MIA,administrative register,Register,,comparable,,,',
      ].join('\n');
      const before = await count(`SELECT count(*)::int AS n FROM data_points`);
      const preview = (await must(PREVIEW, file('bad.csv', bad), tokens.focalInterior))['indicatorImportPreview'];
      expect(preview.problems).toEqual([
        { row: 3, column: 'indicator_code', message: 'NOPE is not in the catalogue: use a code from the catalogue.' },
        { row: 4, column: 'value', message: 'Enter the value as a number, like 12500 or 3.75 (no units or words).' },
        { row: 5, column: 'organisation', message: 'You may supply figures for your own organisation only, not NBS.' },
        { row: 6, column: null, message: expect.stringContaining('Row 2 already gives this figure') },
      ]);
      const res = await t.gql(IMPORT, file('bad.csv', bad), tokens.focalInterior);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
      expect((res.errors![0]!.extensions['problems'] as unknown[]).length).toBe(4);
      expect(await count(`SELECT count(*)::int AS n FROM data_points`)).toBe(before);
      expect(await count(`SELECT count(*)::int AS n FROM indicator_imports WHERE file_name = 'bad.csv'`)).toBe(0);
      const period = (await must(PREVIEW, file('p.csv', `${HEADER}\nIMM.STOCK,in 2024,1,,,,,MIA,census,Census,,comparable,,,`), tokens.coordinator))['indicatorImportPreview'];
      expect(period.problems[0]).toMatchObject({ row: 2, column: 'period' });
    });

    it('names missing columns, and gives hostile files a clear error that changes nothing', async () => {
      const missing = (await must(PREVIEW, file('m.csv', 'indicator_code,period\nIMM.STOCK,2024'), tokens.coordinator))['indicatorImportPreview'];
      expect(missing.problems[0].message).toContain('missing: value, source_type, source_name, comparability');
      const refuse = async (name: string, content: string | Buffer) => {
        const res = await t.gql(PREVIEW, file(name, content), tokens.coordinator);
        return { name, code: res.errors?.[0]?.extensions.code, field: res.errors?.[0]?.extensions['field'], message: res.errors?.[0]?.message };
      };
      const latin1 = Buffer.from(`${HEADER}\nIMM.STOCK,2024,1,,,,,MIA,census,Recensământ,,comparable,,,`, 'latin1');
      const cases = [
        await refuse('empty.csv', ''),
        await refuse('latin1.csv', latin1),
        await refuse('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HEADER, 'utf16le')])),
        await refuse('junk.bin', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10])),
        await refuse('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])),
        await refuse('broken.xlsx', Buffer.from('PK\u0003\u0004 not really a zip')),
        await refuse('huge.csv', Buffer.alloc(2 * 1024 * 1024 + 10, 'a')),
        await refuse('rows.csv', `${HEADER}\n${'IMM.STOCK,2024,1,,,,,MIA,census,C,,comparable,,,\n'.repeat(20_001)}`.slice(0, 2 * 1024 * 1024 - 1)),
      ];
      for (const c of cases) expect({ name: c.name, code: c.code, field: c.field }).toEqual({ name: c.name, code: 'BAD_USER_INPUT', field: 'file' });
      expect(cases[1]!.message).toContain('UTF-8');
      expect(cases[4]!.message).toContain('.xls');
      const invalidBase64 = await t.gql(PREVIEW, { input: { workspaceId, fileName: 'x.csv', contentBase64: '%%%not base64' } }, tokens.coordinator);
      expect(invalidBase64.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    });

    it('reads XLSX, refuses formulas (never evaluated) and keeps spreadsheet row numbers', async () => {
      const workbook = new Workbook();
      const sheet = workbook.addWorksheet('Data');
      sheet.addRow(HEADER.split(','));
      sheet.addRow(['IMM.STOCK', '2019', 39000, '', 'Total', '', '', 'MIA', 'Administrative register', 'Register', '', 'Comparable', '', 'no', '']);
      sheet.addRow([]);
      sheet.addRow(['IMM.STOCK', '2020', { formula: 'SUM(C2:C3)', result: 39000 }, '', '', '', '', 'MIA', 'census', 'Census', '', 'comparable', '', '', '']);
      const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
      const preview = (await must(PREVIEW, file('data.xlsx', bytes), tokens.coordinator))['indicatorImportPreview'];
      expect(preview.problems).toEqual([{ row: 4, column: 'value', message: expect.stringContaining('formula') }]);
      expect(preview.rows).toEqual([expect.objectContaining({ row: 2, value: 39000 })]);
    });

    it('is one transaction: a figure already in the file does not survive the refusal of a later row', async () => {
      const before = await t.dataSource.query(`SELECT value FROM data_points WHERE period = '2023' AND sex = 'TOTAL' AND indicator_id = $1`, [stockId]);
      const content = [HEADER, 'IMM.STOCK,2023,1,,,,,MIA,census,Census,,comparable,,,', 'REM.IN,2023,x,,,,,NBS,survey,BoP,,comparable,,,'].join('\n');
      expect(await code(IMPORT, file('half.csv', content), tokens.coordinator)).toBe('BAD_USER_INPUT');
      const after = await t.dataSource.query(`SELECT value FROM data_points WHERE period = '2023' AND sex = 'TOTAL' AND indicator_id = $1`, [stockId]);
      expect(after).toEqual(before);
    });
  });

  describe('releases, open data and the time series', () => {
    let profileId: string;
    let releaseId: string;
    const openData = (id: string, ext: 'csv' | 'json') => fetch(`${t.baseUrl}/open-data/releases/${id}/indicators.${ext}`);

    const prepare = async (version: string) => {
      const res = await must(`mutation($input: PrepareReleaseInput!) { prepareRelease(input: $input) { id } }`, { input: { profileId, version } }, tokens.coordinator);
      return res['prepareRelease'].id as string;
    };

    beforeAll(async () => {
      profileId = (await must(
        `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`,
        { input: { workspaceId, title: 'Migration Profile of Norland', edition: '2024' } },
        tokens.coordinator,
      ))['createProfile'].id;
      const sectionId = (await must(`mutation($input: AddSectionInput!) { addSection(input: $input) { id } }`, { input: { profileId, title: 'Immigration' } }, tokens.coordinator))[
        'addSection'
      ].id;
      await must(
        `mutation($input: SaveSectionInput!) { saveSection(input: $input) { id } }`,
        { input: { sectionId, baseRevisionId: null, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '=cmd|calc' }] }] } } },
        tokens.coordinator,
      );
      await t.dataSource.query(`UPDATE sections SET review_status = 'APPROVED' WHERE profile_id = $1`, [profileId]);
      // A text a spreadsheet would run as a formula, to prove the CSV neutralises it.
      await must(RECORD, { input: figure({ period: '2017', value: -5, sourceName: '=HYPERLINK("http://evil.example","x")' }) }, tokens.coordinator);
    });

    it('freezes the figures at preparation: later changes to the data or the catalogue do not alter the release', async () => {
      releaseId = await prepare('2024.1');
      const frozen = await count(`SELECT count(*)::int AS n FROM release_indicator_values WHERE release_id = $1`, [releaseId]);
      expect(frozen).toBe(await count(`SELECT count(*)::int AS n FROM data_points`));
      const [event] = await t.dataSource.query(`SELECT data FROM audit_events WHERE action = 'release.prepared' AND subject_id = $1`, [releaseId]);
      expect(event.data.frozenFigures).toBe(frozen);
      const snapshot = await t.dataSource.query(`SELECT * FROM release_indicator_values WHERE release_id = $1 ORDER BY position`, [releaseId]);
      await must(RECORD, { input: figure({ value: 99999 }) }, tokens.coordinator);
      await must(
        `mutation($id: ID!, $input: IndicatorInput!) { updateIndicator(id: $id, input: $input) { code } }`,
        { id: stockId, input: { name: 'Renamed later', unit: 'persons', definition: 'Changed later.', gmgPart: 'IV' } },
        tokens.coordinator,
      );
      expect(await t.dataSource.query(`SELECT * FROM release_indicator_values WHERE release_id = $1 ORDER BY position`, [releaseId])).toEqual(snapshot);
      const chosen = snapshot.filter((r: { period: string; selection: string }) => r.period === '2022').map((r: { organization_name: string; selection: string }) => [r.organization_name, r.selection]);
      expect(chosen.sort()).toEqual([
        ['Ministry of Internal Affairs', 'NOT_CHOSEN'],
        ['National Bureau of Statistics', 'CHOSEN'],
      ]);
      await expect(t.dataSource.query(`UPDATE release_indicator_values SET value = 1 WHERE release_id = $1`, [releaseId])).rejects.toThrow(/frozen/);
      await expect(t.dataSource.query(`DELETE FROM release_indicator_values WHERE release_id = $1`, [releaseId])).rejects.toThrow(/frozen/);
    });

    it('offers open data only for published releases (404 otherwise), as CSV and JSON with metadata', async () => {
      expect((await openData(releaseId, 'csv')).status).toBe(404);
      expect((await openData('not-a-uuid', 'json')).status).toBe(404);
      expect((await openData('00000000-0000-4000-8000-000000000000', 'json')).status).toBe(404);
      await must(`mutation($id: ID!) { publishRelease(id: $id) { id } }`, { id: releaseId }, tokens.coordinator);
      const csv = await openData(releaseId, 'csv');
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const lines = (await csv.text()).trim().split('\n');
      const header = lines[0]!.split(',');
      expect(header).toEqual(expect.arrayContaining(['indicator_code', 'value', 'unit', 'period', 'source', 'definition', 'comparability']));
      const hostile = lines.find((l) => l.includes('HYPERLINK'))!;
      expect(hostile).toContain(`"'=HYPERLINK(`);
      expect(hostile).toMatch(/,-5,/);
      const json = (await (await openData(releaseId, 'json')).json()) as { release: { version: string }; columns: unknown[]; figures: Array<Record<string, unknown>> };
      expect(json.release.version).toBe('2024.1');
      expect(json.figures).toHaveLength(lines.length - 1);
      expect(json.figures.find((x) => x['period'] === '2022' && x['selection'] === 'CHOSEN')).toMatchObject({
        indicatorCode: 'IMM.STOCK',
        value: 38900,
        source: 'Census 2022',
        definition: 'Foreign-born residents.',
        comparability: 'COMPARABLE',
        footnote: 'The census counts residents of 12 months or more.',
      });
      await must(`mutation($id: ID!, $r: String!) { withdrawRelease(id: $id, reason: $r) { id } }`, { id: releaseId, r: 'Corrected in 2024.2' }, tokens.coordinator);
      expect((await openData(releaseId, 'csv')).status).toBe(404);
    });

    it('answers 200 with the header line alone when a published release holds no figures', async () => {
      const empty = await f.workspace();
      const org = await f.organization(empty.id);
      const coordinator = (await signIn(t, (await f.member(empty.id, org.id, 'COORDINATOR')).user.email)).accessToken;
      const other = (await must(`mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`, { input: { workspaceId: empty.id, title: 'P', edition: '1' } }, coordinator))[
        'createProfile'
      ].id;
      const section = (await must(`mutation($input: AddSectionInput!) { addSection(input: $input) { id } }`, { input: { profileId: other, title: 'S' } }, coordinator))['addSection'].id;
      await must(`mutation($input: SaveSectionInput!) { saveSection(input: $input) { id } }`, { input: { sectionId: section, baseRevisionId: null, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] } } }, coordinator);
      await t.dataSource.query(`UPDATE sections SET review_status = 'APPROVED' WHERE profile_id = $1`, [other]);
      const id = (await must(`mutation($input: PrepareReleaseInput!) { prepareRelease(input: $input) { id } }`, { input: { profileId: other, version: '1' } }, coordinator))['prepareRelease'].id;
      await must(`mutation($id: ID!) { publishRelease(id: $id) { id } }`, { id }, coordinator);
      const csv = await openData(id, 'csv');
      expect(csv.status).toBe(200);
      const text = await csv.text();
      expect(text.trim().split('\n')).toHaveLength(1);
      expect(text.startsWith('indicator_code,')).toBe(true);
      const json = (await (await openData(id, 'json')).json()) as { figures: unknown[] };
      expect(json.figures).toEqual([]);
    });

    it('gives the time series across periods (the chosen figure where organisations differ) and across published editions', async () => {
      const second = await prepare('2024.2');
      await must(`mutation($id: ID!) { publishRelease(id: $id) { id } }`, { id: second }, tokens.coordinator);
      await must(RECORD, { input: figure({ period: '2024', value: 45000 }) }, tokens.coordinator);
      const series = (await must(SERIES, { id: stockId }, tokens.contributor))['indicatorSeries'];
      expect(series.points.map((p: { period: string; value: number }) => [p.period, p.value])).toEqual([
        ['2017', -5],
        ['2018', null],
        ['2021', 40000],
        ['2021', 40000],
        ['2022', 38900],
        ['2023', 43100],
        ['2024', 45000],
      ]);
      expect(series.editions.map((e: { version: string }) => e.version)).toEqual(['2024.2']);
      const frozen2022 = series.editions[0].points.filter((p: { period: string }) => p.period === '2022');
      expect(frozen2022).toEqual([{ period: '2022', value: 38900 }]);
      expect(await code(SERIES, { id: stockId }, tokens.outsider)).toBe('NOT_FOUND');
      expect(remittancesId).toBeDefined();
    });
  });
});
