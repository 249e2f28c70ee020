import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export interface DialogFocusOptions {
  /** Presses of Tab (then as many of Shift+Tab) to try; enough to go round the dialog's controls at least once. */
  presses?: number;
  /** Closes the dialog with Escape and checks focus is back on `trigger` (default true). */
  close?: boolean;
}

/**
 * A modal dialog keeps focus inside and gives it back: Tab and Shift+Tab cycle among its controls without leaving
 * it, Escape closes it (and only it: a dialog it was opened from stays open), and focus returns to `trigger`, the
 * control that opened it. Call it with the dialog open.
 */
export async function expectDialogKeepsFocus(page: Page, dialog: Locator, trigger: Locator, options: DialogFocusOptions = {}): Promise<void> {
  const presses = options.presses ?? 8;
  await expect(dialog).toBeVisible();
  const inside = () => dialog.evaluate((el) => el.contains(document.activeElement));
  await expect.poll(inside, { message: 'focus moves into the dialog when it opens' }).toBe(true);
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press(key);
      expect(await inside(), `focus stays in the dialog after ${i + 1} × ${key}`).toBe(true);
    }
  }
  if (options.close === false) return;
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger, 'focus returns to the control that opened the dialog').toBeFocused();
}
