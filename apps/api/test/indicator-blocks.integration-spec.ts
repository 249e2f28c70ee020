import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { strFromU8, unzipSync } from 'fflate';
import { Fixtures } from '@mps/api-testing';
import { signIn } from './support/sign-in';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

/**
 * Tables and charts of indicator figures in section text (issue 11 item 5): live figures in a draft, frozen figures
 * in a release (a later data change alters neither its portal pages nor its files), Key data and the Annex generated
 * from the figures, and hostile block attributes refused.
 */

const RECORD = `mutation($input: RecordDataPointInput!) { recordDataPoint(input: $input) { id } }`;
const SAVE = `mutation($input: SaveSectionInput!) { saveSection(input: $input) { id content html } }`;
const FIGURES = `query($p: ID!, $codes: [String!]!) { profileIndicatorFigures(profileId: $p, codes: $codes) { indicatorCode period value organizationName selection } }`;

/** Text of a DOCX's main part: paragraphs on their own lines, tags dropped. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

describe('indicator tables and charts in sections', () => {
  let t: TestApp;
  let token: string;
  let outsiderToken: string;
  let workspaceId: string;
  let organizationId: string;
  let stockId: string;
  let profileId: string;
  let immigrationId: string;
  const must = async (query: string, variables: Record<string, unknown>, as = token) => {
    const res = await t.gql(query, variables, as);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const errorOf = async (query: string, variables: Record<string, unknown>, as = token) => (await t.gql(query, variables, as)).errors?.[0];
  const record = (period: string, value: number) =>
    must(RECORD, {
      input: { indicatorId: stockId, organizationId, value, period, sourceType: 'ADMINISTRATIVE_REGISTER', sourceName: 'Register of foreign residents', comparability: 'COMPARABLE' },
    });
  const block = (attrs: Record<string, unknown>) => ({ type: 'indicatorBlock', attrs });
  const doc = (...content: unknown[]) => ({ type: 'doc', content });
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const download = async (path: string) => {
    const res = await fetch(`${t.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    return new Uint8Array(await res.arrayBuffer());
  };

  beforeAll(async () => {
    t = await startTestApp();
    const f = new Fixtures(t.dataSource);
    const ws = await f.workspace({ countryCode: 'NL' });
    workspaceId = ws.id;
    const org = await f.organization(ws.id, { name: 'Ministry of Internal Affairs', acronym: 'MIA' });
    organizationId = org.id;
    const coordinator = await f.member(ws.id, org.id, 'COORDINATOR');
    token = (await signIn(t, coordinator.user.email)).accessToken;
    const elsewhere = await f.workspace();
    const outsider = await f.member(elsewhere.id, (await f.organization(elsewhere.id)).id, 'COORDINATOR');
    outsiderToken = (await signIn(t, outsider.user.email)).accessToken;

    stockId = (
      await must(`mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`, {
        input: { workspaceId, code: 'IMM.STOCK', name: 'Immigrant stock', unit: 'persons', definition: 'Foreign-born residents.', gmgPart: 'IV' },
      })
    )['createIndicator'].id;
    await record('2021', 38700);
    await record('2022', 41250);

    profileId = (
      await must(`mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`, {
        input: { workspaceId, title: 'Migration Profile of Norland', edition: '2024', templateKey: 'iom-standard' },
      })
    )['createProfile'].id;
    // Only Key data, A.2 and the Annex stay: every other leaf of the standard outline would need text before a release.
    await t.dataSource.query(
      `UPDATE sections SET archived_at = now() WHERE profile_id = $1 AND key NOT IN ('key-data', 'trends', 'trends.immigration', 'annex')`,
      [profileId],
    );
    const [row] = await t.dataSource.query(`SELECT id FROM sections WHERE profile_id = $1 AND key = 'trends.immigration'`, [profileId]);
    immigrationId = row.id;
    // The release gate still asks for a line of text in Key data and the Annex (their introduction); the tables follow it.
    for (const key of ['key-data', 'annex']) {
      const [section] = await t.dataSource.query(`SELECT id FROM sections WHERE profile_id = $1 AND key = $2`, [profileId, key]);
      await must(SAVE, { input: { sectionId: section.id, baseRevisionId: null, content: doc(paragraph(`Generated from the catalogue (${key}).`)) } });
    }
  }, BOOT_TIMEOUT);
  afterAll(async () => t?.close());

  it('keeps a block with checked attributes, drops unknown ones and refuses hostile ones without saving anything', async () => {
    const hostile = [
      { codes: ['<script>alert(1)</script>'] },
      { codes: [] },
      { codes: ['IMM.STOCK'], display: 'javascript:alert(1)' },
      { codes: ['IMM.STOCK'], periods: ['"><img src=x onerror=alert(1)>'] },
      { codes: ['IMM.STOCK'], countryCode: 'XSS' },
      { codes: 'IMM.STOCK' },
    ];
    for (const attrs of hostile) {
      const error = await errorOf(SAVE, { input: { sectionId: immigrationId, baseRevisionId: null, content: doc(block(attrs)) } });
      expect(error?.extensions.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toMatch(/section format/);
    }
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM revisions WHERE section_id = $1`, [immigrationId]))[0].n).toBe(0);

    const saved = (
      await must(SAVE, {
        input: {
          sectionId: immigrationId,
          baseRevisionId: null,
          content: doc(paragraph('The immigrant stock grew.'), block({ codes: ['IMM.STOCK'], display: 'chart', caption: 'Stock <b>bold</b>', onclick: 'alert(1)' })),
        },
      })
    )['saveSection'];
    expect(saved.content.content[1].attrs).toEqual({ codes: ['IMM.STOCK'], periods: [], sex: 'TOTAL', ageGroup: '', countryCode: '', display: 'chart', caption: 'Stock <b>bold</b>' });
    expect(saved.html).toContain('data-indicator-block=');
    expect(saved.html).not.toContain('<b>');
    expect(saved.html).not.toContain('onclick');
  });

  it('gives a draft the live figures of its blocks, to members of the workspace only', async () => {
    const figures = (await must(FIGURES, { p: profileId, codes: ['IMM.STOCK'] }))['profileIndicatorFigures'];
    expect(figures.map((f: { period: string; value: number }) => [f.period, f.value])).toEqual([
      ['2021', 38700],
      ['2022', 41250],
    ]);
    expect((await errorOf(FIGURES, { p: profileId, codes: ['IMM.STOCK'] }, outsiderToken))?.extensions.code).toBe('NOT_FOUND');
    expect((await errorOf(FIGURES, { p: profileId, codes: ['<x>'] }))?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await errorOf(FIGURES, { p: profileId, codes: [] }))?.extensions.code).toBe('BAD_USER_INPUT');

    await record('2022', 41300);
    const live = (await must(FIGURES, { p: profileId, codes: ['IMM.STOCK'] }))['profileIndicatorFigures'];
    expect(live.find((f: { period: string }) => f.period === '2022').value).toBe(41300);
  });

  it("puts the block's figures, Key data and the Annex into the draft's Word file", async () => {
    const text = docxText(await download(`/exports/profiles/${profileId}.docx`));
    expect(text).toContain('Stock <b>bold</b>');
    expect(text).toContain('41,300');
    expect(text).toContain('Chart shown as its table.');
    expect(text).toContain('Key data: the latest figure of each core indicator');
    expect(text).toContain('Part IV: Migrant stocks, refugees and students abroad');
    expect(text.indexOf('Key data: the latest')).toBeLessThan(text.indexOf('Part IV:'));
  });

  it('shows a published release with the figures it froze: a later data change alters neither its pages nor its files', async () => {
    await t.dataSource.query(`UPDATE sections SET review_status = 'APPROVED' WHERE profile_id = $1`, [profileId]);
    const releaseId = (await must(`mutation($input: PrepareReleaseInput!) { prepareRelease(input: $input) { id } }`, { input: { profileId, version: '2024.1' } }))[
      'prepareRelease'
    ].id;
    await must(`mutation($id: ID!) { publishRelease(id: $id) { id } }`, { id: releaseId });
    await record('2022', 99999);

    const page = await (await fetch(`${t.baseUrl}/portal/releases/${releaseId}`)).text();
    expect(page).toContain('<caption>Stock &lt;b&gt;bold&lt;/b&gt;</caption>');
    expect(page).toContain('<td>41,300</td>');
    expect(page).toContain('Key data: the latest figure of each core indicator');
    expect(page).toContain('Part IV: Migrant stocks, refugees and students abroad');
    expect(page).not.toContain('99,999');

    const pdfAndWord = docxText(await download(`/exports/releases/${releaseId}.docx`));
    expect(pdfAndWord).toContain('41,300');
    expect(pdfAndWord).not.toContain('99,999');
    // The draft moves on with the data.
    expect(docxText(await download(`/exports/profiles/${profileId}.docx`))).toContain('99,999');
  });
});
