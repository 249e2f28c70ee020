import { checkA11y } from './support/a11y';
import { expectDialogKeepsFocus } from './support/dialogs';
import {
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
 * Writing sections: saving, history and comparison, conflicts between two
 * people, and local draft recovery. Each journey uses its own demo section and
 * texts unique to the run, because journeys share one demo database.
 */
test.describe('section editing', () => {
  test('a focal point writes "Return migration", saves with Ctrl+S and compares two revisions', async ({ page }) => {
    // Five accessibility checks (editor, phone editor, compare dialog twice) take more than the default minute.
    test.setTimeout(180_000);
    const run = Date.now().toString(36);
    const firstText = `Returns grew steadily after 2021 (${run}).`;
    const addedText = `Reintegration grants reached ${run}returnees`;

    await signIn(page, DEMO.focalPoint);
    await openDemoProfile(page);
    await openSection(page, 'Return migration');

    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(page.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'false');
    const editor = sectionEditor(page);
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(firstText);
    await expect(saveStatus(page)).toHaveText('Unsaved changes');
    await checkA11y(page, 'section editor with unsaved changes');
    // On a phone the editing bar stays in view while typing at the end of the text.
    await page.setViewportSize({ width: 375, height: 667 });
    await page.keyboard.press('Enter');
    await page.keyboard.type('On a phone.');
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeInViewport();
    await expect(saveStatus(page)).toBeInViewport();
    await checkA11y(page, 'section editor on a phone');
    if (process.env['SCREENSHOTS_DIR']) await page.screenshot({ path: `${process.env['SCREENSHOTS_DIR']}/editing-375.png` });
    // Typed text and the line break taken back again.
    for (let i = 0; i <= 'On a phone.'.length; i++) await page.keyboard.press('Backspace');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.keyboard.press('ControlOrMeta+s');
    await expect(saveStatus(page)).toHaveText('Saved');

    // A second change, with a summary, makes a second revision.
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(addedText);
    await page.getByLabel('Summary of changes (optional)').fill(`Grants ${run}`);
    await page.keyboard.press('ControlOrMeta+s');
    await expect(saveStatus(page)).toHaveText('Saved');
    await page.getByRole('button', { name: 'Done' }).click();

    const article = page.getByRole('article', { name: /Return migration/ });
    await expect(article).toContainText(firstText);
    await expect(article).toContainText(addedText);
    // Reading again: Ctrl+S saves nothing and says so (instead of the browser's "Save page").
    await page.keyboard.press('ControlOrMeta+s');
    await expect(page.getByRole('status', { name: 'Keyboard shortcut' })).toContainText('Nothing to save');

    // History: the newest revision carries the summary; compare the two newest.
    const history = page.getByRole('complementary', { name: 'Section details and history' });
    const revisions = history.getByRole('list', { name: 'Revisions, newest first' });
    await expect(revisions.getByRole('listitem').first()).toContainText(`Grants ${run}`);
    await revisions.getByRole('checkbox', { name: /^Compare revision/ }).nth(0).check();
    await revisions.getByRole('checkbox', { name: /^Compare revision/ }).nth(1).check();
    // The action stays in view beside the ticked revisions, without scrolling past the list.
    await expect(history.getByRole('button', { name: 'Compare selected' })).toBeInViewport();
    if (process.env['SCREENSHOTS_DIR']) await page.screenshot({ path: `${process.env['SCREENSHOTS_DIR']}/history-1280.png` });
    await history.getByRole('button', { name: 'Compare selected' }).click();

    const compare = page.getByRole('dialog', { name: /^Compare revision \d+ with revision \d+$/ });
    await expect(compare.getByRole('button', { name: 'Side by side' })).toHaveAttribute('aria-pressed', 'true');
    const newer = compare.getByRole('region', { name: /\(newer\)$/ });
    await expect(newer.getByRole('insertion').filter({ hasText: `${run}returnees` })).toBeVisible();
    await expect(newer.getByRole('insertion').filter({ hasText: `${run}returnees` })).toContainText('Added:');
    await expect(compare.getByRole('region', { name: /\(older\)$/ })).not.toContainText(addedText);
    await checkA11y(page, 'compare dialog, side by side');

    await compare.getByRole('button', { name: 'Inline' }).click();
    const inline = compare.getByRole('region', { name: /^Changes from revision/ });
    await expect(inline.getByRole('insertion').filter({ hasText: 'Reintegration' })).toBeVisible();
    await expect(inline).toContainText(firstText);
    await checkA11y(page, 'compare dialog, inline');
    // The dialog is lazy and rendered only while open: focus still goes back to "Compare selected".
    await expectDialogKeepsFocus(page, compare, history.getByRole('button', { name: 'Compare selected' }));

    // The older revision as it was saved, and its restore confirmation: Escape there closes the confirmation only.
    const openOlder = revisions.getByRole('button', { name: /^Open revision \d+$/ }).nth(1);
    await openOlder.focus();
    await page.keyboard.press('Enter');
    const revisionDialog = page.getByRole('dialog', { name: /^Revision \d+$/ });
    const restore = revisionDialog.getByRole('button', { name: 'Restore this revision' });
    await expect(restore).toBeVisible();
    await expectDialogKeepsFocus(page, revisionDialog, openOlder, { close: false });
    await restore.focus();
    await page.keyboard.press('Enter');
    const confirmRestore = page.getByRole('dialog', { name: /^Restore revision \d+\?$/ });
    await expectDialogKeepsFocus(page, confirmRestore, restore, { presses: 4 });
    await expect(revisionDialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(revisionDialog).toBeHidden();
    await expect(openOlder).toBeFocused();
  });

  test('two people save "Irregular migration" at once; the second combines both texts', async ({ page, browser, baseURL }) => {
    // Two people sign in, open the section and type in turn: a budget for a busy two-core machine, not a speed test.
    test.setTimeout(180_000);
    const run = Date.now().toString(36);
    const alpha = `Alpha ${run}: border police recorded fewer irregular crossings.`;
    const beta = `Beta ${run}: most irregular migrants overstayed a visa.`;

    // The coordinator and the Interior focal point both open the section for editing.
    await signIn(page, DEMO.coordinator);
    await openDemoProfile(page);
    await openSection(page, 'Irregular migration');
    await page.getByRole('button', { name: 'Edit', exact: true }).click();

    const context = await browser.newContext({ baseURL });
    try {
      const focal = await context.newPage();
      await signIn(focal, DEMO.focalPoint);
      await openDemoProfile(focal);
      await openSection(focal, 'Irregular migration');
      await focal.getByRole('button', { name: 'Edit', exact: true }).click();
      await sectionEditor(focal).click();
      await focal.keyboard.press('ControlOrMeta+End');
      await focal.keyboard.type(beta);
      await expect(saveStatus(focal)).toHaveText('Unsaved changes');

      // The coordinator saves first.
      await sectionEditor(page).click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type(alpha);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(saveStatus(page)).toHaveText('Saved');

      // The focal point's save is refused: both versions are shown.
      await focal.getByRole('button', { name: 'Save', exact: true }).click();
      const merge = focal.getByRole('dialog', { name: 'Someone else saved this section' });
      await expect(merge.getByRole('heading', { name: 'Someone else saved this section' })).toBeVisible();
      const theirs = merge.getByRole('region', { name: /^Newer saved version/ });
      const mine = merge.getByRole('region', { name: 'Your draft' });
      await expect(theirs.getByRole('deletion').filter({ hasText: 'Alpha' })).toContainText('Only in the newer saved version:');
      await expect(mine.getByRole('insertion').filter({ hasText: 'Beta' })).toContainText('Only in your draft:');
      await expect(merge.getByRole('button', { name: 'Keep my version' })).toBeVisible();
      await expect(merge.getByRole('button', { name: 'Take their version' })).toBeVisible();
      await merge.getByRole('button', { name: 'Combine' }).click();
      await expect(merge).toBeHidden();

      // Their version is shown read-only beside the draft; the focal point copies it in and saves.
      await expect(focal.getByRole('region', { name: /^Newer saved version \(revision 1 by / })).toContainText(alpha);
      await sectionEditor(focal).click();
      await focal.keyboard.press('ControlOrMeta+End');
      await focal.keyboard.press('Enter');
      await focal.keyboard.type(alpha);
      await focal.getByLabel('Summary of changes (optional)').fill(`Combined ${run}`);
      await focal.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(saveStatus(focal)).toHaveText('Saved');
      await focal.getByRole('button', { name: 'Done' }).click();

      const article = focal.getByRole('article', { name: /Irregular migration/ });
      await expect(article).toContainText(alpha);
      await expect(article).toContainText(beta);
      const details = focal.getByRole('complementary', { name: 'Section details and history' });
      await expect(details).toContainText(/Revision 2 by Ion Interior/);

      // The coordinator, reloading, reads the combined text too.
      await page.getByRole('button', { name: 'Done' }).click();
      await page.reload();
      const coordinatorArticle = page.getByRole('article', { name: /Irregular migration/ });
      await expect(coordinatorArticle).toContainText(alpha);
      await expect(coordinatorArticle).toContainText(beta);
    } finally {
      await context.close();
    }
  });

  test('unsaved text survives a reload and can be restored', async ({ page }) => {
    const run = Date.now().toString(36);
    const draft = `Draft ${run}: the Migration Service was created in 2019.`;

    await signIn(page, DEMO.focalPoint);
    await openDemoProfile(page);
    await openSection(page, 'Institutional framework');
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await sectionEditor(page).click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(draft);
    await expect(saveStatus(page)).toHaveText('Unsaved changes');

    // Closing or reloading the tab with unsaved changes asks first; the person goes ahead.
    const warned: string[] = [];
    page.on('dialog', (dialog) => {
      warned.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: /Institutional framework$/ })).toBeVisible();
    expect(warned).toContain('beforeunload');

    await expect(page.getByRole('alert').filter({ hasText: /You have unsaved changes from / })).toBeVisible();
    await page.getByRole('button', { name: 'Restore draft' }).click();
    await expect(sectionEditor(page)).toContainText(draft);
    await expect(saveStatus(page)).toHaveText('Unsaved changes');

    // Leaving for another page of the app asks first, whether by a link or by the browser's Back button; "Keep
    // editing" stays (the address too), and leaving keeps the draft, offered again on coming back.
    const sectionUrl = page.url();
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
    await page.getByRole('navigation', { name: 'Outline' }).getByRole('link', { name: /Internal migration\b/ }).click();
    await expect(leave).toBeVisible();
    await leave.getByRole('button', { name: 'Keep editing' }).click();
    await expect(leave).toBeHidden();
    await expect(page).toHaveURL(sectionUrl);
    await page.evaluate('history.back()');
    await expect(leave).toBeVisible();
    await expect(page).toHaveURL(sectionUrl);
    await leave.getByRole('button', { name: 'Keep editing' }).click();
    await expect(sectionEditor(page)).toContainText(draft);
    await expect(page).toHaveURL(sectionUrl);
    await page.evaluate('history.back()');
    await leave.getByRole('button', { name: 'Leave and keep the draft' }).click();
    await expect(page).not.toHaveURL(sectionUrl);
    await page.evaluate('history.forward()');
    await expect(page.getByRole('alert').filter({ hasText: /You have unsaved changes from / })).toBeVisible();
    await page.getByRole('button', { name: 'Restore draft' }).click();
    await expect(sectionEditor(page)).toContainText(draft);

    // Discarding asks first, then the section is back to its saved text. Escape keeps editing, focus on Cancel.
    const cancel = page.getByRole('button', { name: 'Cancel', exact: true });
    await cancel.click();
    await expectDialogKeepsFocus(page, page.getByRole('dialog', { name: 'Discard your changes?' }), cancel, { presses: 4 });
    await expect(saveStatus(page)).toHaveText('Unsaved changes');
    await cancel.click();
    await page.getByRole('dialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
    await expect(page.getByRole('button', { name: 'Restore draft' })).toHaveCount(0);
    await expect(page.getByRole('article', { name: /Institutional framework/ })).not.toContainText(draft);
  });
});
