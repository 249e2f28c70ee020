import { readFileSync } from 'node:fs';
import { DEMO, expect, mainNav, signIn, test } from './support/fixtures';

test.describe('audit log', () => {
  test('a coordinator reads the audit log, filters it, verifies its integrity and downloads it as CSV', async ({ page }) => {
    await signIn(page, DEMO.coordinator);
    await mainNav(page).getByRole('link', { name: 'Audit log', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Audit events, newest first' });
    await expect(table.getByRole('row').nth(1)).toBeVisible();

    // Only saves: every row says so in words, and its section is a link.
    await page.getByLabel('What').selectOption({ label: 'Saved a new revision' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(table.getByRole('row').nth(1)).toContainText('Saved a new revision');
    await expect(table.getByRole('link', { name: /^Section/ }).first()).toHaveAttribute('href', /\/profiles\/.+\/sections\/.+/);
    const whatCells = await table.locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(whatCells.every((text) => text.includes('section.saved'))).toBe(true);

    await page.getByRole('button', { name: 'Verify integrity' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Integrity verified' })).toBeVisible();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-.+\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]).toMatch(/^Sequence,Time \(UTC\),Actor/);
    expect(csv.length - 1).toBeGreaterThan(0);
    expect(csv.slice(1).every((line) => line.includes(',section.saved,'))).toBe(true);
  });

  test('a focal point sees no audit log in the navigation and is told so at its address', async ({ page }) => {
    await signIn(page, DEMO.focalPoint);
    await expect(mainNav(page).getByRole('link', { name: 'Audit log', exact: true })).toHaveCount(0);
    await page.goto('/audit');
    await expect(page.getByRole('heading', { name: 'You are not allowed to open this page' })).toBeVisible();
  });
});
