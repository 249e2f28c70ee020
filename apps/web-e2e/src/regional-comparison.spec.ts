import { expect, mainNav, signIn, test } from './support/fixtures';

/**
 * Regional comparison (issue 11 item 8): the demo's regional coordinator opens the comparison of Norland, Estmark and
 * Valdoria, chooses an indicator and reads the table, where Valdoria's citizenship-based count is marked in words, and
 * downloads the comparison as CSV.
 */

const regional = { email: 'regional@demo.example', password: 'Coordinator-demo-2024' };

test('a regional coordinator compares the member countries\' published figures, flags in words, and downloads them', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, regional);
  await mainNav(page).getByRole('link', { name: 'Indicators' }).click();
  await page.getByRole('link', { name: 'Compare member countries' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Regional comparison' })).toBeVisible({ timeout: 30_000 });
  const members = page.getByRole('region', { name: 'Member countries' });
  for (const name of ['Republic of Norland (XN)', 'Republic of Estmark (XE)', 'Kingdom of Valdoria (XV)']) await expect(members.getByText(name)).toBeVisible();

  await page.getByRole('combobox', { name: 'Indicators to compare' }).click();
  await page.getByRole('option', { name: /^IMM\.STOCK/ }).click();
  await page.keyboard.press('Escape');
  const table = page.getByRole('table', { name: /^IMM\.STOCK/ });
  await expect(table).toBeVisible({ timeout: 30_000 });
  const valdoria = table.getByRole('row', { name: /Kingdom of Valdoria/ });
  await expect(valdoria.getByText('Not comparable').first()).toBeVisible();
  await expect(valdoria.getByText('Definition differs from other countries').first()).toBeVisible();
  await expect(page.getByText('Member countries define this indicator differently:')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the comparison (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('northern-seas-regional-comparison.csv');
});
