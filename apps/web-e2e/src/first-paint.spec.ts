import { DEMO, expect, openDemoProfile, openSection, signIn, test } from './support/fixtures';

/**
 * The server paints a section page's text in the page itself (docs/adr/0031): on a slow link a reader sees the
 * section long before the app's scripts have arrived, and the app then takes over in place.
 */
test.describe('a section page before the app has loaded', () => {
  test('shows the section from the server while the scripts are on their way, then the app takes over', async ({ page }) => {
    await signIn(page, DEMO.coordinator);
    await openDemoProfile(page);
    await openSection(page, 'Executive summary');
    const text = (await page.locator('#root article .mps-prose p').first().innerText()).trim();
    expect(text.length).toBeGreaterThan(20);

    // The app's scripts held back, as on a slow link.
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/.+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(page.url(), { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1, name: 'Executive summary' })).toBeVisible();
    await expect(page.getByRole('article').getByText(text)).toBeVisible();
    await expect(page.getByRole('link', { name: /A\.1\s+Irregular migration/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);

    release();
    await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
    // One page, the app's: the server's first paint is gone, nothing is shown twice.
    await expect(page.locator('#first-paint')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('article').getByText(text)).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });

  test('without scripts the section can still be read, and the outline leads to the others', async ({ page, browser, baseURL }) => {
    await signIn(page, DEMO.coordinator);
    await openDemoProfile(page);
    await openSection(page, 'Executive summary');
    const address = page.url();
    const noScripts = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: await page.context().storageState() });
    try {
      const reader = await noScripts.newPage();
      await reader.goto(address);
      await expect(reader.getByRole('heading', { level: 1, name: 'Executive summary' })).toBeVisible();
      await reader.getByRole('link', { name: /A\.1\s+Irregular migration/ }).click();
      await expect(reader.getByRole('heading', { level: 1, name: /A\.1\s+Irregular migration/ })).toBeVisible();
      expect(reader.url()).not.toBe(address);
    } finally {
      await noScripts.close();
    }
  });

  test('a page cookie kept after signing out paints nothing', async ({ page }) => {
    await signIn(page, DEMO.coordinator);
    await openDemoProfile(page);
    await openSection(page, 'Executive summary');
    const address = page.url();
    const kept = (await page.context().cookies()).find((c) => c.name === 'mps_page');
    expect(kept?.httpOnly).toBe(true);
    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect((await page.context().cookies()).find((c) => c.name === 'mps_page')).toBeUndefined();
    const replayed = await page.request.get(address, { headers: { cookie: `mps_page=${kept?.value}` } });
    expect(replayed.status()).toBe(200);
    expect(await replayed.text()).not.toContain('first-paint');
  });
});
