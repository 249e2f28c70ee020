import { DEMO, expect, signIn, test } from './support/fixtures';

const CYCLE = 'Consultation on migration trends and remittances';

/**
 * The notification centre as a demo person meets it: Olga Observer (IOM, a participant of the demo's open
 * consultation) sees her unread count on the bell, opens the centre, follows the notification of the consultation to
 * the cycle's page, and the count goes down by one.
 */
test.describe('notifications', () => {
  test('the bell shows the unread count; a notification leads to its object and is read', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, DEMO.observer);
    const header = page.getByRole('banner');
    const bell = header.getByRole('link', { name: /^Notifications, \d+ unread$/ });
    await expect(bell).toBeVisible();
    const unread = Number(/(\d+) unread/.exec((await bell.getAttribute('aria-label')) ?? '')![1]);
    expect(unread).toBeGreaterThan(0);

    await bell.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    const list = page.getByRole('list', { name: 'Notifications, newest first' });
    const item = list.getByRole('listitem').filter({ hasText: `opened the review cycle ${CYCLE} for your organisation` });
    await expect(item).toContainText('Unread');
    await item.getByRole('link').click();

    await expect(page).toHaveURL(/\/review-cycles\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: CYCLE })).toBeVisible();
    const after = unread - 1;
    await expect(header.getByRole('link', { name: after > 0 ? `Notifications, ${after} unread` : 'Notifications' })).toBeVisible();

    // Back in the centre the notification is read; the settings are one link away.
    await header.getByRole('link', { name: /^Notifications/ }).click();
    await expect(page.getByRole('list', { name: 'Notifications, newest first' }).getByRole('listitem').filter({ hasText: CYCLE }).first()).not.toContainText('Unread');
    await page.getByRole('link', { name: 'Email settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Notification settings' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'As they happen' })).toBeChecked();
  });
});
