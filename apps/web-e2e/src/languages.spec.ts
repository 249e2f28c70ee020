import { expect, test } from './support/fixtures';

/**
 * Five interface languages (docs/i18n/README.md): the sign-in page follows the address or the browser, the
 * account's language wins after sign-in and is remembered on every device, and Arabic lays the page out right to
 * left. Checked by lang/dir and by language names (each written in itself), so the journey holds whichever
 * translations have landed.
 */
const LAYLA = { email: 'observer.ar@demo.example', password: 'Observer-demo-2024' };

test('the sign-in page speaks the language of the address, right to left in Arabic', async ({ page }) => {
  await page.goto('/login?lng=ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: /العربية/ }).click();
  await page.getByRole('menuitem', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  // Remembered in this browser before sign-in.
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('a person’s language is remembered on the account and mirrors the layout in Arabic', async ({ page }) => {
  await page.goto('/login?lng=en');
  await page.getByLabel('Email').fill(LAYLA.email);
  await page.getByLabel('Password', { exact: true }).fill(LAYLA.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/my-work$/);
  // Layla chose Arabic on her account: it wins over this browser's English.
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  const header = page.locator('header').first();
  const menu = header.getByRole('button', { name: /العربية/ });
  await expect(menu).toBeVisible();
  // Mirrored: the account menu sits at the left edge, the home link at the right.
  const home = await header.getByRole('link').first().boundingBox();
  const viewport = page.viewportSize()!;
  expect(home!.x).toBeGreaterThan(viewport.width / 2);

  await menu.click();
  const saved = page.waitForResponse((r) => r.url().includes('/graphql') && (r.request().postData() ?? '').includes('SetMyLocale'));
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  expect((await saved).ok()).toBe(true);
  // Saved on the account: another browser, whose own language is Arabic, signs her in in English.
  const fresh = await page.context().browser()!.newContext({ locale: 'ar' });
  const other = await fresh.newPage();
  await other.goto(new URL('/login', page.url()).toString());
  await expect(other.locator('html')).toHaveAttribute('lang', 'ar');
  await other.locator('input[type="email"]').fill(LAYLA.email);
  await other.locator('input[type="password"]').first().fill(LAYLA.password);
  await other.locator('button[type="submit"]').click();
  await expect(other).toHaveURL(/\/my-work$/);
  await expect(other.locator('html')).toHaveAttribute('lang', 'en');
  // Back to Arabic, as the demo seeds her.
  await other.locator('header').first().getByRole('button', { name: /English/ }).click();
  await other.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(other.locator('html')).toHaveAttribute('dir', 'rtl');
  await fresh.close();
});
