import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { DEMO, expect, test } from './support/fixtures';

/**
 * The public portal, as an anonymous visitor finds it: from /portal to Norland (the demo workspace, XN), its 2019.1
 * release, a section through the contents and by its own link, and the comparison of 2019.1 with a later release
 * that changed one section. The portal is plain HTML: the same reading works with JavaScript disabled.
 */

async function must(request: APIRequestContext, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await request.post('/graphql', { data: { query, variables }, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`Arrangement failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const tokenOf = async (request: APIRequestContext, who: { email: string; password: string }) =>
  (await must(request, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: who.email, p: who.password }))['login']
    .accessToken as string;

/**
 * A later release of the 2019 edition in which Emigration was corrected: saved by the coordinator, approved by the
 * two signatories of the 2019 validation, prepared and published. Returns its version.
 */
async function publishCorrection(request: APIRequestContext): Promise<string> {
  const coordinator = await tokenOf(request, DEMO.coordinator);
  const data = await must(request, `{ workspaces { profiles { id edition sections { id key currentRevision { id } } } } }`, {}, coordinator);
  const profile = (data['workspaces'] as Array<{ profiles: any[] }>).flatMap((w) => w.profiles).find((p) => p.edition === '2019');
  const emigration = profile.sections.find((s: { key: string }) => s.key === 'trends.emigration');
  const revisionId = (
    await must(
      request,
      `mutation($i: SaveSectionInput!) { saveSection(input: $i) { id } }`,
      {
        i: {
          sectionId: emigration.id,
          baseRevisionId: emigration.currentRevision.id,
          content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The 2014 census counted 325,000 Norland-born residents abroad, two thirds of them of working age.' }] }] },
        },
      },
      coordinator,
    )
  )['saveSection'].id as string;
  for (const signer of [
    { email: 'focal.statistics@demo.example', password: DEMO.focalPoint.password },
    { email: 'academic@demo.example', password: DEMO.contributor.password },
  ]) {
    await must(request, `mutation($i: SignOffInput!) { signOff(input: $i) { id } }`, { i: { sectionId: emigration.id, revisionId, decision: 'APPROVE' } }, await tokenOf(request, signer));
  }
  const version = `2019.2-${Date.now().toString(36)}`;
  const releaseId = (
    await must(request, `mutation($i: PrepareReleaseInput!) { prepareRelease(input: $i) { id } }`, { i: { profileId: profile.id, version, notes: 'Corrected census figure.' } }, coordinator)
  )['prepareRelease'].id as string;
  await must(request, `mutation($id: ID!) { publishRelease(id: $id) { id } }`, { id: releaseId }, coordinator);
  return version;
}

test('an anonymous visitor finds Norland’s 2019.1 release, reads a section by its link, downloads it as Word and PDF and compares it with a later release', async ({ browser, request }) => {
  // Arranging signs in three people (password hashing) and publishes a release before the visitor's three contexts.
  test.setTimeout(240_000);
  const later = await publishCorrection(request);
  const context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  const page = await context.newPage();

  await page.goto('/portal');
  await expect(page.getByRole('heading', { level: 1, name: 'Migration Profiles' })).toBeVisible();
  await page.getByRole('link', { name: DEMO.workspace }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO.workspace })).toBeVisible();
  await page.getByRole('link', { name: 'Release 2019.1', exact: true }).click();
  await expect(page).toHaveTitle(/release 2019\.1/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Migration Profile of the Republic of Norland');

  // The contents link to numbered sections on the page.
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await contents.getByRole('link', { name: /Emigration$/ }).click();
  await expect(page).toHaveURL(/#section-trends\.emigration$/);
  const emigration = page.getByRole('region', { name: /Emigration$/ });
  await expect(emigration.getByRole('heading', { name: /^A\.\d+ Emigration$/ })).toBeInViewport();

  // Each section has a stable address of its own.
  await emigration.getByRole('link', { name: /^Link to this section/ }).click();
  await expect(page).toHaveURL(/\/portal\/releases\/[0-9a-f-]+\/sections\/trends\.emigration$/);
  await expect(page.getByRole('heading', { level: 1, name: /Emigration$/ })).toBeVisible();
  await expect(page.getByText('310,000 Norland-born residents abroad')).toBeVisible();
  const sectionUrl = page.url();

  // The release as Word and as PDF, downloaded without signing in: real files under the release's name.
  await page.getByRole('link', { name: 'The whole release' }).click();
  for (const { name, magic, extension } of [
    { name: 'Word document (.docx)', magic: 'PK', extension: 'docx' },
    { name: 'PDF document (.pdf)', magic: '%PDF', extension: 'pdf' },
  ]) {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('link', { name }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`2019\\.1\\.${extension}$`));
    expect(readFileSync(await download.path()).subarray(0, magic.length).toString('latin1')).toBe(magic);
  }

  // Compare 2019.1 with the later release: the changed figure is marked, the other sections are unchanged.
  await page.getByRole('link', { name: 'Compare with another release' }).click();
  await page.getByLabel('Older release').selectOption({ label: 'Edition 2019 – Release 2019.1' });
  await page.getByLabel('Newer release').selectOption({ label: `Edition 2019 – Release ${later}` });
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Release 2019.1 compared with release ${later}` })).toBeVisible();
  await expect(page.getByText('Sections changed: 1. Added: 0. Removed: 0. Unchanged: 3.')).toBeVisible();
  const changed = page.getByRole('region', { name: /Emigration$/ });
  await expect(changed.locator('del')).toContainText('310,000');
  await expect(changed.locator('ins')).toContainText('325,000');
  await context.close();

  // Without JavaScript: the same pages, the same links, the same form.
  const plain = await browser.newContext({ baseURL: process.env.E2E_BASE_URL, javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await noScript.goto(sectionUrl);
  await expect(noScript.getByRole('heading', { level: 1, name: /Emigration$/ })).toBeVisible();
  await noScript.getByRole('link', { name: 'The whole release' }).click();
  await expect(noScript.getByRole('navigation', { name: 'Contents' })).toBeVisible();
  await noScript.getByRole('link', { name: 'Compare with another release' }).click();
  await noScript.getByLabel('Newer release').selectOption({ label: `Edition 2019 – Release ${later}` });
  await noScript.getByRole('button', { name: 'Compare' }).click();
  await expect(noScript.getByRole('heading', { level: 1, name: /compared with/ })).toBeVisible();
  await plain.close();
});

test('a visitor switches a release to Arabic by the language menu: right to left, Arabic words, an Arabic PDF, and back', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  const page = await context.newPage();
  await page.goto('/portal');
  await page.getByRole('link', { name: DEMO.workspace }).click();
  await page.getByRole('link', { name: 'Release 2019.1', exact: true }).click();
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/portal\/releases\/[0-9a-f-]+\?lang=ar$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('navigation', { name: 'المحتويات' })).toBeVisible();
  // The release's text stays as written.
  await expect(page.getByText('310,000 Norland-born residents abroad')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('link', { name: 'مستند PDF (.pdf)' }).click()]);
  expect(download.url()).toMatch(/\.pdf\?lang=ar$/);
  expect(readFileSync(await download.path()).subarray(0, 4).toString('latin1')).toBe('%PDF');
  await page.getByRole('navigation', { name: 'اللغة' }).getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
  await context.close();
});

test('a signed-out person reaches the portal from the sign-in page', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('link', { name: 'read them on the public portal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Migration Profiles' })).toBeVisible();
  await expect(page.getByRole('link', { name: DEMO.workspace })).toBeVisible();
});
