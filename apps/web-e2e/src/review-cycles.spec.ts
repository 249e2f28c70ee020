import { readFileSync } from 'node:fs';
import { DEMO, DEMO_PROFILE_EDITION, DEMO_PROFILE_TITLE, escapeRegExp, expect, mainNav, signIn, test } from './support/fixtures';

/**
 * A coordinator opens a review cycle through the form, finds it on its page, and closes it. It reviews
 * chapter D (Key findings and recommendations), which the demo's open consultation does not hold, and
 * closes the cycle at the end so that the chapter is free again for other journeys.
 */
test.describe('review cycles', () => {
  test('a coordinator opens a cycle on a chapter, sees it on its page and in the list, then closes it', async ({ page }) => {
    const title = `Consultation on the recommendations ${Date.now().toString(36)}`;
    await signIn(page, DEMO.coordinator);
    await mainNav(page).getByRole('link', { name: 'Review cycles' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Review cycles' })).toBeVisible();
    // The demo's open consultation is listed before its closed earlier cycle.
    const cycles = page.getByRole('table', { name: 'Review cycles, open ones first' });
    await expect(cycles.getByRole('link', { name: 'Consultation on migration trends and remittances' })).toBeVisible();

    await page.getByRole('link', { name: 'Open a review cycle' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Open a review cycle' })).toBeVisible();
    // Other journeys may have added later editions: choose the demo's 2024 edition by name.
    await page.getByRole('combobox', { name: 'Profile' }).selectOption({ label: `${DEMO_PROFILE_TITLE} (${DEMO_PROFILE_EDITION})` });
    const form = page.getByRole('form', { name: 'Open a review cycle' });
    await expect(form).toBeVisible();

    // A section already in the open consultation cannot be picked, and says why.
    const immigration = form.getByRole('checkbox', { name: 'A.2 Immigration' });
    await expect(immigration).toBeDisabled();
    await expect(immigration).toHaveAccessibleDescription(/Already in the open cycle "Consultation on migration trends and remittances"/);

    await form.getByLabel('Title of the cycle').fill(title);
    // Ticking the chapter ticks its four sections.
    await form.getByRole('checkbox', { name: 'D Key findings and recommendations' }).check();
    await expect(form.getByRole('checkbox', { name: 'D.4 Recommendations on migration statistics' })).toBeChecked();
    await form
      .getByRole('group', { name: 'Participants' })
      .getByRole('checkbox', { name: 'Norland Migrant Support Network (NMSN)' })
      .check();
    await form
      .getByRole('group', { name: 'Required signatories' })
      .getByRole('checkbox', { name: 'Ministry of Internal Affairs (MIA)' })
      .check();
    // The default closing moment, two weeks ahead, is kept.
    await expect(form.getByLabel('Closing date and time')).not.toHaveValue('');

    const summary = form.getByRole('region', { name: 'Check before opening' });
    await expect(summary).toContainText(title);
    await expect(summary).toContainText('5 sections');
    await expect(summary).toContainText('14 days left');
    await form.getByRole('button', { name: 'Open review cycle' }).click();

    // The cycle's page.
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page).toHaveURL(/\/review-cycles\/[0-9a-f-]{36}$/);
    await expect(page.getByText('14 days left')).toBeVisible();
    const sections = page.getByRole('region', { name: '5 sections under review' });
    await expect(sections.getByRole('link', { name: 'D.1 Main findings' })).toBeVisible();
    const matrix = page.getByRole('table', { name: "Each required organisation's decision on each section's current text" });
    await expect(matrix.getByRole('columnheader', { name: 'MIA' })).toBeVisible();
    await expect(matrix.getByRole('rowheader', { name: /D\.1 Main findings/ })).toBeVisible();
    await expect(page.getByText(/Ministry of Internal Affairs \(MIA\): 5 sections:/)).toBeVisible();
    // The comment-response download travels with the session's token (a plain link could not carry it).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\n')[0]).toContain('Comment');

    // Closing it, after confirming.
    await page.getByRole('button', { name: 'Close cycle' }).click();
    const dialog = page.getByRole('dialog', { name: `Close "${title}" now?` });
    await dialog.getByRole('button', { name: 'Close cycle' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/^Closed \d/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Close cycle' })).toHaveCount(0);

    // The list shows it among the closed ones.
    await page.getByRole('link', { name: 'All review cycles' }).click();
    const row = page.getByRole('table', { name: 'Review cycles, open ones first' }).getByRole('row', { name: new RegExp(escapeRegExp(title)) });
    await expect(row).toContainText('Closed');
  });
});
