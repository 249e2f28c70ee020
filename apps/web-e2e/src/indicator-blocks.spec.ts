import type { Page } from '@playwright/test';
import { expect, openDemoProfile, openSection, saveStatus, sectionEditor, signIn, test } from './support/fixtures';

/**
 * Tables and charts in sections (issue 11 item 5): the statistics office's focal point inserts a table of the
 * migrant stock into a section it drafts, saves, and reads the figures; A.2 shows the demo's chart with its table.
 */

const focalStatistics = { email: 'focal.statistics@demo.example', password: 'FocalPoint-demo-2024' };

/** With SCREENSHOTS_DIR set, the screen is also photographed at 1280 and 375 pixels wide. */
async function photograph(page: Page, name: string): Promise<void> {
  const dir = process.env['SCREENSHOTS_DIR'];
  if (!dir) return;
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true, timeout: 60_000 });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a focal point inserts an indicator table into a section, saves, and the table shows the figures', async ({ page }) => {
  test.setTimeout(120_000);
  const caption = `Migrant stock ${Date.now().toString(36)}`;
  await signIn(page, focalStatistics);
  await openDemoProfile(page);

  // The demo's chart in A.2, with its table as the text alternative.
  await openSection(page, 'Immigration');
  const chart = page.getByRole('figure', { name: 'Immigrant stock, 2019-2023 (fictional demo figures)' });
  await expect(chart.getByRole('button', { name: 'Show as table' })).toBeVisible({ timeout: 30_000 });
  await chart.getByRole('button', { name: 'Show as table' }).click();
  await expect(chart.getByRole('table').getByRole('cell', { name: '43,100' })).toBeVisible();
  await photograph(page, 'indicator-block-chart');

  await openSection(page, 'Internal migration');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await sectionEditor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Indicator table or chart' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert indicator table or chart' });
  await dialog.getByRole('checkbox', { name: /International migrant stock \(foreign-born population\) \(IMM\.STOCK\)/ }).check();
  await dialog.getByRole('textbox', { name: 'Periods' }).fill('2020, 2021');
  await dialog.getByRole('textbox', { name: 'Caption' }).fill(caption);
  await photograph(page, 'indicator-block-dialog');
  await dialog.getByRole('button', { name: 'Insert' }).click();
  await expect(dialog).toBeHidden();

  // The editor shows the table with live figures already.
  await expect(page.getByRole('table', { name: caption }).getByRole('cell', { name: '38,700' })).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('ControlOrMeta+s');
  await expect(saveStatus(page)).toHaveText('Saved', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Done' }).click();

  const article = page.getByRole('article', { name: /Internal migration/ });
  const table = article.getByRole('table', { name: caption });
  await expect(table.getByRole('columnheader', { name: '2020' })).toBeVisible({ timeout: 30_000 });
  await expect(table.getByRole('row', { name: /International migrant stock .* 36,900 38,700/ })).toBeVisible();
  await photograph(page, 'indicator-block-table');
});
