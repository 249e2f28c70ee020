import type { Browser, Locator, Page } from '@playwright/test';
import { checkA11y } from './support/a11y';
import { expectDialogKeepsFocus } from './support/dialogs';
import { DEMO, expect, saveStatus, sectionEditor, test } from './support/fixtures';

/**
 * The review loop with the keyboard alone (no mouse click, apart from closing cycles an earlier attempt left open): the
 * focal point of the Ministry of Internal Affairs drafts "Laws and regulations" (empty in the demo, and used by no other
 * journey), a coordinator opens a cycle on it, a civil-society contributor comments, the focal point replies and
 * resolves the thread, the contributor approves; the coordinator closes the cycle from its confirmation dialog, which
 * keeps focus inside and returns it to "Close cycle" when dismissed. Every control reached shows a visible focus
 * indicator. The outline is one tab stop: its arrow keys lead to the section.
 *
 * The comment is on a passage, chosen without selecting text: the comment form lists the text's sentences.
 */

const SECTION = 'Laws and regulations';
const MAX_TABS = 250;
const MAX_ARROWS = 60;
const OUTLINE_HINT = 'Use the up and down arrow keys to move between sections, and Enter to open one.';

/** Presses Tab (Shift+Tab backwards) until `target` has focus, and checks that the focus is visible there. */
async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < MAX_TABS; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      const ring = await target.evaluate((el) => {
        // The editor shows focus on its frame, not on the text itself (libs/web/editor's editor.css).
        const ringed = el instanceof HTMLElement && el.isContentEditable ? (el.closest('.mps-editor') ?? el) : el;
        const style = getComputedStyle(ringed);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      });
      expect(ring, `a visible focus indicator on ${String(target)}`).toBe(true);
      return;
    }
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** Presses ArrowDown until `target` (in a one-tab-stop group such as the outline) has focus, visibly. */
async function arrowTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < MAX_ARROWS; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return tabTo(page, target);
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`ArrowDown never reached ${String(target)}`);
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
  // The outline is one tab stop (the open section); the arrow keys move between its sections, as its hint says.
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await tabTo(page, outline.locator('a[aria-current="page"]'));
  await expect(outline.getByText(OUTLINE_HINT)).toBeVisible();
  await arrowTo(page, outline.getByRole('link', { name: new RegExp(`^[A-Z]?[.0-9]*\\s*${SECTION}\\b`) }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`${SECTION}$`) })).toBeVisible();
}

async function personPage(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await openSectionByKeyboard(page, who);
  return page;
}

const panel = (page: Page) => page.getByRole('complementary', { name: 'Section details and history' });

/**
 * Setup, not part of the journey (mouse allowed): a section is in one open cycle at a time, so the cycles an earlier
 * attempt of this journey left open (a retry, a re-run on the same server) are closed first.
 */
async function closeLeftoverCycles(page: Page): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await page.goto('/review-cycles');
    await expect(page.getByRole('heading', { level: 1, name: 'Review cycles' })).toBeVisible();
    // The list itself (its caption names it), not the loading skeleton's table.
    await expect(page.getByRole('table', { name: 'Review cycles, open ones first' }).getByRole('row').nth(1)).toBeVisible();
    // The status badge says "Open" (cells' texts run together, so it is found as an element, not by a word boundary).
    const leftover = page.getByRole('row').filter({ hasText: /Keyboard consultation/ }).filter({ has: page.getByText('Open', { exact: true }) });
    if ((await leftover.count()) === 0) return;
    await leftover.first().getByRole('link').first().click();
    await page.getByRole('button', { name: 'Close cycle' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close cycle' }).click();
    await expect(page.getByRole('button', { name: 'Close cycle' })).toHaveCount(0);
  }
}

test('the review loop with the keyboard alone: draft, open a cycle, comment on a passage, reply, resolve, approve, close', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const run = Date.now().toString(36);
  const title = `Keyboard consultation ${run}`;
  const draft = `The Asylum Act of 2022 (no. 118) sets the procedure. Its regulation of 2023 sets the reception conditions (${run}).`;

  // The focal point drafts the section (the demo leaves it empty): Edit, type, Ctrl+S, Done.
  const focal = await personPage(browser, DEMO.focalPoint);
  await press(focal, focal.getByRole('button', { name: 'Edit', exact: true }));
  await tabTo(focal, sectionEditor(focal));
  await focal.keyboard.press('ControlOrMeta+End');
  await focal.keyboard.press('Enter');
  await focal.keyboard.type(draft);
  await expect(saveStatus(focal)).toHaveText('Unsaved changes');
  await focal.keyboard.press('ControlOrMeta+s');
  await expect(saveStatus(focal)).toHaveText('Saved');
  await press(focal, focal.getByRole('button', { name: 'Done' }));
  await expect(focal.getByRole('article', { name: new RegExp(`${SECTION}$`) })).toContainText(draft);

  // The coordinator opens the cycle.
  await signIn(page, DEMO.coordinator);
  await closeLeftoverCycles(page);
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

  // The contributor comments on a passage: the form's "What you comment on" offers the text's sentences, chosen with
  // the arrow keys (no text selection, which would need a mouse or caret browsing).
  const passage = `Its regulation of 2023 sets the reception conditions (${run}).`;
  const clara = await personPage(browser, DEMO.contributor);
  await expect(clara.getByRole('region', { name: 'Review cycles' })).toContainText(title);
  await press(clara, panel(clara).getByRole('button', { name: 'Comment on this section' }));
  const newComment = clara.getByRole('form', { name: 'New comment' });
  const about = newComment.getByRole('combobox', { name: 'What you comment on' });
  await tabTo(clara, about, true);
  for (let i = 0; i < MAX_ARROWS && !(await about.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text ?? '')).includes(`(${run})`); i++) {
    await clara.keyboard.press('ArrowDown');
  }
  await expect(newComment.locator('blockquote')).toHaveText(passage);
  await tabTo(clara, newComment.getByLabel('Your comment'));
  await clara.keyboard.type(`Cite the regulation by its number (${run}).`);
  await checkA11y(clara, 'new comment on a sentence, by keyboard');
  await press(clara, newComment.getByRole('button', { name: 'Post comment' }));
  const claraThread = clara.getByRole('article', { name: /^Comment by Clara Civil-Society/ }).filter({ hasText: `(${run}).` }).first();
  await expect(claraThread).toContainText(`Cite the regulation by its number (${run}).`);
  // The passage is highlighted in the text; Enter on it leads to its thread.
  const highlight = clara.getByRole('button', { name: /^Passage commented on by Clara Civil-Society \(NMSN\)/ }).filter({ hasText: `(${run})` });
  await press(clara, highlight);
  await expect(claraThread).toBeFocused();

  // The focal point replies and resolves.
  await focal.reload();
  const thread = focal.getByRole('article', { name: /^Comment by Clara Civil-Society/ }).filter({ hasText: `Cite the regulation by its number (${run}).` });
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
  await expectDialogKeepsFocus(page, dialog, closeCycle, { presses: 6 });
  await page.keyboard.press('Enter');
  await press(page, dialog.getByRole('button', { name: 'Close cycle' }));
  await expect(closeCycle).toHaveCount(0);
});
