import type { Browser, Page } from '@playwright/test';
import { checkA11y } from './support/a11y';
import { DEMO, expect, mainNav, openDemoProfile, openSection, saveStatus, sectionEditor, signIn, test } from './support/fixtures';

/** Aurel Academic, contributor of the Centre for Migration Studies (CMS), a university centre. */
const ACADEMIC = { email: 'academic@demo.example', password: 'Contributor-demo-2024' };
const SECTION = 'Policy framework';
const PASSAGE = 'The National Migration and Asylum Strategy 2021–2030 sets four objectives:';

async function personPage(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who);
  await openDemoProfile(page);
  await openSection(page, SECTION);
  return page;
}

const panel = (page: Page) => page.getByRole('complementary', { name: 'Section details and history' });
const sectionArticle = (page: Page) => page.getByRole('article', { name: new RegExp(`${SECTION}$`) });
const signatories = (page: Page) => panel(page).getByRole('list', { name: 'Required signatories' });

/**
 * The whole review loop on C.1 Policy framework (drafted by the Ministry of Internal Affairs; its earlier cycle is
 * closed in the demo): a coordinator opens a cycle; a civil-society contributor selects a passage and comments with
 * suggested wording; the focal point applies it, saves, resolves the thread and records a disposition; the two
 * required organisations approve; the section is APPROVED; a further edit makes the approvals stale and the section
 * IN_REVIEW again. The cycle is closed at the end, so that the section is free for other journeys.
 */
