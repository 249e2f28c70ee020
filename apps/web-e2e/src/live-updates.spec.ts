import type { Browser, Page } from '@playwright/test';
import {
  changesByOthers,
  DEMO,
  expect,
  openDemoProfile,
  openSection,
  saveStatus,
  sectionEditor,
  signIn,
  test,
} from './support/fixtures';

/**
 * Live updates: two people on the same profile, each in their own browser.
 * These journeys alone write "Employment and the labour market" (B.3, drafted
 * by MLSP), with texts unique to the run.
 */
const SECTION = 'Employment and the labour market';

/** The coordinator, on another computer, adds a paragraph to the section and saves it. */
async function coordinatorSaves(browser: Browser, baseURL: string | undefined, text: string): Promise<void> {
  const context = await browser.newContext({ baseURL });
  try {
    const page = await context.newPage();
    await signIn(page, DEMO.coordinator);
    await openDemoProfile(page);
    await openSection(page, SECTION);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await sectionEditor(page).click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(text);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(saveStatus(page)).toHaveText('Saved');
  } finally {
    await context.close();
  }
}

async function focalPointOpensTheSection(page: Page): Promise<void> {
  await signIn(page, DEMO.focalLabour);
  await openDemoProfile(page);
  await openSection(page, SECTION);
  await expect(page.getByRole('heading', { level: 1, name: `B.3 ${SECTION}` })).toBeVisible();
}

test.describe('live updates', () => {
  test('a focal point reading a section sees the coordinator’s new version without reloading', async ({ page, browser, baseURL }) => {
    const run = Date.now().toString(36);
    const text = `Live ${run}: registered unemployment among returnees fell in 2023.`;

    await focalPointOpensTheSection(page);
    const article = page.getByRole('article', { name: new RegExp(SECTION) });
    await expect(article).not.toContainText(text);
    await expect(changesByOthers(page)).toHaveText('');

    await coordinatorSaves(browser, baseURL, text);

    // The new text arrives by itself, and a polite notice says whose it is.
    await expect(changesByOthers(page)).toHaveText(/^Updated: Ana Coordinator saved a new version at \d{1,2}:\d{2}/);
    await expect(article).toContainText(text);
    await expect(page.getByRole('complementary', { name: 'Section details and history' })).toContainText(/by Ana Coordinator/);

    await page.getByRole('button', { name: 'Dismiss this notice' }).click();
    await expect(changesByOthers(page)).toHaveText('');
    await expect(article).toContainText(text);
  });

  test('a focal point editing the section keeps the draft and is told a newer version exists', async ({ page, browser, baseURL }) => {
    const run = Date.now().toString(36);
    const theirs = `Coordinator ${run}: youth unemployment halved since 2019.`;
    const mine = `Draft ${run}: sectors short of workers include construction.`;

    await focalPointOpensTheSection(page);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const editor = sectionEditor(page);
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(mine);
    await expect(saveStatus(page)).toHaveText('Unsaved changes');

    await coordinatorSaves(browser, baseURL, theirs);

    // The editor is left alone; the notice stays while editing.
    await expect(changesByOthers(page)).toHaveText(
      /^Ana Coordinator saved a newer version at \d{1,2}:\d{2}.*\. Your draft is safe: when you save, you will compare both versions\.$/,
    );
    await expect(editor).toContainText(mine);
    await expect(editor).not.toContainText(theirs);
    await expect(saveStatus(page)).toHaveText('Unsaved changes');
    await expect(page.getByRole('button', { name: 'Dismiss this notice' })).toHaveCount(0);

    // Saving shows both versions, as before.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const merge = page.getByRole('dialog', { name: 'Someone else saved this section' });
    const newer = merge.getByRole('region', { name: /^Newer saved version \(revision \d+ by Ana Coordinator\)$/ });
    await expect(newer.getByRole('deletion').filter({ hasText: 'halved' })).toContainText('Only in the newer saved version:');
    await expect(merge.getByRole('region', { name: 'Your draft' }).getByRole('insertion').filter({ hasText: 'construction' })).toBeVisible();
    await merge.getByRole('button', { name: 'Take their version' }).click();
    await page.getByRole('dialog', { name: 'Drop your draft?' }).getByRole('button', { name: 'Drop my draft' }).click();

    // Back to reading: their version is shown, and the notice says so.
    const article = page.getByRole('article', { name: new RegExp(SECTION) });
    await expect(article).toContainText(theirs);
    await expect(article).not.toContainText(mine);
    await expect(changesByOthers(page)).toHaveText(/^Updated: Ana Coordinator saved a new version at /);
  });

  test('an expired token on the live connection is refreshed once, and updates keep coming', async ({ page, browser, baseURL }) => {
    const run = Date.now().toString(36);
    const text = `Token ${run}: labour inspections doubled.`;

    // The first connection presents a token the server refuses, as after a laptop's sleep.
    let connections = 0;
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      const first = ++connections === 1;
      const server = ws.connectToServer();
      ws.onMessage((message) => {
        const parsed = JSON.parse(String(message));
        if (first && parsed.type === 'connection_init') parsed.payload = { authorization: 'Bearer expired' };
        server.send(JSON.stringify(parsed));
      });
    });
    let refreshes = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && (request.postData() ?? '').includes('RefreshSession')) refreshes += 1;
    });

    await focalPointOpensTheSection(page);
    await expect.poll(() => connections).toBe(2);
    expect(refreshes).toBe(1);

    await coordinatorSaves(browser, baseURL, text);
    await expect(changesByOthers(page)).toHaveText(/^Updated: Ana Coordinator saved a new version at /);
    await expect(page.getByRole('article', { name: new RegExp(SECTION) })).toContainText(text);
    await expect(page.getByRole('button', { name: 'Edit', exact: true })).toBeVisible();
    expect(refreshes).toBe(1);
  });
});
