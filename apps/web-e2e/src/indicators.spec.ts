import type { Page } from '@playwright/test';
import { DEMO, expect, mainNav, signIn, test } from './support/fixtures';

/**
 * Indicators (issue 11): the statistics office's focal point imports a spreadsheet, reads the check of each row, fixes
 * the file and imports it; the coordinator then resolves the demo's differing figure (the migrant stock of 2022, given
 * differently by the interior ministry and the statistics office). With SCREENSHOTS_DIR set, the screens are also
 * photographed at 1280 and 390 pixels wide.
 */

const focalStatistics = { email: 'focal.statistics@demo.example', password: 'FocalPoint-demo-2024' };
const HEADER = 'indicator_code,period,value,unit,sex,age_group,country,organisation,source_type,source_name,national_definition,comparability,comparability_note,data_gap,note';
const csv = (...rows: string[]) => ({ name: 'remittances.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...rows].join('\n')) });

async function photograph(page: Page, name: string): Promise<void> {
  const dir = process.env['SCREENSHOTS_DIR'];
  if (!dir) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true, timeout: 60_000 });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a focal point imports a spreadsheet, fixes what the check reports, imports it; the coordinator resolves a differing figure', async ({ page, browser }) => {
  // Two people and two imports: more than one page's worth of work. Full-page photographs at two widths take longer still.
  test.setTimeout(process.env['SCREENSHOTS_DIR'] ? 300_000 : 180_000);
  await signIn(page, focalStatistics);
  await mainNav(page).getByRole('link', { name: 'Indicators' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Indicators' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Part IV: Migrant stocks, refugees and students abroad' })).toBeVisible({ timeout: 30_000 });
  await photograph(page, 'indicators-catalogue');
  await page.getByRole('link', { name: 'Import data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import indicator data' })).toBeVisible({ timeout: 30_000 });

  // A file with two mistakes: a value with words in it, and another organisation's figure.
  await page.getByLabel('Data file').setInputFiles(
    csv(
      'REM.IN,2024,1702,,,,,,survey,Balance of payments statistics,,comparable,,,',
      'REM.GDP,2024,about 9,,,,,,survey,Balance of payments statistics,,comparable,,,',
      'IMM.STOCK,2024,44800,,,,,MIA,administrative register,Register of foreign residents,,comparable,,,',
    ),
  );
  await expect(page.getByRole('heading', { name: 'Check of remittances.csv' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('2 problems to fix before importing')).toBeVisible({ timeout: 30_000 });
  const problems = page.getByRole('table', { name: 'Problems to fix' });
  await expect(problems.getByRole('row', { name: /3 value Enter the value as a number/ })).toBeVisible({ timeout: 30_000 });
  await expect(problems.getByRole('row', { name: /4 organisation You may supply figures for your own organisation only/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: /^Import \d+ figures?$/ })).toHaveCount(0);
  await photograph(page, 'indicators-import-problems');

  // Fixed: the value is a number, and the interior ministry's row is left to the interior ministry.
  await page.getByLabel('Data file').setInputFiles(
    csv('REM.IN,2024,1702,,,,,,survey,Balance of payments statistics,,comparable,,,', 'REM.GDP,2024,9.1,,,,,,survey,Balance of payments statistics,,comparable,,,'),
  );
  await expect(page.getByText('No problems found.')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Import 2 figures' }).click();
  await expect(page.getByText('remittances.csv is imported')).toBeVisible({ timeout: 30_000 });
  await photograph(page, 'indicators-import-done');

  await page.getByRole('link', { name: 'See the indicators' }).click();
  await page.getByRole('link', { name: 'Personal remittances received', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personal remittances received' })).toBeVisible({ timeout: 30_000 });
  const series = page.getByRole('table', { name: 'Figures over time' });
  await expect(series.getByRole('row', { name: /2024 1,702 USD million/ })).toBeVisible({ timeout: 30_000 });
  await photograph(page, 'indicators-indicator');

  // The coordinator chooses the statistics office's figure and explains why.
  const coordinator = await (await browser.newContext({ baseURL: process.env['E2E_BASE_URL'] })).newPage();
  await signIn(coordinator, DEMO.coordinator);
  await coordinator.goto('/indicators');
  await coordinator.getByRole('link', { name: /IMM\.STOCK .*2022/ }).click();
  const card = coordinator.getByRole('region', { name: '2022, Total' });
  await expect(card.getByText('Not resolved yet: both figures are shown.')).toBeVisible({ timeout: 30_000 });
  await expect(card.getByRole('table', { name: /Figures side by side/ }).getByRole('row')).toHaveCount(3);
  await photograph(coordinator, 'indicators-differing');
  await card.getByRole('radio', { name: /38,900 persons from National Bureau of Statistics/ }).check();
  await card.getByLabel(/Footnote/).fill('The survey counts residents of 12 months or more; the register counts every permit holder.');
  await card.getByRole('button', { name: 'Save the decision' }).click();
  await expect(card.getByText(/Resolved on .*: the figure of National Bureau of Statistics \(NBS\) is used\./)).toBeVisible({ timeout: 30_000 });
  await coordinator.goto('/indicators');
  await expect(coordinator.getByText(/figures? differs? between organisations/)).toHaveCount(0);
  await coordinator.context().close();
});