test.describe('review loop', () => {
  test('comment with suggested wording, apply, resolve, disposition, approvals, and staleness after an edit', async ({ page, browser }) => {
    test.setTimeout(180_000);
    const run = Date.now().toString(36);
    const title = `Consultation on the policy framework ${run}`;
    const suggestion = `The National Migration and Asylum Strategy 2021–2030 (${run}) sets out four objectives:`;

    // A coordinator opens the cycle through the web form.
    await signIn(page, DEMO.coordinator);
    await mainNav(page).getByRole('link', { name: 'Review cycles' }).click();
    await page.getByRole('link', { name: 'Open a review cycle' }).first().click();
    const form = page.getByRole('form', { name: 'Open a review cycle' });
    // The demo workspace holds two editions: this one is the 2024 edition.
    await page.getByRole('combobox', { name: 'Profile' }).selectOption({ label: 'Migration Profile of the Republic of Norland (2024)' });
    await form.getByLabel('Title of the cycle').fill(title);
    await form.getByRole('checkbox', { name: 'C.1 Policy framework' }).check();
    for (const group of ['Participants', 'Required signatories']) {
      for (const org of ['Norland Migrant Support Network (NMSN)', 'Centre for Migration Studies, University of Norland (CMS)']) {
        await form.getByRole('group', { name: group }).getByRole('checkbox', { name: org }).check();
      }
    }
    await checkA11y(page, 'open a review cycle, filled in');
    await form.getByRole('button', { name: 'Open review cycle' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const cycleUrl = page.url();

    // A civil-society contributor reads the section, sees the cycle, selects a passage and comments with wording.
    const clara = await personPage(browser, DEMO.contributor);
    await expect(clara.getByRole('region', { name: 'Review cycles' })).toContainText(`Review cycle ‘${title}’ — comments close on`);
    await sectionArticle(clara).getByText(PASSAGE).click({ clickCount: 3 });
    await clara.getByRole('button', { name: 'Comment', exact: true }).click();
    const newComment = clara.getByRole('form', { name: 'New comment' });
    await expect(newComment).toContainText(`Your comment goes to the review cycle ‘${title}’.`);
    await expect(newComment).toContainText(PASSAGE);
    await newComment.getByLabel('Your comment').fill(`Say that the strategy sets the objectives out (${run}).`);
    await newComment.getByLabel('Suggested wording (optional)').fill(suggestion);
    await checkA11y(clara, 'new comment on a passage, with suggested wording');
    await newComment.getByRole('button', { name: 'Post comment' }).click();
    const claraThread = clara.getByRole('article', { name: /^Comment by Clara Civil-Society on/ });
    await expect(claraThread).toContainText(`(${run})`);
    // Its passage is highlighted in the text and leads to the thread, by keyboard.
    const highlight = clara.getByRole('button', { name: /^Passage commented on by Clara Civil-Society \(NMSN\)/ });
    await highlight.focus();
    await clara.keyboard.press('Enter');
    await expect(claraThread).toBeFocused();

    // The focal point applies the wording in the editor, saves, resolves the thread and records a disposition.
    const focal = await personPage(browser, DEMO.focalPoint);
    const thread = focal.getByRole('article', { name: /^Comment by Clara Civil-Society on/ });
    await expect(thread.getByRole('group', { name: 'Suggested wording' })).toContainText(suggestion);
    await thread.getByRole('button', { name: 'Apply in editor' }).click();
    await expect(sectionEditor(focal)).toContainText(suggestion);
    await expect(thread).toContainText('In your draft: save the section to record it.');
    await focal.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(saveStatus(focal)).toHaveText('Saved');
    await focal.getByRole('button', { name: 'Done' }).click();
    await expect(thread).toContainText(/Applied in revision \d+/);
    await thread.getByRole('button', { name: 'Record disposition' }).click();
    const disposition = thread.getByRole('form', { name: 'Disposition of the comment' });
    await disposition.getByRole('combobox', { name: 'Disposition' }).click();
    await focal.getByRole('option', { name: 'Accepted', exact: true }).click();
    await disposition.getByLabel('Reason').fill('Taken as suggested.');
    await disposition.getByRole('button', { name: 'Save disposition' }).click();
    await expect(thread).toContainText('Accepted');
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await expect(thread.getByRole('button', { name: 'Reopen' })).toBeVisible();
    await checkA11y(focal, 'resolved thread with its disposition');

    // The two required organisations approve the current revision.
    for (const who of [DEMO.contributor, ACADEMIC]) {
      const signer = who === DEMO.contributor ? clara : await personPage(browser, who);
      if (signer === clara) await clara.reload();
      await expect(sectionArticle(signer)).toContainText(suggestion);
      await panel(signer).getByRole('button', { name: 'Approve' }).click();
      await panel(signer).getByRole('button', { name: /^Approve revision \d+$/ }).click();
      await expect(panel(signer).getByText(/You approved revision \d+ for your organisation\./)).toBeVisible();
    }
    await focal.reload();
    await expect(sectionArticle(focal).getByText('Approved', { exact: true })).toBeVisible();
    await expect(signatories(focal).getByRole('listitem')).toHaveText([/: approved revision \d+/, /: approved revision \d+/]);

    // A further edit makes both approvals stale: the section is in review again.
    await focal.getByRole('button', { name: 'Edit', exact: true }).click();
    await sectionEditor(focal).click();
    await focal.keyboard.press('ControlOrMeta+End');
    await focal.keyboard.press('Enter');
    await focal.keyboard.type(`Implementation is reviewed every two years (${run}).`);
    await focal.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(saveStatus(focal)).toHaveText('Saved');
    await focal.getByRole('button', { name: 'Done' }).click();
    await expect(sectionArticle(focal).getByText('In review', { exact: true })).toBeVisible();
    await expect(signatories(focal).getByRole('listitem')).toHaveText([/the text changed since \(stale\)/, /the text changed since \(stale\)/]);

    // The coordinator closes the cycle again.
    await page.goto(cycleUrl);
    await page.getByRole('button', { name: 'Close cycle' }).click();
    await page.getByRole('dialog', { name: `Close "${title}" now?` }).getByRole('button', { name: 'Close cycle' }).click();
    await expect(page.getByRole('button', { name: 'Close cycle' })).toHaveCount(0);
  });
});
