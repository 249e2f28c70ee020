import type { Page } from '@playwright/test';
import { DEMO, expect, openDemoProfile, openSection, signIn, test } from './support/fixtures';

/**
 * Two people on one section, each in their own browser: each sees the other there (presence), a comment added by
 * one appears for the other without a reload, and leaving the section is seen within seconds. The section is
 * A.2 Immigration, under review with civil society in the demo's open consultation, so that Clara may read and
 * comment on it; the comment's text is unique to the run.
 */
const SECTION = 'Immigration';

/** Where the section screen says who else has the section open. */
const othersHere = (page: Page) => page.getByRole('status', { name: 'Others on this section' });
const comments = (page: Page) => page.getByRole('complementary', { name: 'Section details and history' });

test.describe('presence', () => {
  test('two people on one section see each other, a comment arrives live, and a departure shows', async ({ page, browser, baseURL }) => {
    test.setTimeout(180_000);
    const run = Date.now().toString(36);
    const remark = `Please cite the 2023 residence permit figures (${run}).`;

    // Ana, the coordinator, reads the section; nobody else is there.
    await signIn(page, DEMO.coordinator);
    await openDemoProfile(page);
    await openSection(page, SECTION);
    await expect(othersHere(page)).toHaveText('', { timeout: 30_000 });

    // Clara, a civil-society contributor, opens the same section on another computer.
    const claraContext = await browser.newContext({ baseURL });
    const clara = await claraContext.newPage();
    try {
      await signIn(clara, DEMO.contributor);
      await openDemoProfile(clara);
      await openSection(clara, SECTION);

      // Each sees the other, by name and organisation, without reloading.
      await expect(othersHere(clara)).toHaveText('Ana Coordinator (MIA) is viewing this section', { timeout: 30_000 });
      await expect(othersHere(page)).toHaveText('Clara Civil-Society (NMSN) is viewing this section', { timeout: 30_000 });

      // Clara comments on the section as a whole; Ana sees the thread arrive, and who wrote it.
      await clara.getByRole('button', { name: 'Comment on this section' }).click();
      const form = clara.getByRole('form', { name: 'New comment' });
      await form.getByLabel('Your comment').fill(remark);
      await form.getByRole('button', { name: 'Post comment' }).click();
      await expect(clara.getByRole('article', { name: /^Comment by Clara Civil-Society/ }).filter({ hasText: remark })).toBeVisible();

      const arrived = comments(page).getByRole('article', { name: /^Comment by Clara Civil-Society/ }).filter({ hasText: remark });
      await expect(arrived).toBeVisible();
      await expect(page.getByRole('status', { name: 'Changes by others' })).toHaveText(/^Clara Civil-Society commented on this section at /);
    } finally {
      // Clara closes her browser.
      await claraContext.close();
    }

    // Her presence goes within seconds, without a reload.
    await expect(othersHere(page)).toHaveText('', { timeout: 30_000 });
  });

  test('someone starting to edit is shown editing to the others', async ({ page, browser, baseURL }) => {
    test.setTimeout(180_000);
    // Lina Labour drafts B.3 (MLSP); the coordinator reads it.
    await signIn(page, DEMO.coordinator);
    await openDemoProfile(page);
    await openSection(page, 'Employment and the labour market');

    const linaContext = await browser.newContext({ baseURL });
    try {
      const lina = await linaContext.newPage();
      await signIn(lina, DEMO.focalLabour);
      await openDemoProfile(lina);
      await openSection(lina, 'Employment and the labour market');
      await expect(othersHere(page)).toHaveText('Lina Labour (MLSP) is viewing this section', { timeout: 30_000 });

      await lina.getByRole('button', { name: 'Edit', exact: true }).click();
      await expect(othersHere(page)).toHaveText('Lina Labour (MLSP) is editing this section', { timeout: 30_000 });

      // Moving on to another section leaves this one.
      await openSection(lina, 'Policy framework');
      await expect(othersHere(page)).toHaveText('', { timeout: 30_000 });
    } finally {
      await linaContext.close();
    }
  });
});
